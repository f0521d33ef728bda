// SPDX-License-Identifier: GPL-2.0-or-later
#include "filecommands.h"

#include "commandsupport.h"
#include "keepalivedwriter.h"
#include "planner.h"
#include "realserversetup.h"
#include "ruleswriter.h"
#include "tablefile.h"

#include <algorithm>

using CommandSupport::loadTable;
using CommandSupport::parseCommandLine;
using CommandSupport::Tr;

int FileCommands::check(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QString help = Tr::tr("Usage: lvsctl check FILE\n"
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
        const int services = int(table.services.size());
        const int servers = table.realServerCount();
        // No English catalogue gives the singulars, so each has its own text; both forms are %n
        // messages, so that translators give every plural form their language has.
        //: Only for exactly one service; "%n services" otherwise.
        const QString serviceCount = services == 1 ? Tr::tr("%n service", nullptr, services)
                                                   : Tr::tr("%n services", nullptr, services);
        //: Only for exactly one real server; "%n real servers" otherwise.
        const QString serverCount = servers == 1 ? Tr::tr("%n real server", nullptr, servers)
                                                 : Tr::tr("%n real servers", nullptr, servers);
        //: %1 is the file; %2 is "%n services" and %3 "%n real servers".
        streams.out << Tr::tr("%1: valid: %2, %3").arg(TableFile::displayName(path), serviceCount, serverCount) << "\n";
    } else if (code == ExitInvalidInput) {
        //: Only for exactly one mistake; "%1: %n mistakes" otherwise.
        streams.err << (mistakes == 1 ? Tr::tr("%1: %n mistake", nullptr, mistakes)
                                      : Tr::tr("%1: %n mistakes", nullptr, mistakes))
                           .arg(TableFile::displayName(path))
                    << "\n";
    }
    return code;
}

int FileCommands::convert(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), Tr::tr("Output format: rules, script or keepalived."),
                                      Tr::tr("format"));
    parser.addOption(toOption);
    const QString help = Tr::tr("Usage: lvsctl convert --to rules|script|keepalived FILE\n"
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
                    << (format.isEmpty() ? Tr::tr("--to is required: rules, script or keepalived")
                                         : Tr::tr("unknown format '%1': rules, script or keepalived").arg(format))
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
    const QString help = Tr::tr("Usage: lvsctl plan FROM TO\n"
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
        streams.err << "lvsctl plan: " << Tr::tr("only one of FROM and TO can be standard input") << "\n";
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
        streams.out << "# " << Tr::tr("nothing to do: %1 and %2 describe the same table").arg(fromName, toName) << "\n";
        return ExitOk;
    }
    const int count = int(changes.size());
    //: Only for exactly one change; "%n changes turn %1 into %2" otherwise.
    streams.out << "# "
                << (count == 1 ? Tr::tr("%n change turns %1 into %2", nullptr, count)
                               : Tr::tr("%n changes turn %1 into %2", nullptr, count))
                       .arg(fromName, toName)
                << "\n";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        streams.out << "# " << (i + 1) << ". " << changes.at(i).describe() << "\n"
                    << changes.at(i).ipvsadmCommand() << "\n";
    }
    return ExitOk;
}

