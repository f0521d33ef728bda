// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

#include <QHash>

#include <vector>

/**
 * mh (ip_vs_mh.c): Maglev consistent hashing. Each server gets a permutation of the
 * lookup table's slots from siphash of its address and port; the servers take turns
 * (as many slots per turn as their weight allows) claiming their next free slot until
 * the table is full. The client address (plus port with mh-port) hashes to a slot.
 *
 * Weights are the kernel's last_weight: the latest non-zero weight, so quiescing a
 * server (weight 0) keeps its slots; its clients then get no server, or with
 * mh-fallback another one.
 */
class MaglevHashingScheduler final : public SimScheduler
{
public:
    /// primes[CONFIG_IP_VS_MH_TAB_INDEX - 8] with Debian 12's CONFIG_IP_VS_MH_TAB_INDEX=12.
    static constexpr int tableSize = 4093;
    /// IP_VS_MH_TAB_BITS: CONFIG_IP_VS_MH_TAB_INDEX / 2.
    static constexpr int tableBits = 6;

    MaglevHashingScheduler(std::uint32_t serviceFlags, const SimDestinations &destinations);

    void destinationAdded(const SimDestinations &destinations, SimDestination *added) override;
    void destinationRemoved(const SimDestinations &destinations, SimDestination *removed, int formerIndex) override;
    void destinationUpdated(const SimDestinations &destinations, SimDestination *updated) override;
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;

    /// The slot a client hashes to first.
    static int slotFor(const IpAddress &source, std::uint16_t port);
    /// The lookup table, for tests and the GUI.
    const std::vector<SimDestination *> &lookup() const { return m_lookup; }

private:
    void reassign(const SimDestinations &destinations);
    int lastWeight(const SimDestination *d) const { return m_lastWeight.value(d, 0); }

    std::vector<SimDestination *> m_lookup;
    QHash<const SimDestination *, int> m_lastWeight;
    bool m_fallback = false;
    bool m_usePort = false;
};
