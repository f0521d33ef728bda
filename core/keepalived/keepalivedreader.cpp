// SPDX-License-Identifier: GPL-2.0-or-later
#include "keepalivedreader.h"

#include "keepalivedsyntax.h"
#include "keepalivedvalues.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

using KeepalivedReader::Tr;

namespace {
using KeepalivedValues::familyName;
using KeepalivedValues::number;
using KeepalivedValues::numberInRange;

// keepalived's LVS_MAX_TIMEOUT (include/global_data.h): 31 days, as ipvsadm's.
constexpr std::uint32_t maximumTimeout = 86400u * 31u;
struct ForwardingChoice {
    ForwardingMethod method = ForwardingMethod::Masquerading;
    TunnelType tunnelType = TunnelType::Ipip;
    std::uint16_t tunnelPort = 0;
    TunnelChecksum tunnelChecksum = TunnelChecksum::None;
};

struct PendingRealServer {
    const KeepalivedStatement *statement = nullptr;
    IpAddress address;
    std::uint16_t port = 0;
    std::optional<ForwardingChoice> forwarding;
    std::optional<std::uint32_t> weight;
    std::uint32_t upperThreshold = 0;
    std::uint32_t lowerThreshold = 0;
};

struct GroupEntry {
    const KeepalivedStatement *statement = nullptr;
    bool isFirewallMark = false;
    std::uint32_t firewallMark = 0;
    std::optional<IpAddress::Family> markFamily;
    QList<IpAddress> addresses;
    std::uint16_t port = 0;
};

struct Group {
    const KeepalivedStatement *statement = nullptr;
    QList<GroupEntry> entries;
};

struct PendingService {
    enum class Kind { Address, FirewallMark, Group };

    const KeepalivedStatement *statement = nullptr;
    Kind kind = Kind::Address;
    IpAddress address;
    std::uint16_t port = 0;
    std::uint32_t firewallMark = 0;
    QString group;
    std::optional<IpAddress::Family> family;

    VirtualService attributes; // scheduler, flags, persistence, protocol, one-packet
    bool schedulerGiven = false;
    std::optional<std::uint32_t> persistenceNetmask;
    IpAddress::Family persistenceNetmaskFamily = IpAddress::Family::V4;
    std::optional<ForwardingChoice> forwarding;
    std::uint32_t defaultWeight = 1;
    QList<PendingRealServer> realServers;
    QStringList checkers;
    int inhibited = 0;
};

class Reader
{
public:
    explicit Reader(KeepalivedReadResult &result)
        : m_result(result)
    {
    }

    void read(const QList<KeepalivedStatement> &statements);

private:
    void error(const KeepalivedStatement &statement, const QString &message)
    {
        m_result.errors.append({statement.file, statement.line, message});
    }
    void note(const KeepalivedStatement &statement, const QString &message)
    {
        m_result.notes.append({statement.file, statement.line, message});
    }
    bool hasValue(const KeepalivedStatement &statement, qsizetype words = 2);

    void readGroup(const KeepalivedStatement &statement);
    std::optional<GroupEntry> readGroupEntry(const KeepalivedStatement &statement);
    std::optional<QList<IpAddress>> readRange(const KeepalivedStatement &statement, const QString &text);
    void readGlobalDefinitions(const KeepalivedStatement &statement);
    void readTimeouts(const KeepalivedStatement &statement);
    void readVirtualServer(const KeepalivedStatement &statement);
    bool readServiceStatement(const KeepalivedStatement &statement, PendingService &service);
    void readSchedulerFlag(const KeepalivedStatement &statement, PendingService &service);
    void readGranularity(const KeepalivedStatement &statement, PendingService &service);
    void readRealServer(const KeepalivedStatement &statement, PendingService &service);
    std::optional<ForwardingChoice> readForwarding(const KeepalivedStatement &statement);
    std::optional<std::uint16_t> readPort(const KeepalivedStatement &statement, qsizetype index);
    void finishVirtualServer(PendingService &service);
    void addService(const PendingService &pending, VirtualService service);