int FileCommands::realServerSetup(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption os(QStringLiteral("os"), Tr::tr("linux, freebsd or solaris."), Tr::tr("system"));
    const QCommandLineOption server(QStringLiteral("server"), Tr::tr("Only this real server."), Tr::tr("address"));
    const QCommandLineOption director(QStringLiteral("director"), Tr::tr("The director's setup instead of the real servers'."));
    const QCommandLineOption directorAddress(QStringLiteral("director-address"),
                                             Tr::tr("The director's address on the real servers' network (NAT gateway)."),
                                             Tr::tr("address"));
    const QCommandLineOption gateway(QStringLiteral("gateway"), Tr::tr("DR and TUN real servers' own router."), Tr::tr("address"));
    const QCommandLineOption interface(QStringLiteral("interface"), Tr::tr("The real servers' (or with --director, the "
                                                                        "director's) network interface."),
                                       Tr::tr("name"));
    const QCommandLineOption applyScript(QStringLiteral("apply-script"),
                                         Tr::tr("Only the commands that apply the setup now, as one shell script."));
    parser.addOptions({os, server, director, directorAddress, gateway, interface, applyScript});
    const QString help = Tr::tr("Usage: lvsctl realserver-setup FILE --os linux|freebsd|solaris [--server ADDR]\n"
                                "       lvsctl realserver-setup FILE --director\n"
                                "\n"
                                "Writes what the real servers of the table in FILE need for their forwarding\n"
                                "method (NAT: the director as gateway; DR: the VIP on a non-ARP device and\n"
                                "the ARP settings; TUN: the tunnel device), as the how-to does it and as\n"
                                "those systems are configured today, each part with why. --director writes\n"
                                "the director's side (forwarding, the VIP).\n"
                                "Options: --director-address ADDR (the NAT gateway), --gateway ADDR (DR/TUN\n"
                                "real servers' router), --interface NAME, --apply-script (only the commands\n"
                                "that apply it now).\n");
    if (int code = parseCommandLine(parser, QStringLiteral("realserver-setup"), arguments, help, streams); code >= 0)
        return code;
    if (parser.isSet(director) == parser.isSet(os)) {
        streams.err << "lvsctl realserver-setup: " << Tr::tr("give either --os SYSTEM or --director") << "\n";
        return ExitUsage;
    }
    RealServerSetup::Options options;
    std::optional<RealServerSetup::OperatingSystem> system;
    if (parser.isSet(os)) {
        system = RealServerSetup::operatingSystemFromName(parser.value(os));
        if (!system) {
            streams.err << "lvsctl realserver-setup: " << Tr::tr("unknown system '%1': linux, freebsd or solaris").arg(parser.value(os))
                        << "\n";
            return ExitUsage;
        }
    }
    for (const auto &[option, v4, v6] : {std::tuple{&server, &options.server, &options.server},
                                         std::tuple{&directorAddress, &options.directorAddress, &options.directorAddress6},
                                         std::tuple{&gateway, &options.gateway, &options.gateway6}}) {
        if (!parser.isSet(*option))
            continue;
        const auto address = IpAddress::parse(parser.value(*option));
        if (!address) {
            streams.err << "lvsctl realserver-setup: "
                        << Tr::tr("--%1 %2: not an IPv4 or IPv6 address").arg(option->names().constFirst(), parser.value(*option))
                        << "\n";
            return ExitUsage;
        }
        *(address->isV6() ? v6 : v4) = *address;
    }
    if (parser.isSet(interface)) {
        const QString name = parser.value(interface);
        if (parser.isSet(director))
            options.directorInterface = name;
        else
            options.linuxInterface = options.freeBsdInterface = options.solarisInterface = name;
    }
    IpvsTable table;
    if (int code = loadTable(parser.positionalArguments().constFirst(), &table, streams); code != ExitOk)
        return code;
    const RealServerSetup::Result result = system ? RealServerSetup::forRealServers(table, *system, options)
                                                  : RealServerSetup::forDirector(table, options);
    for (const QString &error : result.errors)
        streams.err << "lvsctl realserver-setup: " << error << "\n";
    if (!result.ok())
        return ExitInvalidInput;
    for (const QString &warning : result.warnings)
        streams.err << Tr::tr("warning: %1").arg(warning) << "\n";
    if (!parser.isSet(applyScript)) {
        streams.out << RealServerSetup::render(result.snippets);
        return ExitOk;
    }
    // Only what changes the running system, one script after the other.
    bool first = true;
    for (const RealServerSetup::Snippet &snippet : result.snippets) {
        if (snippet.kind != RealServerSetup::Snippet::Kind::Commands || snippet.use != RealServerSetup::Snippet::Use::ApplyNow)
            continue;
        QString text = snippet.text;
        if (!first && text.startsWith(QLatin1String("#!")))
            text = text.section(QLatin1Char('\n'), 1); // one script: one #! line
        streams.out << text;
        if (!text.endsWith(QLatin1Char('\n')))
            streams.out << "\n";
        first = false;
    }
    return ExitOk;
}
