// SPDX-License-Identifier: GPL-2.0-or-later
#include "humanunits.h"

#include <cmath>

QString HumanUnits::compact(double value)
{
    static const char *const prefixes[] = {"", "k", "M", "G", "T"};
    if (!std::isfinite(value) || std::abs(value) < 0.05)
        return QStringLiteral("0");
    int prefix = 0;
    double scaled = value;
    while (std::abs(scaled) >= 999.5 && prefix < 4) {
        scaled /= 1000.0;
        ++prefix;
    }
    // 0.04 is "0", 7.38 is "7.4", 21.1 is "21"; with a prefix, 12.3k but 123k.
    const int decimals = (std::abs(scaled) < 9.95 && scaled != std::round(scaled)) ? 1 : 0;
    QString text = QString::number(scaled, 'f', decimals);
    if (text.endsWith(QLatin1String(".0"))) // 999.7 is "1.0k" after scaling: say "1k"
        text.chop(2);
    return text + QLatin1String(prefixes[prefix]);
}
