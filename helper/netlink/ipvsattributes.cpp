// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsattributes.h"

#include <netlink/attr.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>

#include <arpa/inet.h>
#include <linux/ip_vs.h>
#include <sys/socket.h>

#include <cstring>

namespace {
int addressFamily(IpAddress::Family family)
{
    return family == IpAddress::Family::V6 ? AF_INET6 : AF_INET;
}

nla_policy servicePolicy[IPVS_SVC_ATTR_MAX + 1];
nla_policy destPolicy[IPVS_DEST_ATTR_MAX + 1];
nla_policy statsPolicy[IPVS_STATS_ATTR_MAX + 1];
nla_policy stats64Policy[IPVS_STATS_ATTR_MAX + 1];
nla_policy daemonPolicy[IPVS_DAEMON_ATTR_MAX + 1];

void initialisePolicies()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    servicePolicy[IPVS_SVC_ATTR_AF] = {NLA_U16, 0, 0};
    servicePolicy[IPVS_SVC_ATTR_PROTOCOL] = {NLA_U16, 0, 0};
    servicePolicy[IPVS_SVC_ATTR_ADDR] = {NLA_UNSPEC, 0, 16};
    servicePolicy[IPVS_SVC_ATTR_PORT] = {NLA_U16, 0, 0};
    servicePolicy[IPVS_SVC_ATTR_FWMARK] = {NLA_U32, 0, 0};
    servicePolicy[IPVS_SVC_ATTR_SCHED_NAME] = {NLA_STRING, 0, IP_VS_SCHEDNAME_MAXLEN};
    servicePolicy[IPVS_SVC_ATTR_FLAGS] = {NLA_UNSPEC, sizeof(ip_vs_flags), sizeof(ip_vs_flags)};
    servicePolicy[IPVS_SVC_ATTR_TIMEOUT] = {NLA_U32, 0, 0};
    servicePolicy[IPVS_SVC_ATTR_NETMASK] = {NLA_U32, 0, 0};
    servicePolicy[IPVS_SVC_ATTR_STATS] = {NLA_NESTED, 0, 0};
    servicePolicy[IPVS_SVC_ATTR_PE_NAME] = {NLA_STRING, 0, IP_VS_PENAME_MAXLEN};
    servicePolicy[IPVS_SVC_ATTR_STATS64] = {NLA_NESTED, 0, 0};
    destPolicy[IPVS_DEST_ATTR_ADDR] = {NLA_UNSPEC, 0, 16};
    destPolicy[IPVS_DEST_ATTR_PORT] = {NLA_U16, 0, 0};
    destPolicy[IPVS_DEST_ATTR_FWD_METHOD] = {NLA_U32, 0, 0};
    destPolicy[IPVS_DEST_ATTR_WEIGHT] = {NLA_U32, 0, 0};
    destPolicy[IPVS_DEST_ATTR_U_THRESH] = {NLA_U32, 0, 0};
    destPolicy[IPVS_DEST_ATTR_L_THRESH] = {NLA_U32, 0, 0};
    destPolicy[IPVS_DEST_ATTR_ACTIVE_CONNS] = {NLA_U32, 0, 0};
    destPolicy[IPVS_DEST_ATTR_INACT_CONNS] = {NLA_U32, 0, 0};
    destPolicy[IPVS_DEST_ATTR_PERSIST_CONNS] = {NLA_U32, 0, 0};
    destPolicy[IPVS_DEST_ATTR_STATS] = {NLA_NESTED, 0, 0};
    destPolicy[IPVS_DEST_ATTR_ADDR_FAMILY] = {NLA_U16, 0, 0};
    destPolicy[IPVS_DEST_ATTR_STATS64] = {NLA_NESTED, 0, 0};
    destPolicy[IPVS_DEST_ATTR_TUN_TYPE] = {NLA_U8, 0, 0};
    destPolicy[IPVS_DEST_ATTR_TUN_PORT] = {NLA_U16, 0, 0};
    destPolicy[IPVS_DEST_ATTR_TUN_FLAGS] = {NLA_U16, 0, 0};
    daemonPolicy[IPVS_DAEMON_ATTR_STATE] = {NLA_U32, 0, 0};
    daemonPolicy[IPVS_DAEMON_ATTR_MCAST_IFN] = {NLA_STRING, 0, IP_VS_IFNAME_MAXLEN - 1};
    daemonPolicy[IPVS_DAEMON_ATTR_SYNC_ID] = {NLA_U32, 0, 0};
    daemonPolicy[IPVS_DAEMON_ATTR_SYNC_MAXLEN] = {NLA_U16, 0, 0};
    daemonPolicy[IPVS_DAEMON_ATTR_MCAST_GROUP] = {NLA_U32, 0, 0};
    daemonPolicy[IPVS_DAEMON_ATTR_MCAST_GROUP6] = {NLA_UNSPEC, 16, 16};
    daemonPolicy[IPVS_DAEMON_ATTR_MCAST_PORT] = {NLA_U16, 0, 0};
    daemonPolicy[IPVS_DAEMON_ATTR_MCAST_TTL] = {NLA_U8, 0, 0};
    // The older STATS nest has 32-bit counters except the byte counts; STATS64 is all
    // 64-bit. Reading one with the other's policy would silently truncate.
    for (int i = IPVS_STATS_ATTR_CONNS; i <= IPVS_STATS_ATTR_OUTBPS; ++i) {
        const bool bytes = i == IPVS_STATS_ATTR_INBYTES || i == IPVS_STATS_ATTR_OUTBYTES;
        statsPolicy[i] = {std::uint16_t(bytes ? NLA_U64 : NLA_U32), 0, 0};
        stats64Policy[i] = {NLA_U64, 0, 0};
    }
}

