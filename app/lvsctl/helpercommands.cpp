// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpercommands.h"

#include "commandsupport.h"
#include "connectiontable.h"
#include "dbuserrors.h"
#include "helperclient.h"
#include "ipvsadmcommand.h"
#include "ipvsadmlisting.h"
#include "planner.h"
#include "ruleswriter.h"

#include <QDBusError>
#include <QIODevice>

#include <utility>

using CommandSupport::parseCommandLine;
using CommandSupport::Tr;

namespace {
/// Prints the helper's error and picks the exit code that says what kind it was.
int report(const QString &command, const HelperClient::Error &error, LvsctlCommands::Streams streams)
{
    const QString dbusUnknown = QDBusError::errorString(QDBusError::ServiceUnknown);
    const bool unreachable = error.name == dbusUnknown
        || error.name == QDBusError::errorString(QDBusError::NoReply)
        || error.name == QDBusError::errorString(QDBusError::Disconnected)
        || error.name == QDBusError::errorString(QDBusError::NoServer);
    const bool lab = HelperClient::defaultEndpoint().service == HelperClient::labDirector().service;
    if (lab && (unreachable || error.name == QDBusError::errorString(QDBusError::UnknownObject))) {
        streams.err << "lvsctl " << command << ": "
                    << Tr::tr("no lab is running (its director's table is there only while a lab exists): %1")
                           .arg(error.message)
                    << "\n";
        return ExitUnavailable;
    }
    if (unreachable) {
        streams.err << "lvsctl " << command << ": "
                    << Tr::tr("cannot reach LVS Studio's helper (org.lvsstudio.Helper1 on the system bus): %1")
                           .arg(error.message)
                    << "\n"
                    << Tr::tr("Is LVS Studio installed system-wide? Without the helper, lvsctl works on files only.")
                    << "\n";
        return ExitUnavailable;
    }
    streams.err << "lvsctl " << command << ": " << error.message << "\n";
    if (error.name == DBusErrors::notAuthorized || error.name == QDBusError::errorString(QDBusError::AccessDenied))
        return ExitNotAuthorized;
    if (error.name == DBusErrors::ipvsUnavailable)
        return ExitUnavailable;
    if (error.name == DBusErrors::invalidArgs)
        return ExitInvalidInput;
    return ExitFailed;
}

QString daemonLine(const SyncDaemon &daemon)
{
    // ipvsadm --list --daemon's format.
    QString line = QStringLiteral("%1 sync daemon (mcast=%2, syncid=%3")
                       .arg(daemon.role == SyncDaemon::Role::Master ? QStringLiteral("master") : QStringLiteral("backup"),
                            daemon.interface)
                       .arg(daemon.syncId);
    if (daemon.maxLength)
        line += QStringLiteral(", maxlen=%1").arg(daemon.maxLength);
    if (!daemon.group.isNull())
        line += QStringLiteral(", group=%1").arg(daemon.group.toString());
    if (daemon.port)
        line += QStringLiteral(", port=%1").arg(daemon.port);
    if (daemon.ttl)
        line += QStringLiteral(", ttl=%1").arg(daemon.ttl);
    return line + QLatin1Char(')');
}

/// Parses "[-t|-u|--sctp-service ADDR:PORT | -f MARK [-6]]" as ipvsadm would after -Z.
std::optional<IpvsadmCommand> serviceArgument(const QString &command, const QStringList &arguments,
                                              LvsctlCommands::Streams streams)
{
    QString error;
    auto parsed = IpvsadmCommand::parse(QStringList{QStringLiteral("-Z")} + arguments, &error);
    if (!parsed)
        streams.err << "lvsctl " << command << ": " << error << "\n";
    return parsed;
}

bool wantsHelp(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
}
} // namespace

