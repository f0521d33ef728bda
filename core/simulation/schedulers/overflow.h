// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

/**
 * ovf (ip_vs_ovf.c): the server with the highest weight whose active connections do
 * not exceed its weight (equal is still fine); the first in the list wins a tie.
 */
class WeightedOverflowScheduler final : public SimScheduler
{
public:
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;
};
