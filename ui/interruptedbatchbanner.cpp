// SPDX-License-Identifier: GPL-2.0-or-later
#include "interruptedbatchbanner.h"

#include "backend.h"
#include "helpererrortext.h"

namespace {
// How many differing items the bar names before "and N more": lvsctl interrupted lists all.
constexpr int namedDifferences = 3;
}

InterruptedBatchBanner::InterruptedBatchBanner(Backend *backend, QWidget *parent)
    : QLabel(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("interruptedBatchBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAutoFillBackground(true);
    setContentsMargins(8, 6, 8, 6);
    // Stronger than the table-manager bar's yellow: the table may be half changed now.
    QPalette alarm = palette();
    alarm.setColor(QPalette::Window, QColor(0xf8, 0xd0, 0xc8));
    alarm.setColor(QPalette::WindowText, Qt::black);
    setPalette(alarm);
    hide();
    connect(backend, &Backend::interruptedBatchFound, this, &InterruptedBatchBanner::report);
    connect(backend, &Backend::interruptedBatchFailed, this, &InterruptedBatchBanner::showFailure);
    connect(backend, &Backend::interruptedBatchResolved, this, [this] {
        hide();
        Q_EMIT resolved();
    });
    connect(this, &QLabel::linkActivated, this, &InterruptedBatchBanner::act);
}

void InterruptedBatchBanner::report(const QString &description, const QStringList &differences)
{
    QString left;
    if (differences.isEmpty()) {
        left = tr("Every item it touched is as it was before it.");
    } else {
        QStringList named = differences.mid(0, namedDifferences);
        for (QString &item : named)
            item = item.toHtmlEscaped();
        left = tr("Not as before: %1").arg(named.join(QStringLiteral("; ")));
        if (differences.size() > namedDifferences)
            left += QLatin1Char(' ') + tr("and %n more.", nullptr, int(differences.size() - namedDifferences));
    }
    setText(tr("<b>A batch was interrupted.</b> %1. %2 <a href=\"rollback\">Roll back what it touched</a> "
               "&middot; <a href=\"forget\">Keep the table as it is</a>")
                .arg(description.toHtmlEscaped(), left));
    setVisible(true);
}

void InterruptedBatchBanner::showFailure(const QString &errorName, const QString &message)
{
    setText(tr("<b>The interrupted batch is still reported.</b> %1 <a href=\"rollback\">Try again</a> "
               "&middot; <a href=\"forget\">Keep the table as it is</a>")
                .arg(HelperErrorText::describe(errorName, message).toHtmlEscaped()));
    setVisible(true);
}

void InterruptedBatchBanner::act(const QString &link)
{
    // A person's click: polkit may ask for a password.
    if (link == QLatin1String("rollback"))
        m_backend->rollBackInterruptedBatch(true);
    else if (link == QLatin1String("forget"))
        m_backend->forgetInterruptedBatch(true);
}
