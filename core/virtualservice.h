// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipaddress.h"
#include "realserver.h"
#include "scheduler.h"
#include "statistics.h"

#include <QList>
#include <QString>

#include <cstdint>

/// Transport protocol of an address:port service (IPPROTO_* numbers).
enum class Protocol : std::uint16_t { Tcp = 6, Udp = 17, Sctp = 132 };

namespace Protocols {
QString name(Protocol protocol); ///< "TCP", "UDP", "SCTP" as ipvsadm lists them
}

/// ipvsadm's default persistence timeout when -p has no value (IPVS_SVC_PERSISTENT_TIMEOUT).
constexpr std::uint32_t defaultPersistenceTimeout = 360;

/**
 * What identifies a virtual service to the kernel: (family, firewall mark) for a
 * fwmark service, (family, protocol, address, port) otherwise.
 */
struct ServiceKey {
    std::uint32_t firewallMark = 0;
    IpAddress::Family family = IpAddress::Family::V4;
    Protocol protocol = Protocol::Tcp;
    IpAddress address;
    std::uint16_t port = 0;

    friend bool operator==(const ServiceKey &, const ServiceKey &) = default;
};
size_t qHash(const ServiceKey &key, size_t seed = 0) noexcept;

/// A virtual service and its real servers, as the kernel holds it.
struct VirtualService {
    // Identity: an address:port service unless firewallMark is non-zero.
    Protocol protocol = Protocol::Tcp;
    IpAddress address;
    std::uint16_t port = 0;
    std::uint32_t firewallMark = 0;
    IpAddress::Family firewallMarkFamily = IpAddress::Family::V4;

    Scheduler scheduler = Schedulers::defaultScheduler;
    std::uint32_t schedulerFlags = 0; ///< SchedulerFlag bits

    bool persistent = false;
    std::uint32_t persistenceTimeout = defaultPersistenceTimeout; ///< seconds
    /// Persistence granularity: an IPv4 netmask in host order (0xffffffff = per client
    /// address), or an IPv6 prefix length (128 = per client address).
    std::uint32_t persistenceNetmask = 0xffffffffu;
    QString persistenceEngine; ///< "sip" or empty
    bool onePacket = false;    ///< one-packet scheduling (UDP)

    QList<RealServer> realServers;

    Statistics stats; ///< live, from the kernel

    bool isFirewallMark() const { return firewallMark != 0; }
    IpAddress::Family family() const { return isFirewallMark() ? firewallMarkFamily : address.family(); }
    ServiceKey key() const;
    /// The persistence netmask meaning "per client address" for this service's family.
    std::uint32_t fullPersistenceNetmask() const { return family() == IpAddress::Family::V6 ? 128u : 0xffffffffu; }

    /// "TCP 192.168.10.254:80", "FWM 1", "FWM 2 IPv6": how ipvsadm -Ln names it.
    QString displayName() const;

    /// Same configuration, real servers included (in any order); counters not compared.
    bool sameConfiguration(const VirtualService &other) const;
    /// Same service attributes, real servers not compared.
    bool sameServiceAttributes(const VirtualService &other) const;

    RealServer *findRealServer(const IpAddress &address, std::uint16_t port);
    const RealServer *findRealServer(const IpAddress &address, std::uint16_t port) const;
};
