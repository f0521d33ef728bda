// SPDX-License-Identifier: GPL-2.0-or-later
#include "tableformats.h"

#include "keepalivedwriter.h"
#include "ruleswriter.h"

std::optional<TableFormats::Format> TableFormats::fromName(const QString &name)
{
    if (name == QLatin1String("rules"))
        return Format::Rules;
    if (name == QLatin1String("script"))
        return Format::Script;
    if (name == QLatin1String("keepalived"))
        return Format::Keepalived;
    return std::nullopt;
}

QString TableFormats::write(const IpvsTable &table, Format format)
{
    switch (format) {
    case Format::Rules:
        return RulesWriter::rules(table);
    case Format::Script:
        return RulesWriter::script(table);
    case Format::Keepalived:
        return KeepalivedWriter::write(table);
    }
    return {};
}