bool putAddress(nl_msg *message, int attribute, const IpAddress &address)
{
    // The kernel copies into a zeroed 16-byte union: 4 bytes for IPv4, 16 for IPv6.
    return nla_put(message, attribute, address.isV6() ? 16 : 4, address.bytes().data()) == 0;
}

std::optional<IpAddress> readAddress(nlattr *attribute, int family)
{
    std::array<std::uint8_t, 16> bytes{};
    const int length = nla_len(attribute);
    if ((family == AF_INET && length < 4) || (family == AF_INET6 && length < 16) || length > 16)
        return std::nullopt;
    std::memcpy(bytes.data(), nla_data(attribute), size_t(length));
    return IpAddress::fromBytes(family == AF_INET6 ? IpAddress::Family::V6 : IpAddress::Family::V4, bytes);
}

bool parseStats(nlattr *nest, bool wide, Statistics *stats)
{
    nlattr *table[IPVS_STATS_ATTR_MAX + 1];
    if (nla_parse_nested(table, IPVS_STATS_ATTR_MAX, nest, wide ? stats64Policy : statsPolicy) < 0)
        return false;
    auto value = [&](int attribute) -> std::uint64_t {
        if (!table[attribute])
            return 0;
        const bool sixtyFour = wide || attribute == IPVS_STATS_ATTR_INBYTES || attribute == IPVS_STATS_ATTR_OUTBYTES;
        return sixtyFour ? nla_get_u64(table[attribute]) : nla_get_u32(table[attribute]);
    };
    *stats = Statistics{value(IPVS_STATS_ATTR_CONNS), value(IPVS_STATS_ATTR_INPKTS), value(IPVS_STATS_ATTR_OUTPKTS),
                        value(IPVS_STATS_ATTR_INBYTES), value(IPVS_STATS_ATTR_OUTBYTES), value(IPVS_STATS_ATTR_CPS),
                        value(IPVS_STATS_ATTR_INPPS), value(IPVS_STATS_ATTR_OUTPPS), value(IPVS_STATS_ATTR_INBPS),
                        value(IPVS_STATS_ATTR_OUTBPS)};
    return true;
}
} // namespace

void IpvsAttributes::MessageDeleter::operator()(nl_msg *message) const
{
    nlmsg_free(message);
}

IpvsAttributes::Message IpvsAttributes::newMessage(int family, int command, int flags)
{
    Message message(nlmsg_alloc());
    if (message && !genlmsg_put(message.get(), NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, flags, std::uint8_t(command),
                                IPVS_GENL_VERSION))
        message.reset();
    return message;
}

