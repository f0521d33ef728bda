// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

/**
 * fo (ip_vs_fo.c): the server with the highest weight that is not overloaded; the
 * first in the list wins a tie, and weight 0 never wins.
 */
class WeightedFailoverScheduler final : public SimScheduler
{
public:
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;
};
