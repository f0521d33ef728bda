// SPDX-License-Identifier: GPL-2.0-or-later
#include "leastconnection.h"

#include "destinationload.h"

namespace {
int overhead(const SimDestination &d)
{
    return DestinationLoad::overhead(d);
}

int expectedDelay(const SimDestination &d)
{
    return DestinationLoad::expectedDelay(d);
}

bool candidate(const SimDestination *d)
{
    return !d->overloaded && d->weight > 0;
}

QString noServer(const char *name)
{
    return QStringLiteral("%1 found no server: every one is quiesced (weight 0) or overloaded")
        .arg(QLatin1String(name));
}
} // namespace

SimDestination *LeastConnection::weightedLeast(const SimDestinations &destinations,
                                               int (*load)(const SimDestination &))
{
    const qsizetype count = destinations.size();
    qsizetype i = 0;
    while (i < count && !candidate(destinations.at(i)))
        ++i;
    if (i == count)
        return nullptr;
    SimDestination *least = destinations.at(i);
    int leastLoad = load(*least);
    for (++i; i < count; ++i) {
        SimDestination *d = destinations.at(i);
        if (d->overloaded)
            continue;
        const int dLoad = load(*d);
        if (DestinationLoad::heavier(leastLoad, least->weight, dLoad, d->weight)) {
            least = d;
            leastLoad = dLoad;
        }
    }
    return least;
}

QString LeastConnection::weightedComparison(const SimDestinations &destinations, const SimDestination *chosen,
                                            int (*load)(const SimDestination &), const QString &loadName)
{
    // The runner-up by the same rule, among the candidates other than the chosen one.
    const SimDestination *second = nullptr;
    for (const SimDestination *d : destinations) {
        if (d == chosen || !candidate(d))
            continue;
        if (!second || DestinationLoad::heavier(load(*second), second->weight, load(*d), d->weight))
            second = d;
    }
    if (!second)
        return QStringLiteral("it is the only server available");
    // Equal per weight: the kernel keeps the first it met, and its list is newest first.
    if (std::int64_t(load(*chosen)) * second->weight == std::int64_t(load(*second)) * chosen->weight)
        return QStringLiteral("%1 %2/%3 ties with %4/%5 for %6, and it comes first in the kernel's list (newest first)")
            .arg(loadName)
            .arg(load(*chosen))
            .arg(chosen->weight)
            .arg(load(*second))
            .arg(second->weight)
            .arg(second->endpoint());
    return QStringLiteral("%1 %2/%3 beats %4/%5 for %6")
        .arg(loadName)
        .arg(load(*chosen))
        .arg(chosen->weight)
        .arg(load(*second))
        .arg(second->weight)
        .arg(second->endpoint());
}

SimDestination *LeastConnectionScheduler::schedule(const SimDestinations &destinations, const SchedulingRequest &,
                                                   QString *why)
{
    SimDestination *least = nullptr;
    unsigned int leastLoad = 0;
    for (SimDestination *d : destinations) {
        if (d->overloaded || d->weight == 0)
            continue;
        const auto dLoad = static_cast<unsigned int>(DestinationLoad::overhead(*d));
        if (!least || dLoad < leastLoad) {
            least = d;
            leastLoad = dLoad;
        }
    }
    if (why) {
        if (!least) {
            *why = noServer("lc");
        } else {
            const SimDestination *second = nullptr;
            for (const SimDestination *d : destinations) {
                if (d == least || d->overloaded || d->weight == 0)
                    continue;
                if (!second || unsigned(DestinationLoad::overhead(*d)) < unsigned(DestinationLoad::overhead(*second)))
                    second = d;
            }
            *why = second ? QStringLiteral("lc chose %1: overhead %2 beats %3 for %4 (active x 256 + all connections)")
                                .arg(least->endpoint())
                                .arg(leastLoad)
                                .arg(unsigned(DestinationLoad::overhead(*second)))
                                .arg(second->endpoint())
                          : QStringLiteral("lc chose %1: it is the only server available").arg(least->endpoint());
        }
    }
    return least;
}

namespace {
// wlc and sed differ only in the load they weigh.
SimDestination *pickWeighted(const char *name, const SimDestinations &destinations,
                             int (*load)(const SimDestination &), const QString &loadName, QString *why)
{
    SimDestination *least = LeastConnection::weightedLeast(destinations, load);
    if (why) {
        *why = least ? QStringLiteral("%1 chose %2: %3")
                           .arg(QLatin1String(name), least->endpoint(),
                                LeastConnection::weightedComparison(destinations, least, load, loadName))
                     : noServer(name);
    }
    return least;
}
} // namespace

SimDestination *WeightedLeastConnectionScheduler::schedule(const SimDestinations &destinations,
                                                           const SchedulingRequest &, QString *why)
{
    return pickWeighted("wlc", destinations, overhead, QStringLiteral("overhead"), why);
}

SimDestination *ShortestExpectedDelayScheduler::schedule(const SimDestinations &destinations,
                                                         const SchedulingRequest &, QString *why)
{
    return pickWeighted("sed", destinations, expectedDelay, QStringLiteral("(active + 1)/weight"), why);
}

SimDestination *NeverQueueScheduler::schedule(const SimDestinations &destinations, const SchedulingRequest &,
                                              QString *why)
{
    SimDestination *least = nullptr;
    int leastLoad = 0;
    for (SimDestination *d : destinations) {
        if (d->overloaded || d->weight == 0)
            continue;
        const int dLoad = DestinationLoad::expectedDelay(*d);
        if (d->activeConnections == 0) {
            if (why)
                *why = QStringLiteral("nq chose %1: it is idle (no active connection)").arg(d->endpoint());
            return d;
        }
        if (!least || DestinationLoad::heavier(leastLoad, least->weight, dLoad, d->weight)) {
            least = d;
            leastLoad = dLoad;
        }
    }
    if (why) {
        *why = least ? QStringLiteral("nq chose %1: no server is idle; %2")
                           .arg(least->endpoint(),
                                LeastConnection::weightedComparison(destinations, least, expectedDelay,
                                                                    QStringLiteral("(active + 1)/weight")))
                     : noServer("nq");
    }
    return least;
}
