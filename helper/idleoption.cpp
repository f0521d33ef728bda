// SPDX-License-Identifier: GPL-2.0-or-later
#include "idleoption.h"

#include <cstdio>

QCommandLineOption IdleOption::make(int defaultSeconds, const QString &when)
{
    return QCommandLineOption(QStringLiteral("idle-timeout"),
                              QStringLiteral("Exit after SECONDS without calls%1 (default %2).").arg(when).arg(defaultSeconds),
                              QStringLiteral("SECONDS"), QString::number(defaultSeconds));
}

std::optional<int> IdleOption::milliseconds(const QCommandLineParser &parser, const QCommandLineOption &option,
                                            const char *program)
{
    bool ok = false;
    const int seconds = parser.value(option).toInt(&ok);
    // At most a day: the milliseconds must fit QTimer's int.
    if (!ok || seconds < 1 || seconds > 24 * 3600) {
        std::fprintf(stderr, "%s: --idle-timeout %s: a whole number of seconds, 1 to 86400\n", program,
                     qPrintable(parser.value(option)));
        return std::nullopt;
    }
    return seconds * 1000;
}
