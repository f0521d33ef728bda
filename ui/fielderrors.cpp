// SPDX-License-Identifier: GPL-2.0-or-later
#include "fielderrors.h"

#include <QStringList>

QLabel *FieldErrors::labelFor(ValidationIssue::Field field)
{
    if (QLabel *label = m_labels.value(field))
        return label;
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::BrightText);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->hide();
    m_labels.insert(field, label);
    return label;
}

void FieldErrors::show(const QList<ValidationIssue> &issues)
{
    QHash<ValidationIssue::Field, QStringList> messages;
    for (const ValidationIssue &issue : issues) {
        // "service TCP 1.2.3.4:80: port 0 ..." -> "port 0 ..."
        const qsizetype colon = issue.message.indexOf(QStringLiteral(": "));
        messages[issue.field].append(colon < 0 ? issue.message : issue.message.mid(colon + 2));
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList text = messages.value(it.key());
        it.value()->setText(text.join(QLatin1Char('\n')));
        it.value()->setVisible(!text.isEmpty());
    }
}
