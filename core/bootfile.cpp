// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootfile.h"

#include "rulesparser.h"
#include "ruleswriter.h"
#include "shellwords.h"

#include <QRegularExpression>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BootFile)
};
} // namespace

QStringList BootFile::warnings(const QString &path, const IpvsTable &live, const QString &debianAuto)
{
    QStringList warnings;
    if (!debianAuto.isEmpty() && debianAuto != QLatin1String("AUTO=\"true\""))
        warnings.append(Tr::tr("Debian's ipvsadm restores %1 at boot only when /etc/default/ipvsadm sets "
                               "AUTO=\"true\"; it sets %2 now, so nothing is restored at boot")
                            .arg(path, debianAuto));
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

QString BootFile::debianAutoSetting(const QString &defaults)
{
    // The init script sets AUTO="false" and then sources the file: a later line wins.
    static const QRegularExpression assignment(QStringLiteral("^\\s*(?:export\\s+)?AUTO=(.*)$"));
    QString value = QStringLiteral("false");
    for (const QString &line : defaults.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = assignment.match(line);
        if (!match.hasMatch())
            continue;
        QString unused;
        const std::optional<QStringList> words = ShellWords::split(match.captured(1), &unused);
        // AUTO= (nothing) is the empty string; a line the shell would not read is shown as written.
        value = !words ? match.captured(1).trimmed() : words->isEmpty() ? QString() : words->first();
    }
    return QStringLiteral("AUTO=\"%1\"").arg(value);
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