int HelperCommands::list(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption stats(QStringLiteral("stats"), Tr::tr("Counters: connections, packets and bytes."));
    const QCommandLineOption rate(QStringLiteral("rate"), Tr::tr("Rates per second (bytes, not bits)."));
    const QCommandLineOption thresholds(QStringLiteral("thresholds"), Tr::tr("Connection thresholds."));
    const QCommandLineOption persistent(QStringLiteral("persistent-conn"), Tr::tr("Persistent connections."));
    const QCommandLineOption exact(QStringLiteral("exact"), Tr::tr("Exact numbers, no K/M/G rounding."));
    const QCommandLineOption numeric({QStringLiteral("n"), QStringLiteral("numeric")},
                                     Tr::tr("Accepted for ipvsadm's sake: lvsctl never resolves names."));
    parser.addOptions({stats, rate, thresholds, persistent, exact, numeric});
    const QString help = Tr::tr("Usage: lvsctl list [--stats|--rate|--thresholds|--persistent-conn] [--exact]\n"
                                "\n"
                                "Prints the kernel's IPVS table exactly as ipvsadm -Ln prints it, with the same\n"
                                "views. Needs LVS Studio's helper (reading is allowed to local users).\n");
    if (int code = parseCommandLine(parser, QStringLiteral("list"), arguments, help, streams, 0); code >= 0)
        return code;
    int views = 0;
    IpvsadmListing::Options options;
    for (const auto &[option, view] : {std::pair{&stats, IpvsadmListing::View::Stats}, std::pair{&rate, IpvsadmListing::View::Rate},
                                       std::pair{&thresholds, IpvsadmListing::View::Thresholds},
                                       std::pair{&persistent, IpvsadmListing::View::PersistentConnections}}) {
        if (parser.isSet(*option)) {
            options.view = view;
            ++views;
        }
    }
    if (views > 1) {
        streams.err << "lvsctl list: " << Tr::tr("choose one of --stats, --rate, --thresholds and --persistent-conn") << "\n";
        return ExitUsage;
    }
    options.exact = parser.isSet(exact);

    HelperClient client;
    HelperClient::Error error;
    const auto read = client.tableWithInfo(&error);
    if (!read)
        return report(QStringLiteral("list"), error, streams);
    const auto &[info, table] = *read;
    options.version = info.ipvsVersion;
    options.connectionTableSize = info.connectionTableSize;
    // ASCII as ipvsadm prints it: straight to the output, not through the text codec.
    const QByteArray listing = IpvsadmListing::writeLatin1(table.table, options);
    streams.out.flush();
    if (QIODevice *device = streams.out.device())
        device->write(listing);
    else
        streams.out << QString::fromLatin1(listing);
    return ExitOk;
}

int HelperCommands::save(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption numeric({QStringLiteral("n"), QStringLiteral("numeric")},
                                     Tr::tr("Accepted for ipvsadm's sake: lvsctl never resolves names."));
    parser.addOption(numeric);
    const QString help = Tr::tr("Usage: lvsctl save\n"
                                "\n"
                                "Prints the kernel's IPVS table as rules, byte for byte what ipvsadm -S -n\n"
                                "prints (the format of /etc/sysconfig/ipvsadm).\n");
    if (int code = parseCommandLine(parser, QStringLiteral("save"), arguments, help, streams, 0); code >= 0)
        return code;
    HelperClient client;
    HelperClient::Error error;
    const auto table = client.table(&error);
    if (!table)
        return report(QStringLiteral("save"), error, streams);
    streams.out << RulesWriter::rules(table->table);
    return ExitOk;
}

