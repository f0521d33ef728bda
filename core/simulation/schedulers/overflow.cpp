// SPDX-License-Identifier: GPL-2.0-or-later
#include "overflow.h"

SimDestination *WeightedOverflowScheduler::schedule(const SimDestinations &destinations, const SchedulingRequest &,
                                                    QString *why)
{
    SimDestination *highest = nullptr;
    int highestWeight = 0;
    for (SimDestination *d : destinations) {
        const int w = d->weight;
        if (d->overloaded || int(d->activeConnections) > w || w == 0)
            continue;
        if (!highest || w > highestWeight) {
            highest = d;
            highestWeight = w;
        }
    }
    if (why) {
        *why = highest ? QStringLiteral("ovf chose %1: the highest weight (%2) whose %3 active connections do not "
                                        "exceed it")
                             .arg(highest->endpoint())
                             .arg(highestWeight)
                             .arg(highest->activeConnections)
                       : QStringLiteral("ovf found no server: every one is quiesced, overloaded or has more active "
                                        "connections than its weight");
    }
    return highest;
}
