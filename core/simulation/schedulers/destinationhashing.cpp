// SPDX-License-Identifier: GPL-2.0-or-later
#include "destinationhashing.h"

#include "kernelhash.h"

DestinationHashingScheduler::DestinationHashingScheduler(const SimDestinations &destinations)
{
    reassign(destinations);
}

void DestinationHashingScheduler::reassign(const SimDestinations &destinations)
{
    for (int i = 0; i < tableSize; ++i)
        m_buckets[i] = destinations.isEmpty() ? nullptr : destinations.at(i % destinations.size());
}

void DestinationHashingScheduler::destinationAdded(const SimDestinations &destinations, SimDestination *)
{
    reassign(destinations);
}

void DestinationHashingScheduler::destinationRemoved(const SimDestinations &destinations, SimDestination *, int)
{
    reassign(destinations);
}

int DestinationHashingScheduler::bucketFor(const IpAddress &destination)
{
    return int(KernelHash::hash32(KernelHash::foldedAddress(destination), tableBits));
}

SimDestination *DestinationHashingScheduler::schedule(const SimDestinations &, const SchedulingRequest &request,
                                                      QString *why)
{
    const int bucket = bucketFor(request.destination);
    SimDestination *d = m_buckets[bucket];
    // The table only holds servers still in the service, so the kernel's
    // IP_VS_DEST_CF_AVAILABLE test always passes here.
    if (!d || d->weight <= 0 || d->overloaded) {
        if (why) {
            *why = d ? QStringLiteral("dh found no server: destination %1 hashes to bucket %2, whose %3 is quiesced "
                                      "or overloaded")
                           .arg(request.destination.toString())
                           .arg(bucket)
                           .arg(d->endpoint())
                     : QStringLiteral("dh found no server: the service has none");
        }
        return nullptr;
    }
    if (why) {
        *why = QStringLiteral("dh chose %1: destination %2 hashes to bucket %3")
                   .arg(d->endpoint(), request.destination.toString())
                   .arg(bucket);
    }
    return d;
}
