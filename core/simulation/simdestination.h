// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "forwarding.h"
#include "ipaddress.h"

#include <QList>

#include <cstdint>

/**
 * A real server as the simulated kernel keeps it (struct ip_vs_dest): its configuration
 * and the counters the schedulers read. The service's list of them is in the kernel's
 * order, newest first (ip_vs_ctl.c adds with list_add_rcu at the head), because rr, wrr
 * and the hashing schedulers walk that list.
 */
struct SimDestination {
    IpAddress address;
    std::uint16_t port = 0;
    ForwardingMethod forwarding = ForwardingMethod::Masquerading;
    int weight = 1;
    std::uint32_t upperThreshold = 0;
    std::uint32_t lowerThreshold = 0;

    std::uint32_t activeConnections = 0;
    std::uint32_t inactiveConnections = 0;
    std::uint32_t persistentConnections = 0;
    /// IP_VS_DEST_F_OVERLOAD: set when active + inactive reach the upper threshold,
    /// cleared when they drop below the lower one (3/4 of the upper one when unset), as
    /// 6.1.192's ip_vs_dest_update_overload() does; the simulated kernel keeps it.
    bool overloaded = false;
    /// The simulated kernel's own record of this server; schedulers leave it alone.
    void *owner = nullptr;

    /// The kernel's ip_vs_dest_conn_overhead() since 6.1.192 ("totalconns"): active << 8
    /// plus all connections, so an active one weighs 257 inactive ones.
    std::uint32_t connectionOverhead() const
    {
        return (activeConnections << 8) + activeConnections + inactiveConnections;
    }
    /// "192.168.0.170:80", for explanations.
    QString endpoint() const { return address.toStringWithPort(port); }
};

/// A service's real servers, in the kernel's list order (newest first).
using SimDestinations = QList<SimDestination *>;
