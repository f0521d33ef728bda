// SPDX-License-Identifier: GPL-2.0-or-later
#include "simscheduler.h"

#include "destinationhashing.h"
#include "failover.h"
#include "leastconnection.h"
#include "localitybased.h"
#include "maglevhashing.h"
#include "overflow.h"
#include "roundrobin.h"
#include "sourcehashing.h"
#include "tworandomchoices.h"
#include "weightedroundrobin.h"

std::unique_ptr<SimScheduler> SimScheduler::create(Scheduler scheduler, std::uint32_t serviceFlags,
                                                   const SimDestinations &destinations, std::uint64_t seed)
{
    switch (scheduler) {
    case Scheduler::RoundRobin:
        return std::make_unique<RoundRobinScheduler>();
    case Scheduler::WeightedRoundRobin:
        return std::make_unique<WeightedRoundRobinScheduler>(destinations);
    case Scheduler::LeastConnection:
        return std::make_unique<LeastConnectionScheduler>();
    case Scheduler::WeightedLeastConnection:
        return std::make_unique<WeightedLeastConnectionScheduler>();
    case Scheduler::LocalityLeastConnection:
        return std::make_unique<LocalityLeastConnectionScheduler>();
    case Scheduler::LocalityLeastConnectionReplicated:
        return std::make_unique<LocalityLeastConnectionReplicatedScheduler>();
    case Scheduler::DestinationHashing:
        return std::make_unique<DestinationHashingScheduler>(destinations);
    case Scheduler::SourceHashing:
        return std::make_unique<SourceHashingScheduler>(serviceFlags, destinations);
    case Scheduler::ShortestExpectedDelay:
        return std::make_unique<ShortestExpectedDelayScheduler>();
    case Scheduler::NeverQueue:
        return std::make_unique<NeverQueueScheduler>();
    case Scheduler::WeightedFailover:
        return std::make_unique<WeightedFailoverScheduler>();
    case Scheduler::WeightedOverflow:
        return std::make_unique<WeightedOverflowScheduler>();
    case Scheduler::MaglevHashing:
        return std::make_unique<MaglevHashingScheduler>(serviceFlags, destinations);
    case Scheduler::TwoRandomChoices:
        return std::make_unique<TwoRandomChoicesScheduler>(seed);
    }
    return nullptr;
}

void SimScheduler::destinationAdded(const SimDestinations &, SimDestination *)
{
}

void SimScheduler::destinationRemoved(const SimDestinations &, SimDestination *, int)
{
}

void SimScheduler::destinationUpdated(const SimDestinations &, SimDestination *)
{
}
