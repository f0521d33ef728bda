// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>

/**
 * The kernel's counters for a service or real server (IPVS_STATS_ATTR_*): totals since
 * creation or the last zeroing, and the estimator's rates (per second; byte rates in
 * bytes, not bits, as the kernel reports them).
 */
struct Statistics {
    std::uint64_t connections = 0;
    std::uint64_t inPackets = 0;
    std::uint64_t outPackets = 0;
    std::uint64_t inBytes = 0;
    std::uint64_t outBytes = 0;

    std::uint64_t connectionsPerSecond = 0;
    std::uint64_t inPacketsPerSecond = 0;
    std::uint64_t outPacketsPerSecond = 0;
    std::uint64_t inBytesPerSecond = 0;
    std::uint64_t outBytesPerSecond = 0;

    friend bool operator==(const Statistics &, const Statistics &) = default;
};

/// What the kernel counts per real server besides its statistics.
struct ConnectionCounts {
    std::uint32_t active = 0;     ///< established (TCP) connections
    std::uint32_t inactive = 0;   ///< other states, until their timeout expires
    std::uint32_t persistent = 0; ///< persistence templates pointing at this server

    friend bool operator==(const ConnectionCounts &, const ConnectionCounts &) = default;
};
