// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablegeneration.h"

#include "ruleswriter.h"

#include <QCryptographicHash>
#include <QStringList>

#include <cstring>

std::uint64_t TableGeneration::of(const IpvsTable &table)
{
    // The script form carries everything configurable; sorting its lines makes the
    // fingerprint independent of the kernel's hash order. A kernel always has timeouts,
    // so a table that does not say has the defaults.
    IpvsTable normalized = table;
    normalized.timeouts = table.timeouts.value_or(Timeouts{});
    QStringList lines = RulesWriter::script(normalized).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    const QByteArray digest = QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    std::uint64_t generation = 0;
    std::memcpy(&generation, digest.constData(), sizeof generation);
    return generation;
}
