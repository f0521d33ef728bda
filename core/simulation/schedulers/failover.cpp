// SPDX-License-Identifier: GPL-2.0-or-later
#include "failover.h"

SimDestination *WeightedFailoverScheduler::schedule(const SimDestinations &destinations, const SchedulingRequest &,
                                                    QString *why)
{
    SimDestination *highest = nullptr;
    int highestWeight = 0;
    for (SimDestination *d : destinations) {
        if (!d->overloaded && d->weight > highestWeight) {
            highest = d;
            highestWeight = d->weight;
        }
    }
    if (why) {
        *why = highest ? QStringLiteral("fo chose %1: the highest weight (%2) among servers not overloaded")
                             .arg(highest->endpoint())
                             .arg(highestWeight)
                       : QStringLiteral("fo found no server: every one is quiesced (weight 0) or overloaded");
    }
    return highest;
}