bool IpvsAttributes::putService(nl_msg *message, const VirtualService &service, bool full)
{
    nlattr *nest = nla_nest_start(message, IPVS_CMD_ATTR_SERVICE);
    if (!nest)
        return false;
    bool ok = nla_put_u16(message, IPVS_SVC_ATTR_AF, std::uint16_t(addressFamily(service.family()))) == 0;
    if (service.isFirewallMark()) {
        ok = ok && nla_put_u32(message, IPVS_SVC_ATTR_FWMARK, service.firewallMark) == 0;
    } else {
        ok = ok && nla_put_u16(message, IPVS_SVC_ATTR_PROTOCOL, std::uint16_t(service.protocol)) == 0
            && putAddress(message, IPVS_SVC_ATTR_ADDR, service.address)
            && nla_put_u16(message, IPVS_SVC_ATTR_PORT, htons(service.port)) == 0;
    }
    if (full) {
        ip_vs_flags flags{};
        flags.flags = (service.persistent ? IP_VS_SVC_F_PERSISTENT : 0u) | (service.onePacket ? IP_VS_SVC_F_ONEPACKET : 0u)
            | (service.schedulerFlags & (IP_VS_SVC_F_SCHED1 | IP_VS_SVC_F_SCHED2 | IP_VS_SVC_F_SCHED3));
        // As ipvsadm does: every bit is ours to set. HASHED is the kernel's own; it sets
        // it again itself on every add and edit.
        flags.mask = ~0u;
        // IPv4's netmask travels in network order; IPv6's is a prefix length.
        const std::uint32_t netmask = service.family() == IpAddress::Family::V6 ? service.persistenceNetmask
                                                                                 : htonl(service.persistenceNetmask);
        ok = ok && nla_put_string(message, IPVS_SVC_ATTR_SCHED_NAME, qPrintable(Schedulers::name(service.scheduler))) == 0
            && nla_put(message, IPVS_SVC_ATTR_FLAGS, sizeof flags, &flags) == 0
            && nla_put_u32(message, IPVS_SVC_ATTR_TIMEOUT, service.persistenceTimeout) == 0
            && nla_put_u32(message, IPVS_SVC_ATTR_NETMASK, netmask) == 0;
        if (!service.persistenceEngine.isEmpty())
            ok = ok && nla_put_string(message, IPVS_SVC_ATTR_PE_NAME, qPrintable(service.persistenceEngine)) == 0;
    }
    nla_nest_end(message, nest);
    return ok;
}

bool IpvsAttributes::putRealServer(nl_msg *message, const VirtualService &, const RealServer &server, bool full)
{
    nlattr *nest = nla_nest_start(message, IPVS_CMD_ATTR_DEST);
    if (!nest)
        return false;
    bool ok = putAddress(message, IPVS_DEST_ATTR_ADDR, server.address)
        && nla_put_u16(message, IPVS_DEST_ATTR_PORT, htons(server.port)) == 0
        && nla_put_u16(message, IPVS_DEST_ATTR_ADDR_FAMILY, std::uint16_t(addressFamily(server.address.family()))) == 0;
    if (full) {
        ok = ok && nla_put_u32(message, IPVS_DEST_ATTR_FWD_METHOD, std::uint32_t(server.forwarding)) == 0
            && nla_put_u32(message, IPVS_DEST_ATTR_WEIGHT, server.weight) == 0
            && nla_put_u32(message, IPVS_DEST_ATTR_U_THRESH, server.upperThreshold) == 0
            && nla_put_u32(message, IPVS_DEST_ATTR_L_THRESH, server.lowerThreshold) == 0;
        if (server.forwarding == ForwardingMethod::Tunnelling) {
            ok = ok && nla_put_u8(message, IPVS_DEST_ATTR_TUN_TYPE, std::uint8_t(server.tunnelType)) == 0
                && nla_put_u16(message, IPVS_DEST_ATTR_TUN_PORT, htons(server.tunnelPort)) == 0
                && nla_put_u16(message, IPVS_DEST_ATTR_TUN_FLAGS, std::uint16_t(server.tunnelChecksum)) == 0;
        }
    }
    nla_nest_end(message, nest);
    return ok;
}

