// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

#include <array>

/**
 * sh (ip_vs_sh.c): a 256-bucket table, each server taking as many consecutive
 * buckets as its weight, in list order and round again until the table is full;
 * hash_32 of the client address (plus its port with sh-port) picks the bucket.
 * With sh-fallback an unavailable server's clients probe the table for another.
 */
class SourceHashingScheduler final : public SimScheduler
{
public:
    static constexpr int tableBits = 8; // CONFIG_IP_VS_SH_TAB_BITS on Debian 12
    static constexpr int tableSize = 1 << tableBits;

    SourceHashingScheduler(std::uint32_t serviceFlags, const SimDestinations &destinations);

    void destinationAdded(const SimDestinations &destinations, SimDestination *added) override;
    void destinationRemoved(const SimDestinations &destinations, SimDestination *removed, int formerIndex) override;
    void destinationUpdated(const SimDestinations &destinations, SimDestination *updated) override;
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;

    /// The bucket a client lands in first: hash_32(port + address, 8).
    static int bucketFor(const IpAddress &source, std::uint16_t port);
    /// The table as ip_vs_sh_reassign fills it, for tests and the GUI.
    const std::array<SimDestination *, tableSize> &buckets() const { return m_buckets; }

private:
    void reassign(const SimDestinations &destinations);

    std::array<SimDestination *, tableSize> m_buckets{};
    bool m_fallback = false;
    bool m_usePort = false;
};
