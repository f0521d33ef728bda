// SPDX-License-Identifier: GPL-2.0-or-later
#include "virtualservice.h"

#include <QHashFunctions>

#include <algorithm>

QString Protocols::name(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Tcp:
        return QStringLiteral("TCP");
    case Protocol::Udp:
        return QStringLiteral("UDP");
    case Protocol::Sctp:
        return QStringLiteral("SCTP");
    }
    return QStringLiteral("?");
}

size_t qHash(const ServiceKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.firewallMark, int(key.family), int(key.protocol), key.address, key.port);
}

ServiceKey VirtualService::key() const
{
    // The kernel ignores protocol, address and port of a fwmark service.
    if (isFirewallMark())
        return ServiceKey{firewallMark, firewallMarkFamily, Protocol::Tcp, IpAddress(), 0};
    return ServiceKey{0, address.family(), protocol, address, port};
}

QString VirtualService::displayName() const
{
    if (isFirewallMark()) {
        QString name = QStringLiteral("FWM ") + QString::number(firewallMark);
        if (firewallMarkFamily == IpAddress::Family::V6)
            name += QStringLiteral(" IPv6");
        return name;
    }
    return Protocols::name(protocol) + QLatin1Char(' ') + address.toStringWithPort(port);
}

bool VirtualService::sameServiceAttributes(const VirtualService &other) const
{
    const bool persistenceMatters = persistent || other.persistent;
    return key() == other.key() && scheduler == other.scheduler && schedulerFlags == other.schedulerFlags
        && persistent == other.persistent
        && (!persistenceMatters
            || (persistenceTimeout == other.persistenceTimeout
                && persistenceNetmask == other.persistenceNetmask))
        && persistenceEngine == other.persistenceEngine && onePacket == other.onePacket;
}

bool VirtualService::sameConfiguration(const VirtualService &other) const
{
    if (!sameServiceAttributes(other) || realServers.size() != other.realServers.size())
        return false;
    return std::all_of(realServers.cbegin(), realServers.cend(), [&](const RealServer &mine) {
        const RealServer *theirs = other.findRealServer(mine.address, mine.port);
        return theirs && mine.sameConfiguration(*theirs);
    });
}

RealServer *VirtualService::findRealServer(const IpAddress &address, std::uint16_t port)
{
    auto it = std::find_if(realServers.begin(), realServers.end(), [&](const RealServer &server) {
        return server.address == address && server.port == port;
    });
    return it == realServers.end() ? nullptr : &*it;
}

const RealServer *VirtualService::findRealServer(const IpAddress &address, std::uint16_t port) const
{
    return const_cast<VirtualService *>(this)->findRealServer(address, port);
}
