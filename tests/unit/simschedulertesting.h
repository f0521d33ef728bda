// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the scheduler tests share: a service's destination list kept as the kernel keeps
// it, requests, and picks written as the last octet of the chosen server ("180").
//
// The expected picks in those tests were worked out by hand from the Debian 12 kernel's
// (6.1.192) net/netfilter/ipvs/ip_vs_*.c; the hash values (sh, dh, mh) from a separate
// Python transcription of the kernel's arithmetic, checked against the SipHash test
// vectors of lib/test_siphash.c.
#include "simscheduler.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace SchedulerTesting {
inline IpAddress ip(const char *text)
{
    return *IpAddress::parse(QString::fromLatin1(text));
}

/// A service's destination list as the kernel keeps it: newest first.
struct Service {
    std::vector<std::unique_ptr<SimDestination>> owned;
    SimDestinations list;
    SimScheduler *scheduler = nullptr;

    /// 192.168.0.<host>:80, added at the front like list_add_rcu, with the add_dest hook.
    SimDestination *add(int host, int weight)
    {
        auto d = std::make_unique<SimDestination>();
        d->address = IpAddress::fromV4(0xc0a80000u | std::uint32_t(host));
        d->port = 80;
        d->weight = weight;
        list.prepend(d.get());
        owned.push_back(std::move(d));
        if (scheduler)
            scheduler->destinationAdded(list, list.constFirst());
        return list.constFirst();
    }
    void remove(SimDestination *d)
    {
        const int index = int(list.indexOf(d));
        list.removeAt(index);
        if (scheduler)
            scheduler->destinationRemoved(list, d, index);
    }
    void setWeight(SimDestination *d, int weight)
    {
        d->weight = weight;
        if (scheduler)
            scheduler->destinationUpdated(list, d);
    }
};

inline QString host(const SimDestination *d)
{
    return d ? QString::number(d->address.v4() & 0xff) : QStringLiteral("none");
}

inline SchedulingRequest request(const char *source = "10.0.0.7", std::uint16_t sourcePort = 40000,
                          const char *destination = "192.168.10.254", std::int64_t nowMs = 0)
{
    SchedulingRequest r;
    r.source = ip(source);
    r.sourcePort = sourcePort;
    r.destination = ip(destination);
    r.destinationPort = 80;
    r.nowMs = nowMs;
    return r;
}

inline QStringList picks(SimScheduler &scheduler, const Service &service, int count,
                  const SchedulingRequest &r = request())
{
    QStringList result;
    for (int i = 0; i < count; ++i)
        result.append(host(scheduler.schedule(service.list, r, nullptr)));
    return result;
}

inline void setActive(SimDestination *d, std::uint32_t active, std::uint32_t inactive = 0)
{
    d->activeConnections = active;
    d->inactiveConnections = inactive;
}
} // namespace SchedulerTesting