std::optional<VirtualService> IpvsAttributes::parseService(nlattr *nest, QString *error)
{
    initialisePolicies();
    nlattr *table[IPVS_SVC_ATTR_MAX + 1];
    if (!nest || nla_parse_nested(table, IPVS_SVC_ATTR_MAX, nest, servicePolicy) < 0) {
        *error = QStringLiteral("a service in the kernel's reply is malformed");
        return std::nullopt;
    }
    auto missing = [&](const char *what) {
        *error = QStringLiteral("a service in the kernel's reply has no %1").arg(QLatin1String(what));
        return std::nullopt;
    };
    if (!table[IPVS_SVC_ATTR_AF])
        return missing("address family");
    const int family = nla_get_u16(table[IPVS_SVC_ATTR_AF]);
    VirtualService service;
    if (table[IPVS_SVC_ATTR_FWMARK] && nla_get_u32(table[IPVS_SVC_ATTR_FWMARK])) {
        service.firewallMark = nla_get_u32(table[IPVS_SVC_ATTR_FWMARK]);
        service.firewallMarkFamily = family == AF_INET6 ? IpAddress::Family::V6 : IpAddress::Family::V4;
    } else {
        if (!table[IPVS_SVC_ATTR_PROTOCOL] || !table[IPVS_SVC_ATTR_ADDR] || !table[IPVS_SVC_ATTR_PORT])
            return missing("protocol, address or port");
        const auto protocol = nla_get_u16(table[IPVS_SVC_ATTR_PROTOCOL]);
        if (protocol != IPPROTO_TCP && protocol != IPPROTO_UDP && protocol != IPPROTO_SCTP) {
            *error = QStringLiteral("a service in the kernel's reply has protocol %1").arg(protocol);
            return std::nullopt;
        }
        service.protocol = Protocol(protocol);
        const auto address = readAddress(table[IPVS_SVC_ATTR_ADDR], family);
        if (!address)
            return missing("valid address");
        service.address = *address;
        service.port = ntohs(nla_get_u16(table[IPVS_SVC_ATTR_PORT]));
    }
    if (!table[IPVS_SVC_ATTR_SCHED_NAME] || !table[IPVS_SVC_ATTR_FLAGS])
        return missing("scheduler or flags");
    const QString scheduler = QString::fromLatin1(nla_get_string(table[IPVS_SVC_ATTR_SCHED_NAME]));
    const auto known = Schedulers::fromName(scheduler);
    if (!known) {
        *error = QStringLiteral("service %1 has a scheduler LVS Studio does not know: '%2'")
                     .arg(service.displayName(), scheduler);
        return std::nullopt;
    }
    service.scheduler = *known;
    ip_vs_flags flags{};
    std::memcpy(&flags, nla_data(table[IPVS_SVC_ATTR_FLAGS]), sizeof flags);
    service.persistent = flags.flags & IP_VS_SVC_F_PERSISTENT;
    service.onePacket = flags.flags & IP_VS_SVC_F_ONEPACKET;
    service.schedulerFlags = flags.flags & (IP_VS_SVC_F_SCHED1 | IP_VS_SVC_F_SCHED2 | IP_VS_SVC_F_SCHED3);
    if (table[IPVS_SVC_ATTR_TIMEOUT])
        service.persistenceTimeout = nla_get_u32(table[IPVS_SVC_ATTR_TIMEOUT]);
    if (table[IPVS_SVC_ATTR_NETMASK]) {
        const std::uint32_t netmask = nla_get_u32(table[IPVS_SVC_ATTR_NETMASK]);
        service.persistenceNetmask = service.family() == IpAddress::Family::V6 ? netmask : ntohl(netmask);
    }
    if (table[IPVS_SVC_ATTR_PE_NAME])
        service.persistenceEngine = QString::fromLatin1(nla_get_string(table[IPVS_SVC_ATTR_PE_NAME]));
    if (table[IPVS_SVC_ATTR_STATS64])
        parseStats(table[IPVS_SVC_ATTR_STATS64], true, &service.stats);
    else if (table[IPVS_SVC_ATTR_STATS])
        parseStats(table[IPVS_SVC_ATTR_STATS], false, &service.stats);
    return service;
}

