// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "scheduler.h"
#include "simdestination.h"
#include "virtualservice.h"

#include <QString>

#include <cstdint>
#include <memory>

/// What a scheduler may look at in the first packet of a new connection.
struct SchedulingRequest {
    IpAddress source;
    std::uint16_t sourcePort = 0;
    IpAddress destination; ///< the packet's destination: the VIP (several for a fwmark service)
    std::uint16_t destinationPort = 0;
    Protocol protocol = Protocol::Tcp;
    std::int64_t nowMs = 0; ///< the simulated clock (lblc and lblcr expire their entries by it)
};

/**
 * One of the kernel's scheduling algorithms for one service (the module's
 * init_service / add_dest / del_dest / upd_dest / schedule hooks), with the kernel's
 * exact rules, so the simulated kernel picks the real server the real one would.
 *
 * The caller owns the destinations and keeps their counters; a scheduler keeps only
 * its own state (rr's cursor, wrr's current weight, the hash tables).
 */
class SimScheduler
{
public:
    virtual ~SimScheduler() = default;

    /// The scheduler bound to a service with these flags (IP_VS_SVC_F_SCHED*), as
    /// init_service with the current destinations. The random one (twos) draws from seed.
    static std::unique_ptr<SimScheduler> create(Scheduler scheduler, std::uint32_t serviceFlags,
                                                const SimDestinations &destinations, std::uint64_t seed = 1);

    /// add_dest: `destinations` already holds the new one (at the front).
    virtual void destinationAdded(const SimDestinations &destinations, SimDestination *added);
    /// del_dest: `destinations` no longer holds `removed`, which sat at `formerIndex`;
    /// `removed` stays valid for the call.
    virtual void destinationRemoved(const SimDestinations &destinations, SimDestination *removed, int formerIndex);
    /// upd_dest: weight or thresholds of `updated` changed.
    virtual void destinationUpdated(const SimDestinations &destinations, SimDestination *updated);

    /**
     * The real server for a new connection, or nullptr when none is available (the
     * kernel then drops the packet or, with sh/mh fallback off, has no dest).
     * `why`, when given, receives one sentence a learner can follow:
     * "wlc chose 192.168.0.170:80: overhead 3/2 beats 5/1 (192.168.0.160:80)".
     */
    virtual SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                                     QString *why) = 0;
};
