// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

#include <array>

/**
 * dh (ip_vs_dh.c): a 256-bucket table filled with the servers one bucket each, in
 * list order and round again (weights play no part); hash_32 of the packet's
 * destination address picks the bucket.
 */
class DestinationHashingScheduler final : public SimScheduler
{
public:
    static constexpr int tableBits = 8; // CONFIG_IP_VS_DH_TAB_BITS default
    static constexpr int tableSize = 1 << tableBits;

    explicit DestinationHashingScheduler(const SimDestinations &destinations);

    void destinationAdded(const SimDestinations &destinations, SimDestination *added) override;
    void destinationRemoved(const SimDestinations &destinations, SimDestination *removed, int formerIndex) override;
    // No upd_dest in the kernel: the table does not depend on weights.
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;

    static int bucketFor(const IpAddress &destination);
    const std::array<SimDestination *, tableSize> &buckets() const { return m_buckets; }

private:
    void reassign(const SimDestinations &destinations);

    std::array<SimDestination *, tableSize> m_buckets{};
};