std::optional<RealServer> IpvsAttributes::parseRealServer(nlattr *nest, QString *error)
{
    initialisePolicies();
    nlattr *table[IPVS_DEST_ATTR_MAX + 1];
    if (!nest || nla_parse_nested(table, IPVS_DEST_ATTR_MAX, nest, destPolicy) < 0) {
        *error = QStringLiteral("a real server in the kernel's reply is malformed");
        return std::nullopt;
    }
    if (!table[IPVS_DEST_ATTR_ADDR] || !table[IPVS_DEST_ATTR_PORT] || !table[IPVS_DEST_ATTR_FWD_METHOD]
        || !table[IPVS_DEST_ATTR_WEIGHT]) {
        *error = QStringLiteral("a real server in the kernel's reply lacks its address, port, forwarding or weight");
        return std::nullopt;
    }
    const int family = table[IPVS_DEST_ATTR_ADDR_FAMILY] ? nla_get_u16(table[IPVS_DEST_ATTR_ADDR_FAMILY]) : AF_INET;
    const auto address = readAddress(table[IPVS_DEST_ATTR_ADDR], family);
    if (!address) {
        *error = QStringLiteral("a real server in the kernel's reply has a malformed address");
        return std::nullopt;
    }
    RealServer server;
    server.address = *address;
    server.port = ntohs(nla_get_u16(table[IPVS_DEST_ATTR_PORT]));
    server.forwarding = ForwardingMethod(nla_get_u32(table[IPVS_DEST_ATTR_FWD_METHOD]) & IP_VS_CONN_F_FWD_MASK);
    if (std::uint32_t(server.forwarding) > std::uint32_t(ForwardingMethod::DirectRouting)) {
        *error = QStringLiteral("real server %1 has forwarding method %2").arg(server.endpoint()).arg(int(server.forwarding));
        return std::nullopt;
    }
    server.weight = nla_get_u32(table[IPVS_DEST_ATTR_WEIGHT]);
    if (table[IPVS_DEST_ATTR_U_THRESH])
        server.upperThreshold = nla_get_u32(table[IPVS_DEST_ATTR_U_THRESH]);
    if (table[IPVS_DEST_ATTR_L_THRESH])
        server.lowerThreshold = nla_get_u32(table[IPVS_DEST_ATTR_L_THRESH]);
    if (table[IPVS_DEST_ATTR_ACTIVE_CONNS])
        server.connections.active = nla_get_u32(table[IPVS_DEST_ATTR_ACTIVE_CONNS]);
    if (table[IPVS_DEST_ATTR_INACT_CONNS])
        server.connections.inactive = nla_get_u32(table[IPVS_DEST_ATTR_INACT_CONNS]);
    if (table[IPVS_DEST_ATTR_PERSIST_CONNS])
        server.connections.persistent = nla_get_u32(table[IPVS_DEST_ATTR_PERSIST_CONNS]);
    // The kernel sends the tunnel fields for every real server, zero when unused.
    if (server.forwarding == ForwardingMethod::Tunnelling) {
        if (table[IPVS_DEST_ATTR_TUN_TYPE])
            server.tunnelType = TunnelType(std::min<int>(nla_get_u8(table[IPVS_DEST_ATTR_TUN_TYPE]), 2));
        if (table[IPVS_DEST_ATTR_TUN_PORT])
            server.tunnelPort = ntohs(nla_get_u16(table[IPVS_DEST_ATTR_TUN_PORT]));
        if (table[IPVS_DEST_ATTR_TUN_FLAGS])
            server.tunnelChecksum = TunnelChecksum(std::min<int>(nla_get_u16(table[IPVS_DEST_ATTR_TUN_FLAGS]), 2));
    }
    if (table[IPVS_DEST_ATTR_STATS64])
        parseStats(table[IPVS_DEST_ATTR_STATS64], true, &server.stats);
    else if (table[IPVS_DEST_ATTR_STATS])
        parseStats(table[IPVS_DEST_ATTR_STATS], false, &server.stats);
    return server;
}

