// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablesnapshot.h"

#include "compactcodec.h"

namespace {
constexpr char magic[4] = {'L', 'V', 'S', 'T'};
constexpr std::uint64_t version = 1;
using CompactCodec::Reader;
using CompactCodec::Writer;

} // namespace

QByteArray TableSnapshot::encode(const IpvsTable &table)
{
    using u64 = std::uint64_t;
    Writer out(256 + table.services.size() * 64 + table.realServerCount() * 48);
    out.raw(magic, sizeof magic);
    out << version;
    const Timeouts timeouts = table.timeouts.value_or(Timeouts{});
    out << u64(table.timeouts.has_value()) << timeouts.tcp << timeouts.tcpFin << timeouts.udp;
    out << u64(table.syncDaemons.size());
    for (const SyncDaemon &daemon : table.syncDaemons) {
        out << u64(daemon.role) << daemon.interface << daemon.syncId << daemon.maxLength << daemon.group << daemon.port
            << daemon.ttl;
    }
    out << u64(table.services.size());
    for (const VirtualService &service : table.services) {
        CompactCodec::writeServiceConfiguration(out, service);
        out << service.stats;
        out << u64(service.realServers.size());
        for (const RealServer &server : service.realServers) {
            CompactCodec::writeRealServerConfiguration(out, server);
            out << server.connections.active << server.connections.inactive << server.connections.persistent
                << server.stats;
        }
    }
    return out.take();
}

bool TableSnapshot::decode(const QByteArray &bytes, IpvsTable *table, QString *error)
{
    Reader in(bytes);
    char header[sizeof magic] = {};
    if (in.bytes(header, sizeof header) && !std::equal(header, header + sizeof header, magic))
        in.fail(QStringLiteral("it is not an LVS Studio table snapshot"));
    const std::uint64_t format = in.varint();
    if (in.ok() && format != version)
        in.fail(QStringLiteral("it is in format %1; this version of LVS Studio reads format %2").arg(format).arg(version));

    IpvsTable result;
    const bool hasTimeouts = in.boolean("timeouts flag");
    Timeouts timeouts;
    timeouts.tcp = in.number<std::uint32_t>("TCP timeout");
    timeouts.tcpFin = in.number<std::uint32_t>("TCP FIN timeout");
    timeouts.udp = in.number<std::uint32_t>("UDP timeout");
    if (hasTimeouts)
        result.timeouts = timeouts;

    for (quint32 i = 0, count = in.count("sync daemons"); i < count && in.ok(); ++i) {
        SyncDaemon daemon;
        daemon.role = in.enumeration<SyncDaemon::Role>(1, "sync daemon role");
        daemon.interface = in.string("interface name");
        daemon.syncId = in.number<std::uint8_t>("sync id");
        daemon.maxLength = in.number<std::uint16_t>("sync maximum length");
        daemon.group = in.address();
        daemon.port = in.number<std::uint16_t>("sync port");
        daemon.ttl = in.number<std::uint8_t>("sync TTL");
        result.syncDaemons.append(daemon);
    }
    const quint32 serviceCount = in.count("services");
    result.services.reserve(std::min<quint32>(serviceCount, 65536));
    for (quint32 i = 0; i < serviceCount && in.ok(); ++i) {
        VirtualService service;
        CompactCodec::readServiceConfiguration(in, service);
        service.stats = in.statistics();
        const quint32 serverCount = in.count("real servers");
        service.realServers.reserve(std::min<quint32>(serverCount, 4096));
        for (quint32 j = 0; j < serverCount && in.ok(); ++j) {
            RealServer server;
            CompactCodec::readRealServerConfiguration(in, server);
            server.connections.active = in.number<std::uint32_t>("active connections");
            server.connections.inactive = in.number<std::uint32_t>("inactive connections");
            server.connections.persistent = in.number<std::uint32_t>("persistent connections");
            server.stats = in.statistics();
            if (in.ok() && server.address.isNull())
                in.fail(QStringLiteral("real server %1 of service %2 has no address").arg(j + 1).arg(i + 1));
            service.realServers.append(server);
        }
        if (in.ok() && !service.isFirewallMark() && service.address.isNull())
            in.fail(QStringLiteral("service %1 has neither an address nor a firewall mark").arg(i + 1));
        result.services.append(std::move(service));
    }
    if (in.ok() && !in.atEnd())
        in.fail(QStringLiteral("it has bytes after the table"));
    if (!in.ok()) {
        *error = QStringLiteral("the helper's table snapshot cannot be read: %1").arg(in.problem());
        return false;
    }
    *table = std::move(result);
    return true;
}
