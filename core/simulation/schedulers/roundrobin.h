// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

/**
 * rr (ip_vs_rr.c): a cursor walks the list; each new connection goes to the next
 * server after it that is neither quiesced (weight 0) nor overloaded.
 */
class RoundRobinScheduler final : public SimScheduler
{
public:
    void destinationAdded(const SimDestinations &destinations, SimDestination *added) override;
    void destinationRemoved(const SimDestinations &destinations, SimDestination *removed, int formerIndex) override;
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;

private:
    int cursorIndex(const SimDestinations &destinations);

    // The kernel keeps a list pointer: a destination or the list head (nullptr here).
    // The index is a cache of where that destination sits.
    SimDestination *m_cursor = nullptr;
    int m_cursorIndex = -1;
};