bool IpvsAttributes::putDaemon(nl_msg *message, const SyncDaemon &daemon, bool full)
{
    nlattr *nest = nla_nest_start(message, IPVS_CMD_ATTR_DAEMON);
    if (!nest)
        return false;
    bool ok = nla_put_u32(message, IPVS_DAEMON_ATTR_STATE,
                          daemon.role == SyncDaemon::Role::Master ? IP_VS_STATE_MASTER : IP_VS_STATE_BACKUP)
        == 0;
    if (full) {
        const QByteArray interface = daemon.interface.toLatin1();
        ok = ok && nla_put_string(message, IPVS_DAEMON_ATTR_MCAST_IFN, interface.constData()) == 0
            && nla_put_u32(message, IPVS_DAEMON_ATTR_SYNC_ID, daemon.syncId) == 0;
        if (daemon.maxLength)
            ok = ok && nla_put_u16(message, IPVS_DAEMON_ATTR_SYNC_MAXLEN, daemon.maxLength) == 0;
        // The group travels in network order (nla_get_in_addr), the port in host order.
        if (daemon.group.isV4())
            ok = ok && nla_put(message, IPVS_DAEMON_ATTR_MCAST_GROUP, 4, daemon.group.bytes().data()) == 0;
        else if (daemon.group.isV6())
            ok = ok && nla_put(message, IPVS_DAEMON_ATTR_MCAST_GROUP6, 16, daemon.group.bytes().data()) == 0;
        if (daemon.port)
            ok = ok && nla_put_u16(message, IPVS_DAEMON_ATTR_MCAST_PORT, daemon.port) == 0;
        if (daemon.ttl)
            ok = ok && nla_put_u8(message, IPVS_DAEMON_ATTR_MCAST_TTL, daemon.ttl) == 0;
    }
    nla_nest_end(message, nest);
    return ok;
}

std::optional<SyncDaemon> IpvsAttributes::parseDaemon(nlattr *nest, QString *error)
{
    initialisePolicies();
    nlattr *table[IPVS_DAEMON_ATTR_MAX + 1];
    if (!nest || nla_parse_nested(table, IPVS_DAEMON_ATTR_MAX, nest, daemonPolicy) < 0) {
        *error = QStringLiteral("a sync daemon in the kernel's reply is malformed");
        return std::nullopt;
    }
    if (!table[IPVS_DAEMON_ATTR_STATE] || !table[IPVS_DAEMON_ATTR_MCAST_IFN] || !table[IPVS_DAEMON_ATTR_SYNC_ID]) {
        *error = QStringLiteral("a sync daemon in the kernel's reply lacks its state, interface or sync id");
        return std::nullopt;
    }
    SyncDaemon daemon;
    const std::uint32_t state = nla_get_u32(table[IPVS_DAEMON_ATTR_STATE]);
    if (state != IP_VS_STATE_MASTER && state != IP_VS_STATE_BACKUP) {
        *error = QStringLiteral("a sync daemon in the kernel's reply has state %1").arg(state);
        return std::nullopt;
    }
    daemon.role = state == IP_VS_STATE_MASTER ? SyncDaemon::Role::Master : SyncDaemon::Role::Backup;
    daemon.interface = QString::fromLatin1(nla_get_string(table[IPVS_DAEMON_ATTR_MCAST_IFN]));
    daemon.syncId = std::uint8_t(nla_get_u32(table[IPVS_DAEMON_ATTR_SYNC_ID]));
    // The kernel reports its effective values (the default group, port, TTL and its
    // length from the MTU); they are kept as reported, as ipvsadm --list --daemon shows them.
    if (table[IPVS_DAEMON_ATTR_SYNC_MAXLEN])
        daemon.maxLength = nla_get_u16(table[IPVS_DAEMON_ATTR_SYNC_MAXLEN]);
    if (table[IPVS_DAEMON_ATTR_MCAST_GROUP]) {
        std::array<std::uint8_t, 16> bytes{};
        std::memcpy(bytes.data(), nla_data(table[IPVS_DAEMON_ATTR_MCAST_GROUP]), 4);
        daemon.group = IpAddress::fromBytes(IpAddress::Family::V4, bytes);
    } else if (table[IPVS_DAEMON_ATTR_MCAST_GROUP6]) {
        std::array<std::uint8_t, 16> bytes{};
        std::memcpy(bytes.data(), nla_data(table[IPVS_DAEMON_ATTR_MCAST_GROUP6]), 16);
        daemon.group = IpAddress::fromBytes(IpAddress::Family::V6, bytes);
    }
    if (table[IPVS_DAEMON_ATTR_MCAST_PORT])
        daemon.port = nla_get_u16(table[IPVS_DAEMON_ATTR_MCAST_PORT]);
    if (table[IPVS_DAEMON_ATTR_MCAST_TTL])
        daemon.ttl = nla_get_u8(table[IPVS_DAEMON_ATTR_MCAST_TTL]);
    return daemon;
}
