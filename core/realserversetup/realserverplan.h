// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "realserversetup.h"

#include <QList>
#include <QStringList>

#include <cstdint>

/// Everything one real server address is asked to do by the services of a table.
struct RealServerPlan {
    /// One service the address is a real server of.
    struct Role {
        const VirtualService *service = nullptr;
        const RealServer *server = nullptr;
    };
    /// One VIP that reaches the server through a tunnel.
    struct Tunnel {
        IpAddress vip;
        TunnelType type = TunnelType::Ipip;
        std::uint16_t port = 0; ///< GUE's UDP port
        TunnelChecksum checksum = TunnelChecksum::None;
        friend bool operator==(const Tunnel &, const Tunnel &) = default;
    };

    IpAddress address;
    QList<Role> roles;          ///< in table order
    bool isDirector = false;    ///< the director itself: the kernel delivers locally
    bool nat = false;
    bool directRouting = false; ///< firewall-mark services included
    bool tunnelling = false;    ///< firewall-mark services included
    QList<IpAddress> drVips;    ///< distinct, in table order
    QList<Tunnel> tunnels;      ///< distinct, in table order
    QStringList markServices;   ///< DR/TUN firewall-mark services: their VIPs are unknown
    bool markV4 = false;        ///< one of those is IPv4, so ARP settings are needed all the same

    /// DR and tunnel VIPs, distinct, in that order.
    QList<IpAddress> vips() const;
    bool hasVips() const { return !drVips.isEmpty() || !tunnels.isEmpty(); }
    bool hasV4Vip() const;
    bool usesTunnel(TunnelType type) const;
};

namespace RealServerPlans {
/// One plan per real server address, sorted by address.
QList<RealServerPlan> collect(const IpvsTable &table, const RealServerSetup::Options &options);
/// The director's own address of the family, or null.
IpAddress directorAddress(const RealServerSetup::Options &options, IpAddress::Family family);
IpAddress gateway(const RealServerSetup::Options &options, IpAddress::Family family);
}