int HelperCommands::restore(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Print the planned ipvsadm commands; change nothing."));
    parser.addOption(dryRun);
    const QCommandLineOption ifGeneration(QStringLiteral("if-generation"),
                                          Tr::tr("Refuse unless the table is still the one 'lvsctl generation' printed."),
                                          QStringLiteral("N"));
    parser.addOption(ifGeneration);
    const QString help = Tr::tr("Usage: lvsctl restore [--dry-run] [--if-generation N] FILE\n"
                                "\n"
                                "Makes the kernel's IPVS table the one FILE describes (ipvsadm -S rules, an\n"
                                "ipvsadm script or keepalived.conf), in one transaction: the fewest changes\n"
                                "from the current table, refused if someone else changes the table meanwhile,\n"
                                "and undone entirely if any change fails. FILE may be - for standard input.\n"
                                "With --if-generation, \"meanwhile\" starts when N was read instead of now.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("restore"), arguments, help, streams); code >= 0)
        return code;
    std::optional<std::uint64_t> expectedGeneration;
    if (parser.isSet(ifGeneration)) {
        bool ok = false;
        expectedGeneration = parser.value(ifGeneration).toULongLong(&ok);
        if (!ok) {
            streams.err << "lvsctl restore: "
                        << Tr::tr("--if-generation wants the number 'lvsctl generation' printed, not '%1'")
                               .arg(parser.value(ifGeneration))
                        << "\n";
            return ExitUsage;
        }
    }
    IpvsTable wanted;
    if (int code = CommandSupport::loadTable(parser.positionalArguments().constFirst(), &wanted, streams); code != ExitOk)
        return code;
    if (!wanted.syncDaemons.isEmpty())
        streams.err << "lvsctl restore: " << Tr::tr("note: the file's sync daemons are not restored; see lvsctl daemon") << "\n";

    HelperClient client;
    HelperClient::Error error;
    const auto current = client.table(&error);
    if (!current)
        return report(QStringLiteral("restore"), error, streams);
    const QList<TableChange> changes = Planner::plan(current->table, wanted);
    if (parser.isSet(dryRun)) {
        for (const TableChange &change : changes)
            streams.out << "# " << change.describe() << "\n" << change.ipvsadmCommand() << "\n";
        return ExitOk;
    }
    if (changes.isEmpty() && !expectedGeneration)
        return ExitOk;
    if (!client.apply(expectedGeneration.value_or(current->generation), changes, true, &error))
        return report(QStringLiteral("restore"), error, streams);
    return ExitOk;
}

int HelperCommands::generation(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    if (wantsHelp(arguments) || !arguments.isEmpty()) {
        (wantsHelp(arguments) ? streams.out : streams.err)
            << Tr::tr("Usage: lvsctl generation\n"
                      "\n"
                      "Prints the live table's generation: a hash of its services, real servers and\n"
                      "timeouts (not its counters). 'lvsctl restore --if-generation N' refuses if the\n"
                      "table changed since N was printed: read, decide, then change safely.\n");
        return wantsHelp(arguments) ? ExitOk : ExitUsage;
    }
    HelperClient client;
    HelperClient::Error error;
    const auto table = client.table(&error);
    if (!table)
        return report(QStringLiteral("generation"), error, streams);
    streams.out << table->generation << "\n";
    return ExitOk;
}

int HelperCommands::zero(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    if (wantsHelp(arguments)) {
        streams.out << Tr::tr("Usage: lvsctl zero [-t|-u|--sctp-service ADDRESS:PORT | -f MARK [-6]]\n"
                              "\n"
                              "Zeroes the counters of one service, or of every service.\n");
        return ExitOk;
    }
    std::optional<VirtualService> service;
    if (!arguments.isEmpty()) {
        const auto command = serviceArgument(QStringLiteral("zero"), arguments, streams);
        if (!command)
            return ExitUsage;
        service = command->service;
    }
    HelperClient client;
    HelperClient::Error error;
    if (!client.zero(service, true, &error))
        return report(QStringLiteral("zero"), error, streams);
    return ExitOk;
}

int HelperCommands::clear(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QString help = Tr::tr("Usage: lvsctl clear\n\nDeletes every virtual service (ipvsadm -C).\n");
    if (int code = parseCommandLine(parser, QStringLiteral("clear"), arguments, help, streams, 0); code >= 0)
        return code;
    HelperClient client;
    HelperClient::Error error;
    if (!client.flush(true, &error))
        return report(QStringLiteral("clear"), error, streams);
    return ExitOk;
}

int HelperCommands::timeout(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QString help = Tr::tr("Usage: lvsctl timeout [TCP TCPFIN UDP]\n"
                                "\n"
                                "Without arguments prints the connection timeouts in seconds; with three, sets\n"
                                "them (0 leaves one unchanged), as ipvsadm --set does.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("timeout"), arguments, help, streams, -1); code >= 0)
        return code;
    const QStringList values = parser.positionalArguments();
    HelperClient client;
    HelperClient::Error error;
    if (values.isEmpty()) {
        const auto table = client.table(&error);
        if (!table)
            return report(QStringLiteral("timeout"), error, streams);
        const Timeouts timeouts = table->table.timeouts.value_or(Timeouts{});
        streams.out << "Timeout (tcp tcpfin udp): " << timeouts.tcp << ' ' << timeouts.tcpFin << ' ' << timeouts.udp
                    << "\n";
        return ExitOk;
    }
    QString parseError;
    const auto command = IpvsadmCommand::parse(QStringList{QStringLiteral("--set")} + values, &parseError);
    if (!command) {
        streams.err << "lvsctl timeout: " << parseError << "\n";
        return ExitUsage;
    }
    if (!client.setTimeouts(command->timeouts, true, &error))
        return report(QStringLiteral("timeout"), error, streams);
    return ExitOk;
}

int HelperCommands::daemon(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    const QString usage = Tr::tr("Usage: lvsctl daemon\n"
                                 "       lvsctl daemon start master|backup [--mcast-interface IF] [--syncid N]\n"
                                 "              [--sync-maxlen N] [--mcast-group ADDR] [--mcast-port N] [--mcast-ttl N]\n"
                                 "       lvsctl daemon stop master|backup\n"
                                 "\n"
                                 "Lists, starts or stops the connection synchronisation daemons, as ipvsadm\n"
                                 "--list --daemon, --start-daemon and --stop-daemon do.\n");
    if (wantsHelp(arguments)) {
        streams.out << usage;
        return ExitOk;
    }
    HelperClient client;
    HelperClient::Error error;
    if (arguments.isEmpty()) {
        const auto table = client.table(&error);
        if (!table)
            return report(QStringLiteral("daemon"), error, streams);
        for (const SyncDaemon &daemon : std::as_const(table->table.syncDaemons))
            streams.out << daemonLine(daemon) << "\n";
        return ExitOk;
    }
    const QString action = arguments.first();
    if ((action != QLatin1String("start") && action != QLatin1String("stop")) || arguments.size() < 2) {
        streams.err << usage;
        return ExitUsage;
    }
    QString parseError;
    const QString option = action == QLatin1String("start") ? QStringLiteral("--start-daemon") : QStringLiteral("--stop-daemon");
    const auto command = IpvsadmCommand::parse(QStringList{option} + arguments.mid(1), &parseError);
    if (!command) {
        streams.err << "lvsctl daemon: " << parseError << "\n";
        return ExitUsage;
    }
    const bool done = action == QLatin1String("start") ? client.startSyncDaemon(command->daemon, true, &error)
                                                       : client.stopSyncDaemon(command->daemon.role, true, &error);
    if (!done)
        return report(QStringLiteral("daemon"), error, streams);
    return ExitOk;
}

int HelperCommands::connections(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption service(QStringLiteral("service"), Tr::tr("Only connections to this virtual ADDRESS[:PORT]."),
                                     Tr::tr("address"));
    const QCommandLineOption server(QStringLiteral("server"), Tr::tr("Only connections to this real server ADDRESS[:PORT]."),
                                    Tr::tr("address"));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N entries."), QStringLiteral("N"));
    parser.addOptions({service, server, limit});
    const QString help = Tr::tr("Usage: lvsctl connections [--service ADDR[:PORT]] [--server ADDR[:PORT]] [--limit N]\n"
                                "\n"
                                "Prints the kernel's connection table as ipvsadm -Lnc prints it.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("connections"), arguments, help, streams, 0); code >= 0)
        return code;
    HelperClient::ConnectionQuery query;
    for (const auto &[option, address, port] : {std::tuple{&service, &query.virtualAddress, &query.virtualPort},
                                                std::tuple{&server, &query.serverAddress, &query.serverPort}}) {
        if (!parser.isSet(*option))
            continue;
        QString error;
        const auto endpoint = IpvsadmCommand::parse({QStringLiteral("-Z"), QStringLiteral("-t"), parser.value(*option)}, &error);
        if (!endpoint) {
            streams.err << "lvsctl connections: " << Tr::tr("--%1: %2").arg(option->names().constFirst(), error) << "\n";
            return ExitUsage;
        }
        *address = endpoint->service.address.toString();
        *port = endpoint->service.port;
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toUInt(&ok);
        if (!ok || query.limit == 0) {
            streams.err << "lvsctl connections: " << Tr::tr("--limit needs a positive number") << "\n";
            return ExitUsage;
        }
    }
    HelperClient client;
    HelperClient::Error error;
    // Page by page, as they come: a table of millions is printed without holding it.
    // The header comes with the first answer, so that a refusal prints nothing on
    // standard output, as ipvsadm prints nothing when it cannot read the file.
    bool started = false;
    const auto printed = client.connections(query, [&](const QList<ConnectionEntry> &entries) {
        if (!std::exchange(started, true))
            streams.out << ConnectionTable::listingHeader();
        streams.out << ConnectionTable::listingLines(entries);
    }, &error);
    if (!printed)
        return report(QStringLiteral("connections"), error, streams);
    if (!started)
        streams.out << ConnectionTable::listingHeader();
    return ExitOk;
}

int HelperCommands::sysctl(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    const QString usage = Tr::tr("Usage: lvsctl sysctl [get [NAME...]]\n"
                                 "       lvsctl sysctl set [--persist] NAME VALUE   (or NAME=VALUE)\n"
                                 "\n"
                                 "Shows or changes the kernel settings a director and its real servers need:\n"
                                 "net.ipv4.ip_forward, net.ipv6.conf.all.forwarding, net.ipv4.vs.*, and\n"
                                 "arp_ignore, arp_announce and rp_filter under net.ipv4.conf.<interface>.\n"
                                 "--persist also keeps the value in /etc/sysctl.d/90-lvs-studio.conf.\n");
    if (wantsHelp(arguments)) {
        streams.out << usage;
        return ExitOk;
    }
    HelperClient client;
    HelperClient::Error error;
    const QString action = arguments.value(0, QStringLiteral("get"));
    if (action == QLatin1String("get")) {
        const auto values = client.sysctls(&error);
        if (!values)
            return report(QStringLiteral("sysctl"), error, streams);
        const QStringList wanted = arguments.mid(1);
        for (const QString &name : wanted) {
            if (!values->contains(name)) {
                streams.err << "lvsctl sysctl: " << Tr::tr("%1 is not a setting lvsctl manages, or this kernel lacks it").arg(name)
                            << "\n";
                return ExitInvalidInput;
            }
        }
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            if (wanted.isEmpty() || wanted.contains(it.key()))
                streams.out << it.key() << " = " << it.value() << "\n";
        }
        return ExitOk;
    }
    if (action == QLatin1String("set")) {
        QStringList rest = arguments.mid(1);
        const bool persist = rest.removeAll(QStringLiteral("--persist")) > 0;
        // sysctl(8)'s NAME=VALUE is accepted beside NAME VALUE.
        if (rest.size() == 1 && rest.first().contains(QLatin1Char('='))) {
            const QString assignment = rest.takeFirst();
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            rest << assignment.left(equals).trimmed() << assignment.mid(equals + 1).trimmed();
        }
        if (rest.size() != 2) {
            streams.err << usage;
            return ExitUsage;
        }
        if (!client.setSysctl(rest.at(0), rest.at(1), persist, true, &error))
            return report(QStringLiteral("sysctl"), error, streams);
        return ExitOk;
    }
    streams.err << usage;
    return ExitUsage;
}

int HelperCommands::boot(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    const QString usage = Tr::tr("Usage: lvsctl boot show|save\n"
                                 "\n"
                                 "show  prints the table restored at boot (/etc/sysconfig/ipvsadm on Fedora,\n"
                                 "      /etc/ipvsadm.rules on Debian) and what that file cannot hold\n"
                                 "save  writes the live table there (Runtime to Boot), keeping the old file\n"
                                 "      as .bak\n");
    if (wantsHelp(arguments)) {
        streams.out << usage;
        return ExitOk;
    }
    if (arguments.size() != 1 || (arguments.first() != QLatin1String("show") && arguments.first() != QLatin1String("save"))) {
        streams.err << usage;
        return ExitUsage;
    }
    HelperClient client;
    HelperClient::Error error;
    if (arguments.first() == QLatin1String("save")) {
        const auto path = client.saveBootConfig(true, &error);
        if (!path)
            return report(QStringLiteral("boot"), error, streams);
        streams.err << Tr::tr("wrote %1").arg(*path) << "\n";
        return ExitOk;
    }
    const auto state = client.bootConfig(&error);
    if (!state)
        return report(QStringLiteral("boot"), error, streams);
    if (!state->exists)
        streams.err << Tr::tr("%1 does not exist: nothing is restored at boot").arg(state->path) << "\n";
    streams.out << state->text;
    for (const QString &warning : state->warnings)
        streams.err << Tr::tr("warning: %1").arg(warning) << "\n";
    return ExitOk;
}

int HelperCommands::interrupted(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    const QString usage = Tr::tr("Usage: lvsctl interrupted [rollback|forget]\n"
                                 "\n"
                                 "A helper stopped in the middle of a batch (killed, out of memory, crashed)\n"
                                 "leaves the table half changed; the next helper reports the batch.\n"
                                 "(none)    what the batch was, and which items it touched differ from\n"
                                 "          before it\n"
                                 "rollback  puts those items back as they were before the batch; what\n"
                                 "          others changed since stays\n"
                                 "forget    keeps the table as it is and drops the report\n");
    if (wantsHelp(arguments)) {
        streams.out << usage;
        return ExitOk;
    }
    const QString action = arguments.value(0);
    if (arguments.size() > 1
        || (!action.isEmpty() && action != QLatin1String("rollback") && action != QLatin1String("forget"))) {
        streams.err << usage;
        return ExitUsage;
    }
    HelperClient client;
    HelperClient::Error error;
    if (action == QLatin1String("rollback")) {
        if (!client.rollBackInterruptedBatch(true, &error))
            return report(QStringLiteral("interrupted"), error, streams);
        streams.err << Tr::tr("the items the interrupted batch touched are as before it") << "\n";
        return ExitOk;
    }
    if (action == QLatin1String("forget")) {
        if (!client.forgetInterruptedBatch(true, &error))
            return report(QStringLiteral("interrupted"), error, streams);
        return ExitOk;
    }
    const auto batch = client.interruptedBatch(&error);
    if (!batch)
        return report(QStringLiteral("interrupted"), error, streams);
    if (!batch->found) {
        streams.out << Tr::tr("No batch was interrupted.") << "\n";
        return ExitOk;
    }
    streams.out << batch->description << "\n";
    if (batch->differences.isEmpty()) {
        streams.out << Tr::tr("Every item it touched is as it was before it.") << "\n";
    } else {
        streams.out << Tr::tr("Items it touched that differ from before it:") << "\n";
        for (const QString &difference : batch->differences)
            streams.out << "  " << difference << "\n";
    }
    streams.out << Tr::tr("'lvsctl interrupted rollback' puts them back; 'lvsctl interrupted forget' keeps the "
                          "table as it is.")
                << "\n";
    return ExitOk;
}
