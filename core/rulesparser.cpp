// SPDX-License-Identifier: GPL-2.0-or-later
#include "rulesparser.h"

#include "ipvsadmcommand.h"
#include "shellwords.h"
#include "validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("RulesParser", text, disambiguation, n);
}

struct LogicalLine {
    int number;
    QString text;
};

// Joins backslash-continued lines; each logical line keeps its first line's number.
QList<LogicalLine> logicalLines(QStringView text)
{
    QList<LogicalLine> lines;
    const auto physical = text.split(QLatin1Char('\n'));
    QString pending;
    int pendingStart = 0;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QStringView line = physical.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (pending.isEmpty())
            pendingStart = int(i) + 1;
        if (line.endsWith(QLatin1Char('\\')) && !line.endsWith(QLatin1String("\\\\"))) {
            pending += line.chopped(1) + QLatin1Char(' ');
            continue;
        }
        pending += line;
        lines.append({pendingStart, pending});
        pending.clear();
    }
    if (!pending.isEmpty())
        lines.append({pendingStart, pending});
    return lines;
}

bool isIpvsadmProgram(const QString &word)
{
    return word == QLatin1String("ipvsadm") || word.endsWith(QLatin1String("/ipvsadm"));
}

// "set -e" and the like, which scripts (ours included) start with: no effect on the table.
bool isShellOptionsLine(const QStringList &words)
{
    return words.first() == QLatin1String("set") && words.size() > 1
        && std::all_of(words.cbegin() + 1, words.cend(), [](const QString &word) {
               return word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1Char('+'));
           });
}

/// Applies one command to the table as the kernel would; returns an error or empty.
QStringList apply(IpvsTable &table, const IpvsadmCommand &command)
{
    using Kind = IpvsadmCommand::Kind;
    const VirtualService &named = command.service;
    VirtualService *existing = command.namesService ? table.find(named.key()) : nullptr;
    const QString serviceName = Validation::describe(named);
    auto issuesText = [](const QList<ValidationIssue> &issues) {
        QStringList messages;
        for (const ValidationIssue &issue : issues)
            messages.append(issue.message);
        return messages;
    };

    switch (command.kind) {
    case Kind::AddService: {
        if (existing)
            return {tr("%1 already exists").arg(serviceName)};
        const QStringList problems = issuesText(Validation::checkService(named));
        if (!problems.isEmpty())
            return problems;
        table.services.append(named);
        return {};
    }
    case Kind::EditService: {
        if (!existing)
            return {tr("%1 does not exist").arg(serviceName)};
        VirtualService edited = named;
        edited.realServers = existing->realServers;
        edited.stats = existing->stats;
        QStringList problems = issuesText(Validation::checkService(edited));
        if (!problems.isEmpty())
            return problems;
        *existing = edited;
        return {};
    }
    case Kind::DeleteService:
        if (!existing)
            return {tr("%1 does not exist").arg(serviceName)};
        table.services.removeIf([&](const VirtualService &s) { return s.key() == named.key(); });
        return {};
    case Kind::AddServer:
    case Kind::EditServer:
    case Kind::DeleteServer: {
        if (!existing)
            return {tr("%1 does not exist").arg(serviceName)};
        const RealServer &server = command.server;
        RealServer *current = existing->findRealServer(server.address, server.port);
        const QString serverName = Validation::describe(server);
        if (command.kind == Kind::DeleteServer) {
            if (!current)
                return {tr("%1 is not in %2").arg(serverName, serviceName)};
            existing->realServers.removeIf([&](const RealServer &r) { return r.sameKey(server); });
            return {};
        }
        if (command.kind == Kind::AddServer && current)
            return {tr("%1 is already in %2").arg(serverName, serviceName)};
        if (command.kind == Kind::EditServer && !current)
            return {tr("%1 is not in %2").arg(serverName, serviceName)};
        const QStringList problems = issuesText(Validation::checkRealServer(*existing, server));
        if (!problems.isEmpty())
            return problems;
        if (current) {
            const ConnectionCounts counts = current->connections;
            const Statistics stats = current->stats;
            *current = server;
            current->connections = counts;
            current->stats = stats;
        } else {
            existing->realServers.prepend(server); // the kernel lists the newest first
        }
        return {};
    }
    case Kind::Clear:
        table.services.clear();
        return {};
    case Kind::SetTimeouts: {
        Timeouts timeouts = table.timeouts.value_or(Timeouts{});
        if (command.timeouts.tcp)
            timeouts.tcp = command.timeouts.tcp;
        if (command.timeouts.tcpFin)
            timeouts.tcpFin = command.timeouts.tcpFin;
        if (command.timeouts.udp)
            timeouts.udp = command.timeouts.udp;
        table.timeouts = timeouts;
        return {};
    }
    case Kind::StartDaemon: {
        for (const SyncDaemon &daemon : std::as_const(table.syncDaemons)) {
            if (daemon.role == command.daemon.role)
                return {tr("a %1 sync daemon is already running")
                            .arg(daemon.role == SyncDaemon::Role::Master ? QStringLiteral("master")
                                                                         : QStringLiteral("backup"))};
        }
        table.syncDaemons.append(command.daemon);
        return {};
    }
    case Kind::StopDaemon: {
        const auto removed = table.syncDaemons.removeIf(
            [&](const SyncDaemon &daemon) { return daemon.role == command.daemon.role; });
        if (removed == 0)
            return {tr("no %1 sync daemon is running")
                        .arg(command.daemon.role == SyncDaemon::Role::Master ? QStringLiteral("master")
                                                                             : QStringLiteral("backup"))};
        return {};
    }
    case Kind::Restore:
        return {tr("-R reads rules from standard input; give that file instead")};
    case Kind::Zero:
    case Kind::List:
        return {};
    }
    return {};
}
} // namespace

RulesParseResult RulesParser::parse(QStringView text)
{
    RulesParseResult result;
    for (const LogicalLine &line : logicalLines(text)) {
        auto fail = [&](const QString &message) { result.errors.append({line.number, line.text, message}); };
        QString error;
        const auto words = ShellWords::split(line.text, &error);
        if (!words) {
            fail(error);
            continue;
        }
        if (words->isEmpty())
            continue;
        QStringList arguments = *words;
        if (isShellOptionsLine(arguments))
            continue;
        if (isIpvsadmProgram(arguments.first())) {
            arguments.removeFirst();
            if (arguments.isEmpty())
                continue; // a bare "ipvsadm" lists the table
        } else if (!arguments.first().startsWith(QLatin1Char('-'))) {
            fail(tr("not an ipvsadm command or rule: '%1'").arg(arguments.first()));
            continue;
        }
        const auto command = IpvsadmCommand::parse(arguments, &error);
        if (!command) {
            fail(error);
            continue;
        }
        for (const QString &message : apply(result.table, *command))
            fail(message);
    }
    return result;
}
