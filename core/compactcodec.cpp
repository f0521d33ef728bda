// SPDX-License-Identifier: GPL-2.0-or-later
#include "compactcodec.h"

void CompactCodec::writeServiceConfiguration(Writer &out, const VirtualService &service)
{
    using u64 = std::uint64_t;
    out << u64(service.protocol) << service.address << service.port << service.firewallMark
        << u64(service.firewallMarkFamily) << u64(service.scheduler) << service.schedulerFlags << u64(service.persistent)
        << service.persistenceTimeout << service.persistenceNetmask << service.persistenceEngine << u64(service.onePacket);
}

void CompactCodec::readServiceConfiguration(Reader &in, VirtualService &service)
{
    const auto protocol = in.number<std::uint16_t>("protocol");
    if (in.ok() && protocol != quint16(Protocol::Tcp) && protocol != quint16(Protocol::Udp)
        && protocol != quint16(Protocol::Sctp))
        in.fail(QStringLiteral("it has an unknown protocol (%1)").arg(protocol));
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

void CompactCodec::writeRealServerConfiguration(Writer &out, const RealServer &server)
{
    using u64 = std::uint64_t;
    out << server.address << server.port << u64(server.forwarding) << server.weight << server.upperThreshold
        << server.lowerThreshold << u64(server.tunnelType) << server.tunnelPort << u64(server.tunnelChecksum);
}

void CompactCodec::readRealServerConfiguration(Reader &in, RealServer &server)
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
