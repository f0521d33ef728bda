// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

/**
 * wrr (ip_vs_wrr.c): passes over the list with a current weight that starts at the
 * highest weight and steps down by the weights' greatest common divisor; a pass
 * takes every server whose weight reaches the current weight.
 */
class WeightedRoundRobinScheduler final : public SimScheduler
{
public:
    explicit WeightedRoundRobinScheduler(const SimDestinations &destinations);

    void destinationAdded(const SimDestinations &destinations, SimDestination *added) override;
    void destinationRemoved(const SimDestinations &destinations, SimDestination *removed, int formerIndex) override;
    void destinationUpdated(const SimDestinations &destinations, SimDestination *updated) override;
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;

private:
    void destinationsChanged(const SimDestinations &destinations);
    void recompute(const SimDestinations &destinations);
    int cursorIndex(const SimDestinations &destinations);

    SimDestination *m_cursor = nullptr; ///< mark->cl; nullptr is the list head
    int m_cursorIndex = -1;
    int m_currentWeight = 0; ///< cw
    int m_maxWeight = 0;     ///< mw, already lowered by di - 1
    int m_step = 1;          ///< di, the gcd of the positive weights
};
