// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootfile.h"

#include "rulesparser.h"
#include "ruleswriter.h"

#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BootFile)
};
} // namespace

QStringList BootFile::warnings(const QString &path, const IpvsTable &live)
{
    QStringList warnings;
    if (path.startsWith(QLatin1String("/etc/sysconfig/")))
        warnings.append(Tr::tr("Fedora's ipvsadm.service writes the live table into %1 when it stops (at "
                               "shutdown), replacing what was saved here")
                            .arg(path));
    bool thresholds = false;
    for (const VirtualService &service : live.services) {
        for (const RealServer &server : service.realServers)
            thresholds = thresholds || server.upperThreshold || server.lowerThreshold;
    }
    if (thresholds)
        warnings.append(Tr::tr("the file cannot hold the real servers' connection thresholds"));
    if (live.timeouts && *live.timeouts != Timeouts{})
        warnings.append(Tr::tr("the file cannot hold the connection timeouts"));
    if (!live.syncDaemons.isEmpty())
        warnings.append(Tr::tr("the file cannot hold the sync daemons"));
    return warnings;
}

std::optional<IpvsTable> BootFile::table() const
{
    const RulesParseResult parsed = RulesParser::parse(text);
    if (!parsed.ok())
        return std::nullopt;
    return parsed.table;
}

BootFile::Difference BootFile::compareWith(const IpvsTable &live) const
{
    Difference difference;
    const RulesParseResult parsed = RulesParser::parse(exists ? text : QString());
    if (!parsed.ok()) {
        for (const RulesDiagnostic &error : parsed.errors)
            difference.errors.append(Tr::tr("line %1: %2").arg(error.line).arg(error.message));
        return difference;
    }
    // Both written as ipvsadm -S -n would: the same rule reads the same, in the same order.
    const QStringList atBoot = RulesWriter::rules(parsed.table).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList running = RulesWriter::rules(live).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QSet<QString> bootSet(atBoot.cbegin(), atBoot.cend()), runningSet(running.cbegin(), running.cend());
    for (const QString &rule : atBoot) {
        if (!runningSet.contains(rule))
            difference.onlyAtBoot.append(rule);
    }
    for (const QString &rule : running) {
        if (!bootSet.contains(rule))
            difference.onlyRunning.append(rule);
    }
    return difference;
}

QString InMemoryBootFile::save(const IpvsTable &live)
{
    m_file.exists = true;
    m_file.text = RulesWriter::rules(live);
    return m_file.path;
}
