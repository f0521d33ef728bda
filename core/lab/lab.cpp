// SPDX-License-Identifier: GPL-2.0-or-later
#include "lab.h"

Lab::Lab(QObject *parent)
    : QObject(parent)
{
}

QMap<int, int> Lab::countByServer(const QList<LabAnswer> &answers)
{
    QMap<int, int> counts;
    for (const LabAnswer &answer : answers)
        ++counts[answer.host];
    return counts;
}

QString Lab::countsText(const QMap<int, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(' '));
}
