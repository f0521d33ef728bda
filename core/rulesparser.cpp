// SPDX-License-Identifier: GPL-2.0-or-later
#include "rulesparser.h"

#include "ipvsadmcommand.h"
#include "shellwords.h"
#include "tablechange.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RulesParser)
};

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

QString daemonRoleName(SyncDaemon::Role role)
{
    return role == SyncDaemon::Role::Master ? QStringLiteral("master") : QStringLiteral("backup");
}

/// Applies one command to the table as the kernel would; returns its refusals, if any.
QStringList apply(IpvsTable &table, const IpvsadmCommand &command)
{
    using Kind = IpvsadmCommand::Kind;
    switch (command.kind) {
    case Kind::AddService:
        return TableChange::addService(command.service).applyTo(table);
    case Kind::EditService:
        return TableChange::editService(command.service, command.service).applyTo(table);
    case Kind::DeleteService:
        return TableChange::deleteService(command.service).applyTo(table);
    case Kind::AddServer:
        return TableChange::addServer(command.service, command.server).applyTo(table);
    case Kind::EditServer:
        return TableChange::editServer(command.service, command.server, command.server).applyTo(table);
    case Kind::DeleteServer:
        return TableChange::deleteServer(command.service, command.server).applyTo(table);
    case Kind::SetTimeouts:
        return TableChange::setTimeouts(Timeouts{}, command.timeouts).applyTo(table);
    case Kind::Clear:
        table.services.clear();
        return {};
    case Kind::StartDaemon:
        for (const SyncDaemon &daemon : std::as_const(table.syncDaemons)) {
            if (daemon.role == command.daemon.role)
                return {Tr::tr("a %1 sync daemon is already running").arg(daemonRoleName(daemon.role))};
        }
        table.syncDaemons.append(command.daemon);
        return {};
    case Kind::StopDaemon:
        if (table.syncDaemons.removeIf([&](const SyncDaemon &d) { return d.role == command.daemon.role; }) == 0)
            return {Tr::tr("no %1 sync daemon is running").arg(daemonRoleName(command.daemon.role))};
        return {};
    case Kind::Restore:
        return {Tr::tr("-R reads rules from standard input; give that file instead")};
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
            fail(Tr::tr("not an ipvsadm command or rule: '%1'").arg(arguments.first()));
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
