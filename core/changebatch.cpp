// SPDX-License-Identifier: GPL-2.0-or-later
#include "changebatch.h"

#include "compactcodec.h"

namespace {
using CompactCodec::Reader;
using CompactCodec::Writer;
using Kind = TableChange::Kind;
constexpr char magic[4] = {'L', 'V', 'S', 'C'};
constexpr std::uint64_t version = 1;

bool isServerChange(Kind kind)
{
    return kind == Kind::AddServer || kind == Kind::EditServer || kind == Kind::DeleteServer;
}

void readService(Reader &in, VirtualService &service)
{
    const auto protocol = in.number<std::uint16_t>("protocol");
    if (in.ok() && protocol != quint16(Protocol::Tcp) && protocol != quint16(Protocol::Udp)
        && protocol != quint16(Protocol::Sctp))
        in.fail(QStringLiteral("unknown protocol (%1)").arg(protocol));
    service.protocol = in.ok() ? Protocol(protocol) : Protocol::Tcp;
    service.address = in.address();
    service.port = in.number<std::uint16_t>("service port");
    service.firewallMark = in.number<std::uint32_t>("firewall mark");
    service.firewallMarkFamily = in.enumeration<IpAddress::Family>(std::uint8_t(IpAddress::Family::V6), "address family");
    service.scheduler = in.enumeration<Scheduler>(std::uint8_t(Scheduler::TwoRandomChoices), "scheduler");
    service.schedulerFlags = in.number<std::uint32_t>("scheduler flags");
    service.persistent = in.boolean("persistence flag");
    service.persistenceTimeout = in.number<std::uint32_t>("persistence timeout");
    service.persistenceNetmask = in.number<std::uint32_t>("persistence netmask");
    service.persistenceEngine = in.string("persistence engine");
    service.onePacket = in.boolean("one-packet flag");
}

void readServer(Reader &in, RealServer &server)
{
    server.address = in.address();
    server.port = in.number<std::uint16_t>("real-server port");
    server.forwarding = in.enumeration<ForwardingMethod>(std::uint8_t(ForwardingMethod::DirectRouting), "forwarding method");
    server.weight = in.number<std::uint32_t>("weight");
    server.upperThreshold = in.number<std::uint32_t>("upper threshold");
    server.lowerThreshold = in.number<std::uint32_t>("lower threshold");
    server.tunnelType = in.enumeration<TunnelType>(std::uint8_t(TunnelType::Gre), "tunnel type");
    server.tunnelPort = in.number<std::uint16_t>("tunnel port");
    server.tunnelChecksum = in.enumeration<TunnelChecksum>(std::uint8_t(TunnelChecksum::RemoteChecksum), "tunnel checksum");
}
} // namespace

QByteArray ChangeBatch::encode(const QList<TableChange> &changes)
{
    using u64 = std::uint64_t;
    Writer out(16 + changes.size() * 40);
    out.raw(magic, sizeof magic);
    out << version << u64(changes.size());
    for (const TableChange &change : changes) {
        out << u64(change.kind);
        if (change.kind == Kind::SetTimeouts) {
            out << change.timeouts.tcp << change.timeouts.tcpFin << change.timeouts.udp;
            continue;
        }
        const VirtualService &service = change.service;
        out << u64(service.protocol) << service.address << service.port << service.firewallMark
            << u64(service.firewallMarkFamily) << u64(service.scheduler) << service.schedulerFlags
            << u64(service.persistent) << service.persistenceTimeout << service.persistenceNetmask
            << service.persistenceEngine << u64(service.onePacket);
        if (isServerChange(change.kind)) {
            const RealServer &server = change.server;
            out << server.address << server.port << u64(server.forwarding) << server.weight << server.upperThreshold
                << server.lowerThreshold << u64(server.tunnelType) << server.tunnelPort << u64(server.tunnelChecksum);
        }
    }
    return out.take();
}

bool ChangeBatch::decode(const QByteArray &bytes, QList<TableChange> *changes, QString *error)
{
    Reader in(bytes);
    char header[sizeof magic] = {};
    if (in.bytes(header, sizeof header) && !std::equal(header, header + sizeof header, magic))
        in.fail(QStringLiteral("it is not an LVS Studio change batch"));
    const std::uint64_t format = in.varint();
    if (in.ok() && format != version)
        in.fail(QStringLiteral("it is in format %1; this helper reads format %2").arg(format).arg(version));
    const quint32 count = in.count("changes");
    QList<TableChange> result;
    result.reserve(std::min<quint32>(count, 65536));
    quint32 index = 0;
    for (; index < count && in.ok(); ++index) {
        TableChange change;
        change.kind = in.enumeration<Kind>(std::uint64_t(Kind::SetTimeouts), "change kind");
        if (in.ok() && change.kind == Kind::SetTimeouts) {
            change.timeouts.tcp = in.number<std::uint32_t>("TCP timeout");
            change.timeouts.tcpFin = in.number<std::uint32_t>("TCP FIN timeout");
            change.timeouts.udp = in.number<std::uint32_t>("UDP timeout");
        } else if (in.ok()) {
            readService(in, change.service);
            if (isServerChange(change.kind))
                readServer(in, change.server);
        }
        result.append(change);
    }
    if (in.ok() && !in.atEnd())
        in.fail(QStringLiteral("it has bytes after the last change"));
    if (!in.ok()) {
        *error = index > 0 && index <= count
            ? QStringLiteral("the change batch cannot be read: change %1 of %2: %3").arg(index).arg(count).arg(in.problem())
            : QStringLiteral("the change batch cannot be read: %1").arg(in.problem());
        return false;
    }
    *changes = std::move(result);
    return true;
}