    KeepalivedReadResult &m_result;
    QHash<QString, Group> m_groups;
    QHash<ServiceKey, const KeepalivedStatement *> m_defined;
};

QString where(const KeepalivedStatement &statement)
{
    return statement.file + QLatin1Char(':') + QString::number(statement.line);
}

// "virtual_server 10.0.0.1 80": how a note names the block it speaks of.
QString heading(const KeepalivedStatement &statement)
{
    return statement.words.join(QLatin1Char(' '));
}

bool Reader::hasValue(const KeepalivedStatement &statement, qsizetype words)
{
    if (statement.words.size() >= words)
        return true;
    error(statement, Tr::tr("%1 needs a value").arg(statement.keyword()));
    return false;
}

void Reader::read(const QList<KeepalivedStatement> &statements)
{
    // Groups may be defined after the virtual servers that use them.
    for (const KeepalivedStatement &statement : statements) {
        if (statement.keyword() == QLatin1String("virtual_server_group"))
            readGroup(statement);
    }

    struct Skipped {
        const char *keyword;
        const char *reason;
    };
    static const Skipped skipped[] = {
        {"vrrp_instance", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"vrrp_sync_group", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"vrrp_script", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"vrrp_track_file", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"vrrp_track_process", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"track_file", QT_TRANSLATE_NOOP("KeepalivedReader", "tracking is not modelled")},
        {"track_process", QT_TRANSLATE_NOOP("KeepalivedReader", "tracking is not modelled")},
        {"track_group", QT_TRANSLATE_NOOP("KeepalivedReader", "tracking is not modelled")},
        {"garp_group", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"linkbeat_interfaces", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"linkbeat_use_polling", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"interface_up_down_delays", QT_TRANSLATE_NOOP("KeepalivedReader", "VRRP is not modelled")},
        {"static_ipaddress", QT_TRANSLATE_NOOP("KeepalivedReader", "addresses, routes and rules are not modelled")},
        {"static_routes", QT_TRANSLATE_NOOP("KeepalivedReader", "addresses, routes and rules are not modelled")},
        {"static_rules", QT_TRANSLATE_NOOP("KeepalivedReader", "addresses, routes and rules are not modelled")},
        {"bfd_instance", QT_TRANSLATE_NOOP("KeepalivedReader", "BFD is not modelled")},
        {"SSL", QT_TRANSLATE_NOOP("KeepalivedReader", "health checks are not modelled")},
        {"net_namespace", QT_TRANSLATE_NOOP("KeepalivedReader", "process settings are not modelled")},
        {"net_namespace_ipvs", QT_TRANSLATE_NOOP("KeepalivedReader", "process settings are not modelled")},
        {"namespace_with_ipsets", QT_TRANSLATE_NOOP("KeepalivedReader", "process settings are not modelled")},
        {"instance", QT_TRANSLATE_NOOP("KeepalivedReader", "process settings are not modelled")},
        {"use_pid_dir", QT_TRANSLATE_NOOP("KeepalivedReader", "process settings are not modelled")},
        {"child_wait_time", QT_TRANSLATE_NOOP("KeepalivedReader", "process settings are not modelled")},
    };

    for (const KeepalivedStatement &statement : statements) {
        const QString &keyword = statement.keyword();
        if (keyword == QLatin1String("virtual_server_group"))
            continue;
        if (keyword == QLatin1String("virtual_server")) {
            readVirtualServer(statement);
            continue;
        }
        if (keyword == QLatin1String("global_defs")) {
            readGlobalDefinitions(statement);
            continue;
        }
        const auto known = std::find_if(std::begin(skipped), std::end(skipped),
                                        [&](const Skipped &s) { return keyword == QLatin1String(s.keyword); });
        if (known != std::end(skipped)) {
            note(statement, Tr::tr("%1 skipped: %2").arg(heading(statement), Tr::tr(known->reason)));
            continue;
        }
        error(statement, Tr::tr("unknown keyword '%1'").arg(keyword));
    }
}

void Reader::readGlobalDefinitions(const KeepalivedStatement &statement)
{
    bool skippedOthers = false;
    for (const KeepalivedStatement &child : statement.children) {
        if (child.keyword() == QLatin1String("lvs_timeouts"))
            readTimeouts(child);
        else if (child.keyword() == QLatin1String("lvs_sync_daemon"))
            note(child, Tr::tr("lvs_sync_daemon skipped: keepalived runs it as master or backup after a VRRP "
                               "instance's state, and VRRP is not modelled"));
        else
            skippedOthers = true;
    }
    if (skippedOthers)
        note(statement, Tr::tr("global_defs: only lvs_timeouts is read; the other settings are not modelled"));
}

void Reader::readTimeouts(const KeepalivedStatement &statement)
{
    if (statement.words.size() < 3) {
        error(statement, Tr::tr("lvs_timeouts needs at least one of tcp N, tcpfin N, udp N"));
        return;
    }
    Timeouts timeouts = m_result.table.timeouts.value_or(Timeouts{});
    for (qsizetype i = 1; i < statement.words.size(); i += 2) {
        const QString &option = statement.words.at(i);
        std::uint32_t *field = option == QLatin1String("tcp") ? &timeouts.tcp
            : option == QLatin1String("tcpfin")                ? &timeouts.tcpFin
            : option == QLatin1String("udp")                   ? &timeouts.udp
                                                               : nullptr;
        if (!field) {
            error(statement, Tr::tr("lvs_timeouts: unknown option '%1' (tcp, tcpfin or udp)").arg(option));
            return;
        }
        const std::optional<std::uint32_t> value =
            i + 1 < statement.words.size() ? numberInRange(statement.words.at(i + 1), 0, maximumTimeout) : std::nullopt;
        if (!value) {
            error(statement, Tr::tr("lvs_timeouts %1 needs a number of seconds from 0 to %2").arg(option).arg(maximumTimeout));
            return;
        }
        // As with ipvsadm --set, 0 leaves the kernel's value (here its default) alone.
        if (*value)
            *field = *value;
    }
    m_result.table.timeouts = timeouts;
}

void Reader::readGroup(const KeepalivedStatement &statement)
{
    if (!hasValue(statement))
        return;
    const QString &name = statement.words.at(1);
    if (!statement.hasBlock) {
        error(statement, Tr::tr("virtual_server_group %1 needs a { } block").arg(name));
        return;
    }
    if (const auto it = m_groups.constFind(name); it != m_groups.cend()) {
        error(statement, Tr::tr("virtual_server_group %1 is already defined at %2").arg(name, where(*it->statement)));
        return;
    }
    Group group{&statement, {}};
    for (const KeepalivedStatement &child : statement.children) {
        if (std::optional<GroupEntry> entry = readGroupEntry(child))
            group.entries.append(*entry);
    }
    if (group.entries.isEmpty()) {
        error(statement, Tr::tr("virtual_server_group %1 has no entries").arg(name));
        return;
    }
    m_groups.insert(name, group);
}

std::optional<GroupEntry> Reader::readGroupEntry(const KeepalivedStatement &statement)
{
    GroupEntry entry;
    entry.statement = &statement;
    if (statement.keyword() == QLatin1String("fwmark")) {
        if (!hasValue(statement))
            return std::nullopt;
        const std::optional<std::uint32_t> mark =
            numberInRange(statement.words.at(1), 1, std::numeric_limits<std::uint32_t>::max());
        if (!mark) {
            error(statement, Tr::tr("fwmark '%1' is not a number from 1 to 4294967295").arg(statement.words.at(1)));
            return std::nullopt;
        }
        entry.isFirewallMark = true;
        entry.firewallMark = *mark;
        if (statement.words.size() > 2) {
            const QString &family = statement.words.at(2);
            if (family == QLatin1String("inet"))
                entry.markFamily = IpAddress::Family::V4;
            else if (family == QLatin1String("inet6"))
                entry.markFamily = IpAddress::Family::V6;
            else {
                error(statement, Tr::tr("fwmark %1: unknown family '%2' (inet or inet6)").arg(*mark).arg(family));
                return std::nullopt;
            }
        }
        return entry;
    }
    const std::optional<QList<IpAddress>> addresses = readRange(statement, statement.keyword());
    if (!addresses)
        return std::nullopt;
    const std::optional<std::uint16_t> port = readPort(statement, 1);
    if (!port)
        return std::nullopt;
    entry.addresses = *addresses;
    entry.port = *port;
    return entry;
}

// keepalived's range forms: 10.0.0.1-10 (last byte), 10.0.0.250-10.0.1.5, 10.0.0.8/29, and
// for IPv6 the last 16 bits in hex (2001:db8::1-f).
std::optional<QList<IpAddress>> Reader::readRange(const KeepalivedStatement &statement, const QString &text)
{
    QString problem;
    std::optional<QList<IpAddress>> addresses = KeepalivedValues::addressRange(text, &problem);
    if (!addresses)
        error(statement, problem);
    return addresses;
}

// A missing port, or one written as zeros, means "no port" (keepalived since 2.0.7).
std::optional<std::uint16_t> Reader::readPort(const KeepalivedStatement &statement, qsizetype index)
{
    if (statement.words.size() <= index)
        return std::uint16_t(0);
    const std::optional<std::uint32_t> port = numberInRange(statement.words.at(index), 0, 65535);
    if (!port) {
        error(statement, Tr::tr("port '%1' is not a number from 0 to 65535").arg(statement.words.at(index)));
        return std::nullopt;
    }
    return std::uint16_t(*port);
}

void Reader::readVirtualServer(const KeepalivedStatement &statement)
{
    PendingService service;
    service.statement = &statement;
    const QStringList &words = statement.words;
    if (words.size() < 2) {
        error(statement, Tr::tr("virtual_server needs an address and port, 'fwmark N' or 'group NAME'"));
        return;
    }
    if (words.at(1) == QLatin1String("fwmark")) {
        const std::optional<std::uint32_t> mark =
            words.size() > 2 ? numberInRange(words.at(2), 1, std::numeric_limits<std::uint32_t>::max()) : std::nullopt;
        if (!mark) {
            error(statement, Tr::tr("virtual_server fwmark needs a number from 1 to 4294967295"));
            return;
        }
        service.kind = PendingService::Kind::FirewallMark;
        service.firewallMark = *mark;
    } else if (words.at(1) == QLatin1String("group")) {
        if (words.size() < 3) {
            error(statement, Tr::tr("virtual_server group needs the name of a virtual_server_group"));
            return;
        }
        service.kind = PendingService::Kind::Group;
        service.group = words.at(2);
    } else {
        const std::optional<IpAddress> address = IpAddress::parse(words.at(1));
        if (!address) {
            error(statement, Tr::tr("'%1' is not an IP address").arg(words.at(1)));
            return;
        }
        const std::optional<std::uint16_t> port = readPort(statement, 2);
        if (!port)
            return;
        service.address = *address;
        service.port = *port;
        service.family = address->family();
    }
    if (!statement.hasBlock) {
        error(statement, Tr::tr("%1 needs a { } block").arg(heading(statement)));
        return;
    }
    for (const KeepalivedStatement &child : statement.children) {
        if (!readServiceStatement(child, service))
            error(child, Tr::tr("unknown keyword '%1' in virtual_server").arg(child.keyword()));
    }
    finishVirtualServer(service);
}

bool Reader::readServiceStatement(const KeepalivedStatement &statement, PendingService &service)
{
    const QString &keyword = statement.keyword();
    VirtualService &attributes = service.attributes;
    auto is = [&](const char *name) { return keyword == QLatin1String(name); };

    if (is("real_server")) {
        readRealServer(statement, service);
    } else if (is("lvs_sched") || is("lb_algo")) {
        if (!hasValue(statement))
            return true;
        const std::optional<Scheduler> scheduler = Schedulers::fromName(statement.words.at(1));
        if (!scheduler) {
            error(statement, Tr::tr("%1 '%2': unknown scheduler").arg(keyword, statement.words.at(1)));
            return true;
        }
        attributes.scheduler = *scheduler;
        service.schedulerGiven = true;
    } else if (is("lvs_method") || is("lb_kind")) {
        if (const std::optional<ForwardingChoice> forwarding = readForwarding(statement))
            service.forwarding = forwarding;
    } else if (is("ops")) {
        attributes.onePacket = true;
    } else if (is("flag-1") || is("flag-2") || is("flag-3") || is("sh-port") || is("sh-fallback")
               || is("mh-port") || is("mh-fallback")) {
        readSchedulerFlag(statement, service);
    } else if (is("hashed")) {
        note(statement, Tr::tr("hashed is obsolete; keepalived ignores it"));
    } else if (is("persistence_timeout")) {
        // keepalived: a bare persistence_timeout means IPVS_SVC_PERSISTENT_TIMEOUT, 360 s.
        std::uint32_t timeout = defaultPersistenceTimeout;
        if (statement.words.size() > 1) {
            const std::optional<std::uint32_t> value = numberInRange(statement.words.at(1), 1, maximumTimeout);
            if (!value) {
                error(statement, Tr::tr("persistence_timeout '%1' is not a number of seconds from 1 to %2")
                                     .arg(statement.words.at(1))
                                     .arg(maximumTimeout));
                return true;
            }
            timeout = *value;
        }
        attributes.persistent = true;
        attributes.persistenceTimeout = timeout;
    } else if (is("persistence_granularity")) {
        readGranularity(statement, service);
    } else if (is("persistence_engine")) {
        if (hasValue(statement))
            attributes.persistenceEngine = statement.words.at(1);
    } else if (is("protocol")) {
        if (!hasValue(statement))
            return true;
        const QString name = statement.words.at(1).toUpper();
        if (name == QLatin1String("TCP"))
            attributes.protocol = Protocol::Tcp;
        else if (name == QLatin1String("UDP"))
            attributes.protocol = Protocol::Udp;
        else if (name == QLatin1String("SCTP"))
            attributes.protocol = Protocol::Sctp;
        else
            error(statement, Tr::tr("protocol '%1': unknown (TCP, UDP or SCTP)").arg(statement.words.at(1)));
    } else if (is("ip_family")) {
        if (!hasValue(statement))
            return true;
        const QString &name = statement.words.at(1);
        const std::optional<IpAddress::Family> family = name == QLatin1String("inet") ? std::optional(IpAddress::Family::V4)
            : name == QLatin1String("inet6") ? std::optional(IpAddress::Family::V6)
                                             : std::nullopt;
        if (!family)
            error(statement, Tr::tr("ip_family '%1': unknown (inet or inet6)").arg(name));
        else if (service.family && *service.family != *family)
            error(statement, Tr::tr("ip_family %1 conflicts with the virtual server's %2 family, set by its address, "
                                    "persistence_granularity or a real server")
                                 .arg(name, familyName(*service.family)));
        else
            service.family = family;
    } else if (is("weight")) {
        // The weight of real servers that give none (keepalived: 1 to INT32_MAX).
        if (!hasValue(statement))
            return true;
        const std::optional<std::uint32_t> weight =
            numberInRange(statement.words.at(1), 1, std::numeric_limits<std::int32_t>::max());
        if (!weight)
            error(statement, Tr::tr("weight '%1' is not a number from 1 to %2")
                                 .arg(statement.words.at(1))
                                 .arg(std::numeric_limits<std::int32_t>::max()));
        else
            service.defaultWeight = *weight;
    } else if (is("sorry_server")) {
        note(statement, Tr::tr("%1 skipped: keepalived adds the sorry server only while no real server is up, "
                               "and the table shows every real server up")
                            .arg(heading(statement)));
    } else if (is("inhibit_on_failure")) {
        ++service.inhibited;
    } else {
        // Health-check timing, quorum and notification settings: nothing the kernel holds.
        static const QSet<QString> ignored{
            QStringLiteral("delay_loop"),   QStringLiteral("connect_timeout"),        QStringLiteral("retry"),
            QStringLiteral("delay_before_retry"), QStringLiteral("warmup"),           QStringLiteral("ha_suspend"),
            QStringLiteral("smtp_alert"),   QStringLiteral("virtualhost"),            QStringLiteral("snmp_name"),
            QStringLiteral("alpha"),        QStringLiteral("omega"),                  QStringLiteral("quorum"),
            QStringLiteral("quorum_up"),    QStringLiteral("quorum_down"),            QStringLiteral("hysteresis"),
            QStringLiteral("sorry_server_inhibit"), QStringLiteral("sorry_server_lvs_method"),
        };
        return ignored.contains(keyword);
    }
    return true;
}

void Reader::readSchedulerFlag(const KeepalivedStatement &statement, PendingService &service)
{
    const QString &flag = statement.keyword();
    const bool named = !flag.startsWith(QLatin1String("flag-"));
    // keepalived checks sh-* and mh-* against the scheduler set so far and ignores them before it.
    if (named && !service.schedulerGiven) {
        error(statement, Tr::tr("%1 must come after 'lvs_sched %2'; keepalived ignores it before")
                             .arg(flag, flag.left(2)));
        return;
    }
    QString message;
    const std::optional<std::uint32_t> bits = SchedulerFlags::parse(service.attributes.scheduler, flag, &message);
    if (!bits) {
        error(statement, message);
        return;
    }
    service.attributes.schedulerFlags |= *bits;
}

// keepalived reads the granularity by the service's family; when that is not known yet
// (a fwmark service), a dot makes it an IPv4 netmask and sets the family.
void Reader::readGranularity(const KeepalivedStatement &statement, PendingService &service)
{
    if (!hasValue(statement))
        return;
    const QString &text = statement.words.at(1);
    const IpAddress::Family family = service.family.value_or(
        text.contains(QLatin1Char('.')) ? IpAddress::Family::V4 : IpAddress::Family::V6);
    std::uint32_t netmask = 0;
    if (family == IpAddress::Family::V6) {
        const std::optional<std::uint32_t> prefix = numberInRange(text, 1, 128);
        if (!prefix) {
            error(statement, Tr::tr("persistence_granularity '%1' is not an IPv6 prefix length from 1 to 128").arg(text));
            return;
        }
        netmask = *prefix;
    } else {
        const std::optional<IpAddress> mask = IpAddress::parse(text);
        if (!mask || !mask->isV4()) {
            error(statement, Tr::tr("persistence_granularity '%1' is not an IPv4 netmask").arg(text));
            return;
        }
        netmask = mask->v4();
    }
    service.persistenceNetmask = netmask;
    service.persistenceNetmaskFamily = family;
    service.family = family;
    // A granularity makes the service persistent, for keepalived's default 360 s.
    if (!service.attributes.persistent) {
        service.attributes.persistent = true;
        service.attributes.persistenceTimeout = defaultPersistenceTimeout;
    }
}

std::optional<ForwardingChoice> Reader::readForwarding(const KeepalivedStatement &statement)
{
    if (!hasValue(statement))
        return std::nullopt;
    const QString &name = statement.words.at(1);
    ForwardingChoice forwarding;
    if (name == QLatin1String("NAT"))
        forwarding.method = ForwardingMethod::Masquerading;
    else if (name == QLatin1String("DR"))
        forwarding.method = ForwardingMethod::DirectRouting;
    else if (name == QLatin1String("TUN"))
        forwarding.method = ForwardingMethod::Tunnelling;
    else {
        error(statement, Tr::tr("%1 '%2': unknown forwarding method (NAT, DR or TUN, in capitals)")
                             .arg(statement.keyword(), name));
        return std::nullopt;
    }
    const QStringList &words = statement.words;
    for (qsizetype i = 2; i < words.size(); ++i) {
        const QString &option = words.at(i);
        if (forwarding.method != ForwardingMethod::Tunnelling) {
            error(statement, Tr::tr("%1 %2: tunnel options such as '%3' need TUN").arg(statement.keyword(), name, option));
            return std::nullopt;
        }
        if (option == QLatin1String("type") && i + 1 < words.size()) {
            const std::optional<TunnelType> type = Forwarding::tunnelTypeFromName(words.at(++i));
            if (!type) {
                error(statement, Tr::tr("unknown tunnel type '%1' (ipip, gue or gre)").arg(words.at(i)));
                return std::nullopt;
            }
            forwarding.tunnelType = *type;
        } else if (option == QLatin1String("port") && i + 1 < words.size()) {
            const std::optional<std::uint32_t> port = numberInRange(words.at(++i), 1, 65535);
            if (!port) {
                error(statement, Tr::tr("tunnel port '%1' is not a number from 1 to 65535").arg(words.at(i)));
                return std::nullopt;
            }
            forwarding.tunnelPort = std::uint16_t(*port);
        } else if (option == QLatin1String("nocsum")) {
            forwarding.tunnelChecksum = TunnelChecksum::None;
        } else if (option == QLatin1String("csum")) {
            forwarding.tunnelChecksum = TunnelChecksum::Checksum;
        } else if (option == QLatin1String("remcsum")) {
            forwarding.tunnelChecksum = TunnelChecksum::RemoteChecksum;
        } else {
            error(statement, Tr::tr("unknown or incomplete tunnel option '%1'").arg(option));
            return std::nullopt;
        }
    }
    // keepalived's own checks (check_parser.c), so that the statement is refused as a whole.
    if ((forwarding.tunnelType == TunnelType::Gue) != (forwarding.tunnelPort != 0)) {
        error(statement, forwarding.tunnelType == TunnelType::Gue ? Tr::tr("a gue tunnel needs 'port N'")
                                                                  : Tr::tr("a tunnel port applies to gue tunnels only"));
        return std::nullopt;
    }
    if (forwarding.tunnelType == TunnelType::Ipip && forwarding.tunnelChecksum != TunnelChecksum::None) {
        error(statement, Tr::tr("ipip tunnels take no checksum option"));
        return std::nullopt;
    }
    if (forwarding.tunnelType == TunnelType::Gre && forwarding.tunnelChecksum == TunnelChecksum::RemoteChecksum) {
        error(statement, Tr::tr("gre tunnels do not support remcsum"));
        return std::nullopt;
    }
    return forwarding;
}

void Reader::readRealServer(const KeepalivedStatement &statement, PendingService &service)
{
    if (!hasValue(statement))
        return;
    const std::optional<IpAddress> address = IpAddress::parse(statement.words.at(1));
    if (!address) {
        error(statement, Tr::tr("'%1' is not an IP address").arg(statement.words.at(1)));
        return;
    }
    const std::optional<std::uint16_t> port = readPort(statement, 2);
    if (!port)
        return;
    if (!statement.hasBlock) {
        error(statement, Tr::tr("%1 needs a { } block").arg(heading(statement)));
        return;
    }
    PendingRealServer server;
    server.statement = &statement;
    server.address = *address;
    server.port = *port;
    // A real server takes the virtual server's method as it stands at this line.
    server.forwarding = service.forwarding;

    static const QSet<QString> checkers{
        QStringLiteral("TCP_CHECK"), QStringLiteral("HTTP_GET"),  QStringLiteral("SSL_GET"),
        QStringLiteral("MISC_CHECK"), QStringLiteral("SMTP_CHECK"), QStringLiteral("DNS_CHECK"),
        QStringLiteral("UDP_CHECK"), QStringLiteral("PING_CHECK"), QStringLiteral("BFD_CHECK"),
        QStringLiteral("FILE_CHECK"), QStringLiteral("track_file"),
    };
    static const QSet<QString> ignored{
        QStringLiteral("notify_up"),   QStringLiteral("notify_down"), QStringLiteral("alpha"),
        QStringLiteral("retry"),       QStringLiteral("delay_before_retry"), QStringLiteral("warmup"),
        QStringLiteral("connect_timeout"), QStringLiteral("delay_loop"), QStringLiteral("smtp_alert"),
        QStringLiteral("virtualhost"), QStringLiteral("snmp_name"),
    };
    for (const KeepalivedStatement &child : statement.children) {
        const QString &keyword = child.keyword();
        if (keyword == QLatin1String("weight")) {
            if (!hasValue(child))
                continue;
            // Range checks are Validation's (0 to 65535), so the message matches ipvsadm's bounds.
            const std::optional<std::uint64_t> weight = number(child.words.at(1));
            if (!weight || *weight > std::numeric_limits<std::uint32_t>::max())
                error(child, Tr::tr("weight '%1' is not a number from 0 to %2").arg(child.words.at(1)).arg(Validation::maximumWeight));
            else
                server.weight = std::uint32_t(*weight);
        } else if (keyword == QLatin1String("lvs_method")) {
            if (const std::optional<ForwardingChoice> forwarding = readForwarding(child))
                server.forwarding = forwarding;
        } else if (keyword == QLatin1String("uthreshold") || keyword == QLatin1String("lthreshold")) {
            if (!hasValue(child))
                continue;
            const std::optional<std::uint32_t> value =
                numberInRange(child.words.at(1), 0, std::numeric_limits<std::uint32_t>::max());
            if (!value)
                error(child, Tr::tr("%1 '%2' is not a number").arg(keyword, child.words.at(1)));
            else
                (keyword.at(0) == QLatin1Char('u') ? server.upperThreshold : server.lowerThreshold) = *value;
        } else if (keyword == QLatin1String("inhibit_on_failure")) {
            // keepalived's check_true_false: a real server may switch it off again.
            static const QStringList off{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off")};
            if (child.words.size() < 2 || !off.contains(child.words.at(1)))
                ++service.inhibited;
        } else if (checkers.contains(keyword)) {
            if (!service.checkers.contains(keyword))
                service.checkers.append(keyword);
        } else if (keyword == QLatin1String("lb_kind")) {
            error(child, Tr::tr("unknown keyword 'lb_kind' in real_server; keepalived takes lvs_method here"));
        } else if (!ignored.contains(keyword)) {
            error(child, Tr::tr("unknown keyword '%1' in real_server").arg(keyword));
        }
    }

    // keepalived checks the family of a real server that is not (yet) tunnelled at its end
    // and skips it when it differs; the first one sets a fwmark service's family.
    const bool tunnelled = server.forwarding && server.forwarding->method == ForwardingMethod::Tunnelling;
    if (!tunnelled) {
        if (!service.family) {
            service.family = address->family();
        } else if (*service.family != address->family()) {
            error(statement, Tr::tr("%1: an %2 real server under an %3 virtual server needs lvs_method TUN; keepalived "
                                    "skips it")
                                 .arg(heading(statement), familyName(address->family()), familyName(*service.family)));
            return;
        }
    }
    service.realServers.append(server);
}

void Reader::finishVirtualServer(PendingService &pending)
{
    const KeepalivedStatement &statement = *pending.statement;
    const QString name = heading(statement);
    if (pending.realServers.isEmpty()) {
        note(statement, Tr::tr("%1 has no real servers: keepalived ignores it").arg(name));
        return;
    }
    const bool anyInherits = std::any_of(pending.realServers.cbegin(), pending.realServers.cend(),
                                         [](const PendingRealServer &server) { return !server.forwarding; });
    if (anyInherits && !pending.forwarding) {
        note(statement, Tr::tr("%1: no lvs_method, so keepalived forwards by NAT (ipvsadm's default is DR)").arg(name));
        pending.forwarding = ForwardingChoice{};
    }
    if (!pending.schedulerGiven)
        note(statement, Tr::tr("%1: no lvs_sched, so keepalived schedules with wlc").arg(name));
    if (!pending.attributes.persistent && !pending.attributes.persistenceEngine.isEmpty()) {
        note(statement, Tr::tr("%1: persistence_engine %2 ignored: keepalived passes it only with persistence")
                            .arg(name, pending.attributes.persistenceEngine));
        pending.attributes.persistenceEngine.clear();
    }
    if (!pending.checkers.isEmpty())
        note(statement, Tr::tr("%1: health checks skipped (%2): they are not modelled, so every real server counts as up")
                            .arg(name, pending.checkers.join(QStringLiteral(", "))));
    if (pending.inhibited)
        note(statement, Tr::tr("%1: inhibit_on_failure: keepalived sets a failed real server's weight to 0 instead of "
                               "removing it; the table shows the configured weights")
                            .arg(name));

    VirtualService base = pending.attributes;
    base.realServers.clear();
    switch (pending.kind) {
    case PendingService::Kind::Address:
        base.address = pending.address;
        base.port = pending.port;
        addService(pending, base);
        break;
    case PendingService::Kind::FirewallMark: {
        // All real servers tunnelled and no family given: theirs if they agree, else IPv4.
        std::optional<IpAddress::Family> family = pending.family;
        if (!family) {
            family = pending.realServers.first().address.family();
            for (const PendingRealServer &server : std::as_const(pending.realServers)) {
                if (server.address.family() != *family)
                    family = IpAddress::Family::V4;
            }
        }
        base.firewallMark = pending.firewallMark;
        base.firewallMarkFamily = *family;
        addService(pending, base);
        break;
    }
    case PendingService::Kind::Group: {
        const auto group = m_groups.constFind(pending.group);
        if (group == m_groups.cend()) {
            error(statement, Tr::tr("virtual_server_group %1 is not defined").arg(pending.group));
            return;
        }
        for (const GroupEntry &entry : group->entries) {
            if (entry.isFirewallMark) {
                VirtualService service = base;
                service.firewallMark = entry.firewallMark;
                service.firewallMarkFamily = entry.markFamily.value_or(pending.family.value_or(IpAddress::Family::V4));
                addService(pending, service);
                continue;
            }
            for (const IpAddress &address : entry.addresses) {
                VirtualService service = base;
                service.address = address;
                service.port = entry.port;
                addService(pending, service);
            }
        }
        break;
    }
    }
}

void Reader::addService(const PendingService &pending, VirtualService service)
{
    const KeepalivedStatement &statement = *pending.statement;
    if (service.persistent) {
        if (!pending.persistenceNetmask) {
            service.persistenceNetmask = service.fullPersistenceNetmask();
        } else if (pending.persistenceNetmaskFamily != service.family()) {
            error(statement, Tr::tr("%1: the %2 persistence_granularity does not fit this %3 service")
                                 .arg(service.displayName(), familyName(pending.persistenceNetmaskFamily),
                                      familyName(service.family())));
            service.persistenceNetmask = service.fullPersistenceNetmask();
        } else {
            service.persistenceNetmask = *pending.persistenceNetmask;
        }
    }

    QList<const KeepalivedStatement *> serverStatements;
    for (const PendingRealServer &pendingServer : pending.realServers) {
        RealServer server;
        server.address = pendingServer.address;
        server.port = pendingServer.port;
        const ForwardingChoice forwarding = pendingServer.forwarding.value_or(pending.forwarding.value_or(ForwardingChoice{}));
        server.forwarding = forwarding.method;
        if (forwarding.method == ForwardingMethod::Tunnelling) {
            server.tunnelType = forwarding.tunnelType;
            server.tunnelPort = forwarding.tunnelPort;
            server.tunnelChecksum = forwarding.tunnelChecksum;
        }
        server.weight = pendingServer.weight.value_or(pending.defaultWeight);
        server.upperThreshold = pendingServer.upperThreshold;
        server.lowerThreshold = pendingServer.lowerThreshold;

        // keepalived's port rules: a real server without a port takes the service's; in a
        // fwmark service only NAT keeps a port, the others lose theirs.
        if (service.isFirewallMark()) {
            if (server.forwarding != ForwardingMethod::Masquerading && server.port != 0) {
                note(*pendingServer.statement,
                     Tr::tr("%1: port %2 ignored: in a fwmark service only NAT real servers have a port")
                         .arg(heading(*pendingServer.statement))
                         .arg(server.port));
                server.port = 0;
            }
        } else if (server.port == 0) {
            server.port = service.port;
        }

        if (const RealServer *twin = service.findRealServer(server.address, server.port)) {
            const qsizetype first = twin - service.realServers.constData();
            error(*pendingServer.statement, Tr::tr("%1: %2 is already a real server of %3 (line %4)")
                                                .arg(heading(*pendingServer.statement), server.endpoint(),
                                                     service.displayName())
                                                .arg(serverStatements.at(first)->line));
            continue;
        }
        service.realServers.append(server);
        serverStatements.append(pendingServer.statement);
    }

    if (const auto defined = m_defined.constFind(service.key()); defined != m_defined.cend()) {
        error(statement, Tr::tr("service %1 is already defined at %2").arg(service.displayName(), where(**defined)));
        return;
    }
    m_defined.insert(service.key(), &statement);

    for (const ValidationIssue &issue : Validation::checkService(service))
        error(statement, issue.message);
    for (qsizetype i = 0; i < service.realServers.size(); ++i) {
        for (const ValidationIssue &issue : Validation::checkRealServer(service, service.realServers.at(i)))
            error(*serverStatements.at(i), Validation::describe(service) + QStringLiteral(", ") + issue.message);
    }
    m_result.table.services.append(service);
}
} // namespace

KeepalivedReadResult KeepalivedReader::parse(const QString &text, const QString &fileName, const KeepalivedFiles &files)
{
    KeepalivedReadResult result;
    KeepalivedSyntax::Result syntax = KeepalivedSyntax::parse(text, fileName, files);
    result.errors = syntax.errors;
    result.notes = syntax.notes;
    Reader(result).read(syntax.statements);
    return result;
}

KeepalivedReadResult KeepalivedReader::readFile(const QString &path, const KeepalivedFiles &files)
{
    const std::optional<QString> text = files.read ? files.read(path) : std::nullopt;
    if (!text) {
        KeepalivedReadResult result;
        result.errors.append({path, 0, Tr::tr("cannot read the file")});
        return result;
    }
    return parse(*text, path, files);
}
