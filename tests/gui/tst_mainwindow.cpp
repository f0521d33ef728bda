// SPDX-License-Identifier: GPL-2.0-or-later
// The main window offscreen, on an in-memory backend: dialogs, pending commands, apply,
// refresh keeping selection and expansion, undo and redo.
#include "mainwindow.h"
#include "memorybackend.h"
#include "realserverdialog.h"
#include "rulesparser.h"
#include "servicedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace {
VirtualService parseService(const char *rules)
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

QString pendingText(MainWindow &window)
{
    return window.findChild<QPlainTextEdit *>()->toPlainText();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidInputShowsTheFieldsMessageAndBlocksOk();
    void addThroughTheDialogsApplyAndKeepSelection();
    void undoRedoAndRevert();
    void importIntoPendingChanges();
    void statesStayVisibleWithTheirColour();
};

void TestMainWindow::invalidInputShowsTheFieldsMessageAndBlocksOk()
{
    ServiceDialog service;
    VirtualService anyPort = parseService("-A -t 10.0.0.1:80\n");
    anyPort.port = 0;
    service.setService(anyPort);
    QVERIFY(!service.isValid());
    QCOMPARE(service.messages(), QStringList{QStringLiteral("service TCP 10.0.0.1:0: port 0 (any port) needs persistence")});
    anyPort.persistent = true;
    service.setService(anyPort);
    QVERIFY(service.isValid());

    RealServerDialog server(parseService("-A -t 192.168.10.254:80\n"));
    RealServer v6;
    v6.address = *IpAddress::parse(u"2001:db8::160");
    v6.port = 80;
    v6.forwarding = ForwardingMethod::Masquerading;
    server.setRealServer(v6);
    QVERIFY(!server.isValid());
    QVERIFY2(server.messages().first().contains(QStringLiteral("needs tunnelling, not masquerading")),
             qPrintable(server.messages().first()));
    v6.forwarding = ForwardingMethod::Tunnelling;
    server.setRealServer(v6);
    QVERIFY(server.isValid());
}

