// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsadmcommand.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <netdb.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IpvsadmCommand)
};

enum class Option {
    AddService, EditService, DeleteService, Clear, List, Zero, AddServer, EditServer, DeleteServer,
    Set, Help, Version, Restore, Save, StartDaemon, StopDaemon,
    TcpService, UdpService, SctpService, FwmarkService, Scheduler, Persistent, Netmask, RealServer,
    Masquerading, Ipip, Gatewaying, Weight, UpperThreshold, LowerThreshold, Numeric, Connection,
    McastInterface, SyncId, Timeout, Daemon, Stats, Rate, Thresholds, PersistentConn, NoSort, Sort,
    Exact, Ipv6, Ops, Pe, SchedFlags, McastGroup, McastPort, McastTtl, SyncMaxlen, TunInfo, TunType,
    TunPort, TunNocsum, TunCsum, TunRemcsum,
};

enum class Argument { None, Required, Optional };

struct OptionSpec {
    const char *longName;
    char shortName;
    Argument argument;
    Option option;
};

// ipvsadm 1.31's option table (parse_options).
constexpr std::array<OptionSpec, 58> optionTable{{
    {"add-service", 'A', Argument::None, Option::AddService},
    {"edit-service", 'E', Argument::None, Option::EditService},
    {"delete-service", 'D', Argument::None, Option::DeleteService},
    {"clear", 'C', Argument::None, Option::Clear},
    {"list", 'L', Argument::None, Option::List},
    {"list", 'l', Argument::None, Option::List},
    {"zero", 'Z', Argument::None, Option::Zero},
    {"add-server", 'a', Argument::None, Option::AddServer},
    {"edit-server", 'e', Argument::None, Option::EditServer},
    {"delete-server", 'd', Argument::None, Option::DeleteServer},
    {"set", 0, Argument::None, Option::Set},
    {"help", 'h', Argument::None, Option::Help},
    {"version", 'v', Argument::None, Option::Version},
    {"restore", 'R', Argument::None, Option::Restore},
    {"save", 'S', Argument::None, Option::Save},
    {"start-daemon", 0, Argument::Required, Option::StartDaemon},
    {"stop-daemon", 0, Argument::Required, Option::StopDaemon},
    {"tcp-service", 't', Argument::Required, Option::TcpService},
    {"udp-service", 'u', Argument::Required, Option::UdpService},
    {"sctp-service", 0, Argument::Required, Option::SctpService},
    {"fwmark-service", 'f', Argument::Required, Option::FwmarkService},
    {"scheduler", 's', Argument::Required, Option::Scheduler},
    {"persistent", 'p', Argument::Optional, Option::Persistent},
    {"netmask", 'M', Argument::Required, Option::Netmask},
    {"real-server", 'r', Argument::Required, Option::RealServer},
    {"masquerading", 'm', Argument::None, Option::Masquerading},
    {"ipip", 'i', Argument::None, Option::Ipip},
    {"gatewaying", 'g', Argument::None, Option::Gatewaying},
    {"weight", 'w', Argument::Required, Option::Weight},
    {"u-threshold", 'x', Argument::Required, Option::UpperThreshold},
    {"l-threshold", 'y', Argument::Required, Option::LowerThreshold},
    {"numeric", 'n', Argument::None, Option::Numeric},
    {"connection", 'c', Argument::None, Option::Connection},
    {"mcast-interface", 0, Argument::Required, Option::McastInterface},
    {"syncid", 0, Argument::Required, Option::SyncId},
    {"timeout", 0, Argument::None, Option::Timeout},
    {"daemon", 0, Argument::None, Option::Daemon},
    {"stats", 0, Argument::None, Option::Stats},
    {"rate", 0, Argument::None, Option::Rate},
    {"thresholds", 0, Argument::None, Option::Thresholds},
    {"persistent-conn", 0, Argument::None, Option::PersistentConn},
    {"nosort", 0, Argument::None, Option::NoSort},
    {"sort", 0, Argument::None, Option::Sort},
    {"exact", 'X', Argument::None, Option::Exact},
    {"ipv6", '6', Argument::None, Option::Ipv6},
    {"ops", 'o', Argument::None, Option::Ops},
    {"pe", 0, Argument::Required, Option::Pe},
    {"sched-flags", 'b', Argument::Required, Option::SchedFlags},
    {"mcast-group", 0, Argument::Required, Option::McastGroup},
    {"mcast-port", 0, Argument::Required, Option::McastPort},
    {"mcast-ttl", 0, Argument::Required, Option::McastTtl},
    {"sync-maxlen", 0, Argument::Required, Option::SyncMaxlen},
    {"tun-info", 0, Argument::None, Option::TunInfo},
    {"tun-type", 0, Argument::Required, Option::TunType},
    {"tun-port", 0, Argument::Required, Option::TunPort},
    {"tun-nocsum", 0, Argument::None, Option::TunNocsum},
    {"tun-csum", 0, Argument::None, Option::TunCsum},
    {"tun-remcsum", 0, Argument::None, Option::TunRemcsum},
}};

