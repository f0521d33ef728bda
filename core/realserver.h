// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "forwarding.h"
#include "ipaddress.h"
#include "statistics.h"

#include <cstdint>

/// A real server ("destination" in the kernel) of one virtual service.
struct RealServer {
    IpAddress address;
    std::uint16_t port = 0;
    ForwardingMethod forwarding = ForwardingMethod::DirectRouting;
    std::uint32_t weight = 1; ///< 0 = quiesced: no new connections
    /// New connections stop at this many (active + inactive); 0 = no limit.
    std::uint32_t upperThreshold = 0;
    /// With an upper threshold, new connections resume below this; 0 = at 3/4 of the upper one.
    std::uint32_t lowerThreshold = 0;

    TunnelType tunnelType = TunnelType::Ipip;
    std::uint16_t tunnelPort = 0; ///< GUE's UDP port
    TunnelChecksum tunnelChecksum = TunnelChecksum::None;

    // Live values, read from the kernel; not configuration.
    ConnectionCounts connections;
    Statistics stats;

    /// Same configuration; counters and rates are not compared.
    bool sameConfiguration(const RealServer &other) const;
    /// The key within a service (the kernel's: address and port).
    bool sameKey(const RealServer &other) const { return address == other.address && port == other.port; }
    /// "192.168.0.160:80" or "[2001:db8::1]:80".
    QString endpoint() const { return address.toStringWithPort(port); }
};