void TestMainWindow::addThroughTheDialogsApplyAndKeepSelection()
{
    MemoryBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    QAbstractItemModelTester tester(&window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setRefreshInterval(0);
    window.show();
    QSignalSpy shown(&window, &MainWindow::firstTableShown);
    QVERIFY(shown.wait(5000));

    answerNextDialog<ServiceDialog>([](ServiceDialog *dialog) { dialog->setService(parseService("-A -t 192.168.10.254:80 -s wlc\n")); });
    window.action(QStringLiteral("newService"))->trigger();
    QCOMPARE(window.model().rowCount(), 1);
    window.tree()->setCurrentIndex(window.tree()->model()->index(0, 0));
    for (const char *address : {"192.168.0.160", "192.168.0.170", "192.168.0.180"}) {
        answerNextDialog<RealServerDialog>([address](RealServerDialog *dialog) {
            RealServer server;
            server.address = *IpAddress::parse(QString::fromLatin1(address));
            server.port = 80;
            server.forwarding = ForwardingMethod::Masquerading;
            dialog->setRealServer(server);
        });
        window.action(QStringLiteral("newRealServer"))->trigger();
    }
    QCOMPARE(window.session().pending().size(), 4);
    const QString pending = pendingText(window);
    QVERIFY2(pending.contains(QStringLiteral("ipvsadm -A -t 192.168.10.254:80 -s wlc\n")), qPrintable(pending));
    QVERIFY(pending.contains(QStringLiteral("ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.180:80 -m -w 1")));
    QVERIFY(backend.table().services.isEmpty()); // nothing applied yet

    // Select a real server, expand, apply: the kernel gets the table, the view keeps its state.
    QAbstractItemModel *view = window.tree()->model();
    const QModelIndex service = view->index(0, 0);
    window.tree()->expand(service);
    window.tree()->setCurrentIndex(view->index(1, 0, service));
    const QString selected = window.tree()->currentIndex().data().toString();
    QSignalSpy applied(&backend, &Backend::applied);
    window.action(QStringLiteral("apply"))->trigger();
    QVERIFY(applied.wait(5000));
    QSignalSpy read(&backend, &Backend::tableRead);
    QVERIFY(read.wait(5000));
    QCOMPARE(backend.table().services.size(), 1);
    QCOMPARE(backend.table().services.first().realServers.size(), 3);
    QVERIFY(!window.session().hasPending());
    QVERIFY(pendingText(window).isEmpty());
    QVERIFY(window.tree()->isExpanded(window.tree()->model()->index(0, 0)));
    QCOMPARE(window.tree()->currentIndex().data().toString(), selected);

    // Counters move on refresh; selection and expansion stay.
    IpvsTable busier = backend.table();
    busier.services[0].realServers[0].stats.connections = 42;
    busier.services[0].realServers[0].connections.active = 5;
    backend.setTable(busier);
    window.action(QStringLiteral("refresh"))->trigger();
    QVERIFY(read.wait(5000));
    QTRY_COMPARE(window.tree()->model()->index(0, ServiceModel::ActiveColumn).data().toULongLong(), 5ull);
    QCOMPARE(window.tree()->currentIndex().data().toString(), selected);
    QVERIFY(window.tree()->isExpanded(window.tree()->model()->index(0, 0)));
}

void TestMainWindow::undoRedoAndRevert()
{
    MemoryBackend backend(RulesParser::parse(u"-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1 -m\n").table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.setRefreshInterval(0);
    QSignalSpy shown(&window, &MainWindow::firstTableShown);
    QVERIFY(shown.wait(5000));
    QVERIFY(!window.action(QStringLiteral("undo"))->isEnabled());

    // Edit the weight inline, as a person would in the Weight column.
    QAbstractItemModel *view = window.tree()->model();
    const QModelIndex weight = view->index(0, ServiceModel::WeightColumn, view->index(0, 0));
    QVERIFY(view->setData(weight, 7));
    QVERIFY(pendingText(window).contains(QStringLiteral("ipvsadm -e -t 10.0.0.1:80 -r 10.0.1.1:80 -m -w 7")));
    QCOMPARE(view->index(0, ServiceModel::WeightColumn, view->index(0, 0)).data().toUInt(), 7u);
    QVERIFY(window.action(QStringLiteral("undo"))->isEnabled());

    window.action(QStringLiteral("undo"))->trigger();
    QVERIFY(pendingText(window).isEmpty());
    QCOMPARE(view->index(0, ServiceModel::WeightColumn, view->index(0, 0)).data().toUInt(), 1u);
    window.action(QStringLiteral("redo"))->trigger();
    QCOMPARE(view->index(0, ServiceModel::WeightColumn, view->index(0, 0)).data().toUInt(), 7u);
    window.action(QStringLiteral("revert"))->trigger();
    QVERIFY(!window.session().hasPending());
}

void TestMainWindow::importIntoPendingChanges()
{
    MemoryBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.setRefreshInterval(0);
    QVERIFY(window.importFile(QStringLiteral(LVS_TEST_DATA_DIR "/howto/listing9.sh")));
    QCOMPARE(window.session().pending().size(), 4);
    QVERIFY(backend.table().services.isEmpty());
}

void TestMainWindow::statesStayVisibleWithTheirColour()
{
    MemoryBackend backend(RulesParser::parse(u"-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1 -m -w 4\n"
                                             u"-a -t 10.0.0.1:80 -r 10.0.1.2 -m\n").table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.setRefreshInterval(0);
    QSignalSpy shown(&window, &MainWindow::firstTableShown);
    QVERIFY(shown.wait(5000));
    QAbstractItemModel *view = window.tree()->model();
    const QModelIndex service = view->index(0, 0);
    auto stateOf = [&](const char *endpoint) {
        for (int row = 0; row < view->rowCount(service); ++row) {
            const QModelIndex index = view->index(row, 0, service);
            if (index.data().toString() == QLatin1String(endpoint))
                return index.data(ServiceModel::StateRole).toString();
        }
        return QStringLiteral("absent");
    };
    QCOMPARE(stateOf("10.0.1.1:80"), QStringLiteral("ready"));

    const ServiceKey key = window.session().editedTable().services.first().key();
    const IpAddress address = *IpAddress::parse(u"10.0.1.1");
    QCOMPARE(window.session().setServerState(key, address, 80, EditSession::ServerState::Drain), QStringList());
    QCOMPARE(stateOf("10.0.1.1:80"), QStringLiteral("drain"));
    QCOMPARE(window.session().setServerState(key, address, 80, EditSession::ServerState::Maintenance), QStringList());
    // Out of the kernel's table, still in the window.
    QCOMPARE(stateOf("10.0.1.1:80"), QStringLiteral("maintenance"));
    QVERIFY(pendingText(window).contains(QStringLiteral("ipvsadm -d -t 10.0.0.1:80 -r 10.0.1.1:80")));
    QCOMPARE(window.session().setServerState(key, address, 80, EditSession::ServerState::Ready), QStringList());
    QCOMPARE(stateOf("10.0.1.1:80"), QStringLiteral("ready"));
    QVERIFY(!window.session().hasPending());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
