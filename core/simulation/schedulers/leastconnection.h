// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

/**
 * lc (ip_vs_lc.c): the lowest connection overhead wins; the first in the list wins
 * a tie. Quiesced and overloaded servers are skipped.
 */
class LeastConnectionScheduler final : public SimScheduler
{
public:
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;
};

/**
 * wlc (ip_vs_wlc.c): the lowest overhead per weight wins, compared as products.
 * The first candidate must have a positive weight; after it only overloaded servers
 * are skipped, and a weight-0 server can never be strictly lighter.
 */
class WeightedLeastConnectionScheduler final : public SimScheduler
{
public:
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;
};

/// sed (ip_vs_sed.c): as wlc, with (active connections + 1) as the load.
class ShortestExpectedDelayScheduler final : public SimScheduler
{
public:
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;
};

/**
 * nq (ip_vs_nq.c): the first server with no active connection wins at once;
 * otherwise as sed.
 */
class NeverQueueScheduler final : public SimScheduler
{
public:
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;
};

namespace LeastConnection {
/**
 * The weighted least-load pick wlc, sed, lblc and lblcr share: the first server not
 * overloaded with a positive weight, then any later one not overloaded that is
 * strictly lighter per weight. `load` is the kernel's overhead function.
 */
SimDestination *weightedLeast(const SimDestinations &destinations, int (*load)(const SimDestination &));
/**
 * For an explanation: "overhead 514/2 beats 770/1 for 192.168.0.160:80", comparing
 * `chosen` with the best of the other candidates, or "it is the only candidate".
 */
QString weightedComparison(const SimDestinations &destinations, const SimDestination *chosen,
                           int (*load)(const SimDestination &), const QString &loadName);
}
