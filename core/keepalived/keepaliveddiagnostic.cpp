// SPDX-License-Identifier: GPL-2.0-or-later
#include "keepaliveddiagnostic.h"

QString KeepalivedDiagnostic::toString() const
{
    return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
}
