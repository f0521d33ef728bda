// SPDX-License-Identifier: GPL-2.0-or-later
#include "filecommands.h"

#include "commandsupport.h"
#include "keepalivedwriter.h"
#include "planner.h"
#include "ruleswriter.h"
#include "tablefile.h"

#include <algorithm>

using CommandSupport::loadTable;
using CommandSupport::parseCommandLine;
using CommandSupport::tr;

int FileCommands::check(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QString help = tr("Usage: lvsctl check FILE\n"
                            "\n"
                            "Validates a table file: ipvsadm -S rules, an ipvsadm command script such\n"
                            "as the how-to's listings, or keepalived.conf (told apart by content).\n"
                            "Prints every mistake as FILE:LINE: message, and what keepalived.conf holds\n"
                            "that is not a table (VRRP, health checks) as notes.\n"
                            "Exit status: 0 valid, 1 mistakes found, 2 usage error, 3 unreadable file.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("check"), arguments, help, streams, 1); code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    IpvsTable table;
    int mistakes = 0;
    const int code = loadTable(path, &table, streams, &mistakes);
    if (code == ExitOk) {
        streams.out << tr("%1: valid: %2 services, %3 real servers")
                           .arg(TableFile::displayName(path))
                           .arg(table.services.size())
                           .arg(table.realServerCount())
                    << "\n";
    } else if (code == ExitInvalidInput) {
        streams.err << tr("%1: %2 mistakes").arg(TableFile::displayName(path)).arg(mistakes) << "\n";
    }
    return code;
}

int FileCommands::convert(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Output format: rules or script."), tr("format"));
    parser.addOption(toOption);
    const QString help = tr("Usage: lvsctl convert --to rules|script|keepalived FILE\n"
                            "\n"
                            "Prints the table that FILE (rules, ipvsadm script or keepalived.conf)\n"
                            "describes:\n"
                            "  rules   exactly what ipvsadm -S -n prints for that table (the format of\n"
                            "          /etc/sysconfig/ipvsadm); thresholds, timeouts and sync daemons\n"
                            "          are dropped, as ipvsadm drops them\n"
                            "  script  an ipvsadm shell script that builds the whole table\n"
                            "  keepalived  keepalived.conf virtual_server blocks, with a simple health\n"
                            "          check per real server to start from\n"
                            "Nothing is printed if FILE has mistakes.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("convert"), arguments, help, streams, 1); code >= 0)
        return code;
    const QString format = parser.value(toOption);
    if (format != QLatin1String("rules") && format != QLatin1String("script") && format != QLatin1String("keepalived")) {
        streams.err << "lvsctl convert: "
                    << (format.isEmpty() ? tr("--to is required: rules, script or keepalived")
                                         : tr("unknown format '%1': rules, script or keepalived").arg(format))
                    << "\n";
        return ExitUsage;
    }
    IpvsTable table;
    if (int code = loadTable(parser.positionalArguments().constFirst(), &table, streams); code != ExitOk)
        return code;
    if (format == QLatin1String("rules"))
        streams.out << RulesWriter::rules(table);
    else if (format == QLatin1String("script"))
        streams.out << RulesWriter::script(table);
    else
        streams.out << KeepalivedWriter::write(table);
    return ExitOk;
}
int FileCommands::plan(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QString help = tr("Usage: lvsctl plan FROM TO\n"
                            "\n"
                            "Prints the fewest ipvsadm commands that turn the table FROM describes into\n"
                            "the one TO describes, each with a comment saying what it does. An edit is\n"
                            "used wherever one does it (scheduler, persistence, weight, forwarding,\n"
                            "thresholds); only a changed address or port deletes and adds. The output\n"
                            "is a shell script. Either file may be - for standard input.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("plan"), arguments, help, streams, 2); code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.count(QStringLiteral("-")) > 1) {
        streams.err << "lvsctl plan: " << tr("only one of FROM and TO can be standard input") << "\n";
        return ExitUsage;
    }
    IpvsTable from, to;
    const int fromCode = loadTable(paths.at(0), &from, streams);
    const int toCode = loadTable(paths.at(1), &to, streams);
    if (fromCode != ExitOk || toCode != ExitOk)
        return std::max(fromCode, toCode);

    const QList<TableChange> changes = Planner::plan(from, to);
    const QString fromName = TableFile::displayName(paths.at(0));
    const QString toName = TableFile::displayName(paths.at(1));
    if (changes.isEmpty()) {
        streams.out << "# " << tr("nothing to do: %1 and %2 describe the same table").arg(fromName, toName) << "\n";
        return ExitOk;
    }
    streams.out << "# " << tr("%1 changes turn %2 into %3").arg(changes.size()).arg(fromName, toName) << "\n";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        streams.out << "# " << (i + 1) << ". " << changes.at(i).describe() << "\n"
                    << changes.at(i).ipvsadmCommand() << "\n";
    }
    return ExitOk;
}
