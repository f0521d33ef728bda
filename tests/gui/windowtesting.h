// SPDX-License-Identifier: GPL-2.0-or-later
// What the main window's tests do as a user would: answer its dialogs, find a row,
// apply and wait. Waits are generous: the VM rig runs these under emulation.
#pragma once

#include "mainwindow.h"
#include "rulesparser.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace WindowTesting {
inline VirtualService parseService(const char *rules)
{
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(rules));
    if (!result.ok())
        qFatal("bad test input");
    return result.table.services.first();
}

/// Answers the next modal dialog of type Dialog with `fill`, then accepts it.
template<typename Dialog, typename Fill>
void answerNextDialog(Fill fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        QVERIFY2(dialog->isValid(), qPrintable(dialog->messages().join(u'\n')));
        dialog->accept();
    });
}

/// Answers the next question box (a delete's confirmation) with `button`.
inline void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

/// Clicks the button labelled `text` in the next message box, which may come later
/// (after an asynchronous answer): it is looked for every 10 ms for `timeoutMs`.
inline void answerNextMessage(const QString &text, int timeoutMs = 30000)
{
    auto *poll = new QTimer;
    auto *waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, [poll, waited, text, timeoutMs] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && waited->elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        QVERIFY2(box, "no message box came");
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                button->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button '%1' in '%2'").arg(text, box->text())));
    });
    poll->start(10);
}

inline QString pendingText(MainWindow &window)
{
    return window.findChild<QPlainTextEdit *>()->toPlainText();
}

/// The view's row of a real server, by its "address:port".
inline QModelIndex viewRow(QTreeView *tree, const QString &endpoint, int column = ServiceModel::NameColumn)
{
    QAbstractItemModel *view = tree->model();
    for (int service = 0; service < view->rowCount(); ++service) {
        const QModelIndex parent = view->index(service, 0);
        for (int row = 0; row < view->rowCount(parent); ++row) {
            if (view->index(row, 0, parent).data().toString() == endpoint)
                return view->index(row, column, parent);
        }
    }
    return {};
}

/// The window's first table, on a backend whose poll is left to the test.
inline void waitForFirstTable(MainWindow &window)
{
    window.setRefreshInterval(0);
    QSignalSpy shown(&window, &MainWindow::firstTableShown);
    QVERIFY(shown.wait(30000));
}

inline void applyAndWait(MainWindow &window, Backend &backend)
{
    QSignalSpy applied(&backend, &Backend::applied);
    QSignalSpy read(&backend, &Backend::tableRead);
    QVERIFY(window.action(QStringLiteral("apply"))->isEnabled());
    window.action(QStringLiteral("apply"))->trigger();
    // The read may come in the same turn of the event loop as the apply's answer, and a
    // spy's wait() waits for one more: count what came already first.
    QVERIFY(applied.count() > 0 || applied.wait(30000));
    QVERIFY(read.count() > 0 || read.wait(30000)); // the window reads the table again after an apply
    QVERIFY(!window.session().hasPending());
}
} // namespace WindowTesting
