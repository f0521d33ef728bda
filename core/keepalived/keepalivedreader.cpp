// SPDX-License-Identifier: GPL-2.0-or-later
#include "keepalivedreading.h"

namespace KeepalivedReading {
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
} // namespace KeepalivedReading

using KeepalivedReading::Reader;
using KeepalivedReader::Tr;

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
