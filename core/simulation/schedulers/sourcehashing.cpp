// SPDX-License-Identifier: GPL-2.0-or-later
#include "sourcehashing.h"

#include "kernelhash.h"

namespace {
bool unavailable(const SimDestination *d)
{
    return d->weight <= 0 || d->overloaded;
}
} // namespace

SourceHashingScheduler::SourceHashingScheduler(std::uint32_t serviceFlags, const SimDestinations &destinations)
    : m_fallback(serviceFlags & SchedulerFlag1)
    , m_usePort(serviceFlags & SchedulerFlag2)
{
    reassign(destinations);
}

void SourceHashingScheduler::reassign(const SimDestinations &destinations)
{
    if (destinations.isEmpty()) {
        m_buckets.fill(nullptr);
        return;
    }
    // A server stays for `weight` buckets; with weight 0 it still takes one, because
    // the kernel counts the bucket before comparing.
    qsizetype index = 0;
    int filled = 0;
    for (SimDestination *&bucket : m_buckets) {
        SimDestination *d = destinations.at(index);
        bucket = d;
        if (++filled >= d->weight) {
            index = (index + 1) % destinations.size();
            filled = 0;
        }
    }
}

void SourceHashingScheduler::destinationAdded(const SimDestinations &destinations, SimDestination *)
{
    reassign(destinations);
}

void SourceHashingScheduler::destinationRemoved(const SimDestinations &destinations, SimDestination *, int)
{
    reassign(destinations);
}

void SourceHashingScheduler::destinationUpdated(const SimDestinations &destinations, SimDestination *)
{
    reassign(destinations);
}

int SourceHashingScheduler::bucketFor(const IpAddress &source, std::uint16_t port)
{
    return int(KernelHash::hash32(std::uint32_t(port) + KernelHash::foldedAddress(source), tableBits));
}

SimDestination *SourceHashingScheduler::schedule(const SimDestinations &, const SchedulingRequest &request,
                                                 QString *why)
{
    // TCP, UDP and SCTP all carry the port where sh reads it.
    const std::uint16_t port = m_usePort ? request.sourcePort : 0;
    const int home = bucketFor(request.source, port);
    auto client = [&] {
        return m_usePort ? request.source.toStringWithPort(port) : request.source.toString();
    };
    SimDestination *d = m_buckets[home];
    if (d && !unavailable(d)) {
        if (why)
            *why = QStringLiteral("sh chose %1: source %2 hashes to bucket %3").arg(d->endpoint(), client()).arg(home);
        return d;
    }
    if (d && m_fallback) {
        // ip_vs_sh_get_fallback adds the offset to the hash once more, so the probe
        // starts at twice the home bucket.
        for (int offset = 0; offset < tableSize; ++offset) {
            const int roffset = (offset + home) % tableSize;
            const int bucket = (roffset + home) & (tableSize - 1);
            SimDestination *other = m_buckets[bucket];
            if (!other)
                break;
            if (!unavailable(other)) {
                if (why) {
                    *why = QStringLiteral("sh chose %1: source %2 hashes to bucket %3, whose %4 is unavailable; "
                                          "fallback found bucket %5")
                               .arg(other->endpoint(), client())
                               .arg(home)
                               .arg(d->endpoint())
                               .arg(bucket);
                }
                return other;
            }
        }
    }
    if (why) {
        *why = d ? QStringLiteral("sh found no server: source %1 hashes to bucket %2, whose %3 is quiesced or "
                                  "overloaded%4")
                       .arg(client())
                       .arg(home)
                       .arg(d->endpoint(), m_fallback ? QStringLiteral(", and so is every other")
                                                      : QStringLiteral(" (no sh-fallback)"))
                 : QStringLiteral("sh found no server: the service has none");
    }
    return nullptr;
}