const OptionSpec *findLong(QStringView name)
{
    for (const OptionSpec &spec : optionTable) {
        if (name == QLatin1String(spec.longName))
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findShort(QChar name)
{
    for (const OptionSpec &spec : optionTable) {
        if (spec.shortName && name == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

struct ParsedOption {
    const OptionSpec *spec;
    QString written; ///< as the user wrote the option
    QString value;   ///< empty when none was given
    bool hasValue = false;
};

struct Failure {
    QString message;
};

std::optional<long long> number(const QString &text, long long minimum, long long maximum)
{
    bool ok = false;
    const long long value = text.toLongLong(&ok, 10);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

long long requireNumber(const ParsedOption &option, const QString &what, long long minimum, long long maximum)
{
    if (auto value = number(option.value, minimum, maximum))
        return *value;
    throw Failure{Tr::tr("%1 %2: %3 must be a number from %4 to %5")
                      .arg(option.written, option.value, what)
                      .arg(minimum)
                      .arg(maximum)};
}

/// "addr", "addr:port", "[v6]:port", "v6" (no port): ipvsadm's parse_service.
std::pair<IpAddress, std::optional<std::uint16_t>> parseEndpoint(const ParsedOption &option, Protocol protocol)
{
    const QString &text = option.value;
    QString host = text;
    std::optional<QString> portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != QLatin1Char(':'))
            throw Failure{Tr::tr("%1 %2: expected [IPv6 address]:port").arg(option.written, text)};
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else if (text.count(QLatin1Char(':')) == 1 || !IpAddress::parse(text)) {
        // (One colon is never a bare address: IPv4 has none, IPv6 at least two.)
        // Not a bare address: the part after the last colon is the port.
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = text.left(colon);
            portText = text.mid(colon + 1);
        }
    }
    const auto address = IpAddress::parse(host);
    if (!address) {
        throw Failure{Tr::tr("%1 %2: '%3' is not a numeric IPv4 or IPv6 address (host names are not resolved)")
                          .arg(option.written, text, host)};
    }
    if (!portText)
        return {*address, std::nullopt};
    if (auto port = number(*portText, 0, 65535))
        return {*address, std::uint16_t(*port)};
    // ipvsadm also takes service names from /etc/services.
    const QByteArray name = portText->toLatin1();
    const char *protocolName = protocol == Protocol::Udp ? "udp" : protocol == Protocol::Sctp ? "sctp" : "tcp";
    if (!name.isEmpty()) {
        if (const servent *entry = getservbyname(name.constData(), protocolName))
            return {*address, std::uint16_t(ntohs(std::uint16_t(entry->s_port)))};
    }
    throw Failure{Tr::tr("%1 %2: port '%3' is neither a number from 0 to 65535 nor a known service name")
                      .arg(option.written, text, *portText)};
}

/// Splits the words into options (with values) and positional arguments, as popt does.
std::pair<QList<ParsedOption>, QStringList> tokenize(const QStringList &words)
{
    QList<ParsedOption> options;
    QStringList positional;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        auto takeValue = [&](ParsedOption &option, const QString &attached, bool hasAttached) {
            if (option.spec->argument == Argument::None) {
                if (hasAttached)
                    throw Failure{Tr::tr("%1 takes no value").arg(option.written)};
                return;
            }
            if (hasAttached) {
                option.value = attached;
                option.hasValue = true;
            } else if (i + 1 < words.size()
                       && (option.spec->argument == Argument::Required || !words.at(i + 1).startsWith(QLatin1Char('-')))) {
                option.value = words.at(++i);
                option.hasValue = true;
            } else if (option.spec->argument == Argument::Required) {
                throw Failure{Tr::tr("%1 needs a value").arg(option.written)};
            }
        };
        if (word.startsWith(QLatin1String("--")) && word.size() > 2) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            const QString name = word.mid(2, equals < 0 ? -1 : equals - 2);
            const OptionSpec *spec = findLong(name);
            if (!spec)
                throw Failure{Tr::tr("unknown option '%1'").arg(word)};
            ParsedOption option{spec, QStringLiteral("--") + name, {}};
            takeValue(option, equals < 0 ? QString() : word.mid(equals + 1), equals >= 0);
            options.append(option);
        } else if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            for (qsizetype j = 1; j < word.size(); ++j) {
                const OptionSpec *spec = findShort(word.at(j));
                if (!spec)
                    throw Failure{Tr::tr("unknown option '-%1' in '%2'").arg(word.at(j)).arg(word)};
                ParsedOption option{spec, QStringLiteral("-") + word.at(j), {}};
                if (spec->argument != Argument::None) {
                    const QString rest = word.mid(j + 1);
                    takeValue(option, rest, !rest.isEmpty());
                    options.append(option);
                    break;
                }
                options.append(option);
            }
        } else {
            positional.append(word);
        }
    }
    return {options, positional};
}

using Kind = IpvsadmCommand::Kind;

std::optional<Kind> commandKind(Option option)
{
    switch (option) {
    case Option::AddService: return Kind::AddService;
    case Option::EditService: return Kind::EditService;
    case Option::DeleteService: return Kind::DeleteService;
    case Option::AddServer: return Kind::AddServer;
    case Option::EditServer: return Kind::EditServer;
    case Option::DeleteServer: return Kind::DeleteServer;
    case Option::Clear: return Kind::Clear;
    case Option::Set: return Kind::SetTimeouts;
    case Option::StartDaemon: return Kind::StartDaemon;
    case Option::StopDaemon: return Kind::StopDaemon;
    case Option::Zero: return Kind::Zero;
    case Option::List:
    case Option::Save:
    case Option::Help:
    case Option::Version: return Kind::List;
    case Option::Restore: return Kind::Restore;
    default: return std::nullopt;
    }
}

// Which options each command accepts (ipvsadm's commands_v_options, simplified to
// "allowed or not"); listing commands accept every display option.
bool allowed(Kind kind, Option option)
{
    static const QSet<Option> serviceOptions{Option::TcpService, Option::UdpService, Option::SctpService,
                                             Option::FwmarkService, Option::Ipv6};
    static const QSet<Option> serviceAttributes{Option::Scheduler, Option::Persistent, Option::Netmask,
                                                Option::Ops, Option::Pe, Option::SchedFlags};
    static const QSet<Option> serverAttributes{Option::Masquerading, Option::Ipip, Option::Gatewaying,
                                               Option::Weight, Option::UpperThreshold, Option::LowerThreshold,
                                               Option::TunType, Option::TunPort, Option::TunNocsum,
                                               Option::TunCsum, Option::TunRemcsum};
    static const QSet<Option> daemonOptions{Option::McastInterface, Option::SyncId, Option::SyncMaxlen,
                                            Option::McastGroup, Option::McastPort, Option::McastTtl};
    switch (kind) {
    case Kind::AddService:
    case Kind::EditService:
        return serviceOptions.contains(option) || serviceAttributes.contains(option);
    case Kind::DeleteService:
    case Kind::Zero:
        return serviceOptions.contains(option);
    case Kind::AddServer:
    case Kind::EditServer:
        return serviceOptions.contains(option) || option == Option::RealServer || serverAttributes.contains(option);
    case Kind::DeleteServer:
        return serviceOptions.contains(option) || option == Option::RealServer;
    case Kind::StartDaemon:
        return daemonOptions.contains(option);
    case Kind::StopDaemon:
        return option == Option::SyncId;
    case Kind::Clear:
    case Kind::SetTimeouts:
    case Kind::Restore:
        return false;
    case Kind::List:
        return !serviceAttributes.contains(option) && !serverAttributes.contains(option)
            && option != Option::RealServer && !daemonOptions.contains(option);
    }
    return false;
}

SyncDaemon::Role daemonRole(const ParsedOption &option)
{
    if (option.value == QLatin1String("master"))
        return SyncDaemon::Role::Master;
    if (option.value == QLatin1String("backup"))
        return SyncDaemon::Role::Backup;
    throw Failure{Tr::tr("%1 %2: the daemon is 'master' or 'backup'").arg(option.written, option.value)};
}

IpvsadmCommand parseOrThrow(const QStringList &arguments)
{
    const auto [options, positional] = tokenize(arguments);

    IpvsadmCommand command;
    const ParsedOption *commandOption = nullptr;
    for (const ParsedOption &option : options) {
        if (!commandKind(option.spec->option))
            continue;
        if (commandOption)
            throw Failure{Tr::tr("two commands in one line: %1 and %2").arg(commandOption->written, option.written)};
        commandOption = &option;
        command.kind = *commandKind(option.spec->option);
    }
    if (!commandOption)
        throw Failure{Tr::tr("no command: expected one of -A -E -D -a -e -d -C --set --start-daemon --stop-daemon")};
    // ipvsadm reads the command from its first option and refuses anything else there.
    if (commandOption != &options.first())
        throw Failure{Tr::tr("%1 must come first, as ipvsadm requires (found %2 before it)")
                          .arg(commandOption->written, options.first().written)};

    VirtualService &service = command.service;
    RealServer &server = command.server;
    bool serverGiven = false;
    bool forwardingGiven = false;
    QStringList tunnelOptionsGiven;
    QString schedulerFlagsText;
    QString schedulerFlagsWritten;

    for (const ParsedOption &option : options) {
        const Option id = option.spec->option;
        if (&option == commandOption)
            continue;
        if (commandKind(id))
            continue; // reported above
        if (!allowed(command.kind, id))
            throw Failure{Tr::tr("option %1 does not apply to %2").arg(option.written, commandOption->written)};
        switch (id) {
        case Option::TcpService:
        case Option::UdpService:
        case Option::SctpService: {
            service.protocol = id == Option::TcpService   ? Protocol::Tcp
                             : id == Option::UdpService ? Protocol::Udp
                                                          : Protocol::Sctp;
            const auto [address, port] = parseEndpoint(option, service.protocol);
            service.address = address;
            service.port = port.value_or(0);
            service.firewallMark = 0;
            if (address.isV6())
                service.persistenceNetmask = 128;
            command.namesService = true;
            break;
        }
        case Option::FwmarkService: {
            bool ok = false;
            const qulonglong mark = option.value.toULongLong(&ok, 10);
            if (!ok || mark == 0 || mark > 0xffffffffull)
                throw Failure{Tr::tr("%1 %2: a firewall mark is a number from 1 to 4294967295")
                                  .arg(option.written, option.value)};
            service.firewallMark = std::uint32_t(mark);
            service.firewallMarkFamily = IpAddress::Family::V4;
            service.protocol = Protocol::Tcp;
            command.namesService = true;
            break;
        }
        case Option::Ipv6:
            if (!service.isFirewallMark())
                throw Failure{Tr::tr("%1 must follow -f: it makes a firewall-mark service IPv6").arg(option.written)};
            service.firewallMarkFamily = IpAddress::Family::V6;
            service.persistenceNetmask = 128;
            break;
        case Option::Scheduler: {
            const auto scheduler = Schedulers::fromName(option.value);
            if (!scheduler) {
                QStringList names;
                for (Scheduler s : Schedulers::all())
                    names.append(Schedulers::name(s));
                throw Failure{Tr::tr("%1 %2: unknown scheduler (known: %3)")
                                  .arg(option.written, option.value, names.join(QLatin1Char(' ')))};
            }
            service.scheduler = *scheduler;
            break;
        }
        case Option::Persistent:
            service.persistent = true;
            service.persistenceTimeout = option.hasValue
                ? std::uint32_t(requireNumber(option, Tr::tr("the persistence timeout"), 1, maximumTimeout))
                : defaultPersistenceTimeout;
            break;
        case Option::Netmask:
            if (service.family() == IpAddress::Family::V6) {
                service.persistenceNetmask = std::uint32_t(requireNumber(option, Tr::tr("the IPv6 prefix length"), 1, 128));
            } else {
                const auto mask = IpAddress::parse(option.value);
                if (!mask || !mask->isV4())
                    throw Failure{Tr::tr("%1 %2: an IPv4 netmask such as 255.255.255.0 is expected")
                                      .arg(option.written, option.value)};
                service.persistenceNetmask = mask->v4();
            }
            break;
        case Option::Ops:
            service.onePacket = true;
            break;
        case Option::Pe:
            service.persistenceEngine = option.value;
            break;
        case Option::SchedFlags:
            schedulerFlagsText = option.value;
            schedulerFlagsWritten = option.written;
            break;
        case Option::RealServer: {
            const auto [address, port] = parseEndpoint(option, service.protocol);
            server.address = address;
            // ipvsadm: "copy vport to dport if not specified".
            server.port = port.value_or(service.port);
            serverGiven = true;
            break;
        }
        case Option::Masquerading:
        case Option::Ipip:
        case Option::Gatewaying:
            server.forwarding = id == Option::Masquerading ? ForwardingMethod::Masquerading
                              : id == Option::Ipip         ? ForwardingMethod::Tunnelling
                                                           : ForwardingMethod::DirectRouting;
            forwardingGiven = true;
            break;
        case Option::Weight:
            server.weight = std::uint32_t(requireNumber(option, Tr::tr("the weight"), 0, 65535));
            break;
        case Option::UpperThreshold:
            server.upperThreshold = std::uint32_t(requireNumber(option, Tr::tr("the upper threshold"), 0, 0x7fffffff));
            break;
        case Option::LowerThreshold:
            server.lowerThreshold = std::uint32_t(requireNumber(option, Tr::tr("the lower threshold"), 0, 0x7fffffff));
            break;
        case Option::TunType: {
            const auto type = Forwarding::tunnelTypeFromName(option.value);
            if (!type)
                throw Failure{Tr::tr("%1 %2: the tunnel type is ipip, gue or gre").arg(option.written, option.value)};
            server.tunnelType = *type;
            tunnelOptionsGiven.append(option.written);
            break;
        }
        case Option::TunPort:
            server.tunnelPort = std::uint16_t(requireNumber(option, Tr::tr("the tunnel port"), 1, 65535));
            tunnelOptionsGiven.append(option.written);
            break;
        case Option::TunNocsum:
        case Option::TunCsum:
        case Option::TunRemcsum: {
            if (tunnelOptionsGiven.contains(QStringLiteral("--tun-nocsum"))
                || tunnelOptionsGiven.contains(QStringLiteral("--tun-csum"))
                || tunnelOptionsGiven.contains(QStringLiteral("--tun-remcsum")))
                throw Failure{Tr::tr("%1: only one of --tun-nocsum, --tun-csum and --tun-remcsum").arg(option.written)};
            server.tunnelChecksum = id == Option::TunNocsum ? TunnelChecksum::None
                                  : id == Option::TunCsum   ? TunnelChecksum::Checksum
                                                            : TunnelChecksum::RemoteChecksum;
            tunnelOptionsGiven.append(option.written);
            break;
        }
        case Option::McastInterface:
            if (option.value.isEmpty() || option.value.size() > 15)
                throw Failure{Tr::tr("%1 '%2': an interface name has 1 to 15 characters").arg(option.written, option.value)};
            command.daemon.interface = option.value;
            break;
        case Option::SyncId:
            command.daemon.syncId = std::uint8_t(requireNumber(option, Tr::tr("the sync id"), 0, 255));
            break;
        case Option::SyncMaxlen:
            command.daemon.maxLength = std::uint16_t(requireNumber(option, Tr::tr("the sync message length"), 1, 65535 - 20 - 8));
            break;
        case Option::McastGroup: {
            const auto group = IpAddress::parse(option.value);
            const bool multicast = group
                && (group->isV4() ? (group->v4() >> 28) == 0xe : group->bytes()[0] == 0xff);
            if (!multicast)
                throw Failure{Tr::tr("%1 %2: a multicast group address is expected").arg(option.written, option.value)};
            command.daemon.group = *group;
            break;
        }
        case Option::McastPort:
            command.daemon.port = std::uint16_t(requireNumber(option, Tr::tr("the multicast port"), 1, 65535));
            break;
        case Option::McastTtl:
            command.daemon.ttl = std::uint8_t(requireNumber(option, Tr::tr("the multicast TTL"), 1, 255));
            break;
        default:
            break; // display options: no effect on the configuration
        }
    }

    switch (command.kind) {
    case Kind::SetTimeouts: {
        if (positional.size() != 3)
            throw Failure{Tr::tr("--set needs three timeouts: tcp tcpfin udp (0 leaves one unchanged)")};
        const char *names[] = {"tcp", "tcpfin", "udp"};
        std::uint32_t values[3];
        for (int i = 0; i < 3; ++i) {
            const auto value = number(positional.at(i), 0, maximumTimeout);
            if (!value)
                throw Failure{Tr::tr("--set: %1 timeout '%2' must be a number of seconds from 0 to %3")
                                  .arg(QLatin1String(names[i]), positional.at(i))
                                  .arg(maximumTimeout)};
            values[i] = std::uint32_t(*value);
        }
        command.timeouts = Timeouts{values[0], values[1], values[2]};
        return command;
    }
    case Kind::StartDaemon:
    case Kind::StopDaemon:
        command.daemon.role = daemonRole(*commandOption);
        break;
    default:
        break;
    }
    if (!positional.isEmpty())
        throw Failure{Tr::tr("unexpected argument '%1'").arg(positional.first())};

    const bool needsService = command.kind == Kind::AddService || command.kind == Kind::EditService
        || command.kind == Kind::DeleteService || command.kind == Kind::AddServer
        || command.kind == Kind::EditServer || command.kind == Kind::DeleteServer;
    if (needsService && !command.namesService)
        throw Failure{Tr::tr("%1 needs a service: -t, -u or --sctp-service ADDRESS:PORT, or -f MARK")
                          .arg(commandOption->written)};
    const bool namesServer = command.kind == Kind::AddServer || command.kind == Kind::EditServer
        || command.kind == Kind::DeleteServer;
    if (namesServer && !serverGiven)
        throw Failure{Tr::tr("%1 needs a real server: -r ADDRESS[:PORT]").arg(commandOption->written)};

    if (!schedulerFlagsText.isEmpty()) {
        QString error;
        const auto flags = SchedulerFlags::parse(service.scheduler, schedulerFlagsText, &error);
        if (!flags)
            throw Failure{schedulerFlagsWritten + QLatin1Char(' ') + schedulerFlagsText + QStringLiteral(": ") + error};
        service.schedulerFlags = *flags;
    }

    if (command.kind == Kind::AddServer || command.kind == Kind::EditServer) {
        // ipvsadm: DR and tunnelling keep the service's port (not for fwmark services).
        if (!service.isFirewallMark()
            && (server.forwarding == ForwardingMethod::DirectRouting
                || server.forwarding == ForwardingMethod::Tunnelling))
            server.port = service.port;
        if (!tunnelOptionsGiven.isEmpty() && server.forwarding != ForwardingMethod::Tunnelling)
            throw Failure{Tr::tr("%1 needs tunnelling (-i), not %2")
                              .arg(tunnelOptionsGiven.first(),
                                   forwardingGiven ? Forwarding::shortName(server.forwarding)
                                                   : Tr::tr("the default direct routing"))};
        if (server.forwarding == ForwardingMethod::Tunnelling) {
            const QString type = Forwarding::tunnelTypeName(server.tunnelType);
            const bool gue = server.tunnelType == TunnelType::Gue;
            if (gue && !tunnelOptionsGiven.contains(QStringLiteral("--tun-port")))
                throw Failure{Tr::tr("--tun-type gue needs --tun-port")};
            for (const QString &given : std::as_const(tunnelOptionsGiven)) {
                const bool illegal = (given == QLatin1String("--tun-port") && !gue)
                    || (server.tunnelType == TunnelType::Ipip && given != QLatin1String("--tun-type"))
                    || (given == QLatin1String("--tun-remcsum") && !gue);
                if (illegal)
                    throw Failure{Tr::tr("%1 does not apply to the %2 tunnel type").arg(given, type)};
            }
        }
    }
    return command;
}
} // namespace

bool IpvsadmCommand::changesConfiguration() const
{
    return kind != Kind::List && kind != Kind::Zero;
}

std::optional<IpvsadmCommand> IpvsadmCommand::parse(const QStringList &arguments, QString *error)
{
    try {
        return parseOrThrow(arguments);
    } catch (const Failure &failure) {
        if (error)
            *error = failure.message;
        return std::nullopt;
    }
}
