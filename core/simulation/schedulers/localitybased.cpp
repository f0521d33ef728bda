// SPDX-License-Identifier: GPL-2.0-or-later
#include "localitybased.h"

#include "destinationload.h"
#include "kernelhash.h"
#include "leastconnection.h"

#include <QSet>

#include <algorithm>

namespace {
int overhead(const SimDestination &d)
{
    return DestinationLoad::overhead(d);
}

bool sameServer(const SimDestination *a, const SimDestination *b)
{
    return a->address == b->address && a->port == b->port;
}
} // namespace

bool LocalityBasedScheduler::isOverloaded(const SimDestination *d, const SimDestinations &destinations)
{
    if (int(d->activeConnections) <= d->weight)
        return false;
    return std::any_of(destinations.cbegin(), destinations.cend(), [](const SimDestination *other) {
        return int(other->activeConnections) * 2 < other->weight;
    });
}

void LocalityBasedScheduler::destinationRemoved(const SimDestinations &, SimDestination *removed, int)
{
    // The kernel has no del_dest here: entries keep the server, now in the trash and no
    // longer available. `removed` may be freed after this call, so a copy stands in.
    SimDestination *copy = nullptr;
    for (Entry &entry : m_entries) {
        for (ServerRef &ref : entry.servers) {
            if (!ref.available || ref.dest != removed)
                continue;
            if (!copy) {
                m_trash.push_back(std::make_unique<SimDestination>(*removed));
                copy = m_trash.back().get();
            }
            ref = ServerRef{copy, false};
        }
    }
    dropTrash();
}

void LocalityBasedScheduler::destinationAdded(const SimDestinations &, SimDestination *added)
{
    // Adding a server that is still in the trash brings the same kernel object back,
    // and with it every entry that points at it.
    for (Entry &entry : m_entries) {
        for (ServerRef &ref : entry.servers) {
            if (!ref.available && sameServer(ref.dest, added))
                ref = ServerRef{added, true};
        }
    }
    dropTrash();
}

void LocalityBasedScheduler::dropTrash()
{
    if (m_trash.empty())
        return;
    QSet<const SimDestination *> referenced;
    for (const Entry &entry : std::as_const(m_entries)) {
        for (const ServerRef &ref : entry.servers) {
            if (!ref.available)
                referenced.insert(ref.dest);
        }
    }
    std::erase_if(m_trash, [&](const std::unique_ptr<SimDestination> &d) { return !referenced.contains(d.get()); });
}

void LocalityBasedScheduler::runTimer(std::int64_t nowMs)
{
    if (m_nextTickMs < 0) {
        m_nextTickMs = nowMs + checkIntervalMs;
        return;
    }
    while (nowMs >= m_nextTickMs) {
        if (m_entries.isEmpty()) {
            // An empty table only advances the counter, which cycles through 1..30.
            const std::int64_t ticks = (nowMs - m_nextTickMs) / checkIntervalMs + 1;
            m_counter = int((m_counter - 1 + ticks) % countForFullExpiration) + 1;
            m_nextTickMs += ticks * checkIntervalMs;
            break;
        }
        timerTick(m_nextTickMs);
        m_nextTickMs += checkIntervalMs;
    }
}

void LocalityBasedScheduler::timerTick(std::int64_t tickMs)
{
    if (m_counter % countForFullExpiration == 0) {
        m_entries.removeIf([&](const QHash<IpAddress, Entry>::iterator &it) {
            return tickMs >= it->lastUseMs + expirationMs;
        });
        m_counter = 1;
        return;
    }
    if (m_entries.size() <= maxSize) {
        ++m_counter;
        return;
    }
    // Over the soft limit: walk the hash buckets from the rover, dropping entries idle
    // for 6 minutes, until enough are gone. The goal is checked per bucket.
    int goal = int((m_entries.size() - maxSize) * 4 / 3);
    goal = std::min(goal, maxSize / 2);
    std::vector<QList<IpAddress>> buckets(tableSize);
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        buckets[KernelHash::hash32(KernelHash::foldedAddress(it.key()), tableBits)].append(it.key());
    int j = m_rover;
    for (int i = 0; i < tableSize; ++i) {
        j = (j + 1) & (tableSize - 1);
        for (const IpAddress &address : std::as_const(buckets[std::size_t(j)])) {
            if (tickMs >= m_entries.value(address).lastUseMs + entryTimeoutMs) {
                m_entries.remove(address);
                --goal;
            }
        }
        if (goal <= 0)
            break;
    }
    m_rover = j;
}

SimDestination *LocalityLeastConnectionScheduler::schedule(const SimDestinations &destinations,
                                                           const SchedulingRequest &request, QString *why)
{
    runTimer(request.nowMs);
    const IpAddress &address = request.destination;
    auto it = m_entries.find(address);
    QString reason;
    if (it != m_entries.end()) {
        it->lastUseMs = request.nowMs;
        const ServerRef &cached = it->servers.constFirst();
        SimDestination *d = cached.dest;
        // The cache ignores the overload flag; only lblc's own overload test counts.
        if (cached.available && d->weight > 0 && !isOverloaded(d, destinations)) {
            if (why)
                *why = QStringLiteral("lblc chose %1: destination %2 is cached to it")
                           .arg(d->endpoint(), address.toString());
            return d;
        }
        if (why) {
            reason = !cached.available ? QStringLiteral("its cached %1 was removed").arg(d->endpoint())
                     : d->weight <= 0  ? QStringLiteral("its cached %1 is quiesced").arg(d->endpoint())
                                       : QStringLiteral("its cached %1 has %2 active connections, more than its "
                                                        "weight %3, while another server is below half load")
                                            .arg(d->endpoint())
                                            .arg(d->activeConnections)
                                            .arg(d->weight);
        }
    } else if (why) {
        reason = QStringLiteral("nothing was cached for it");
    }

    SimDestination *least = LeastConnection::weightedLeast(destinations, overhead);
    if (!least) {
        if (why)
            *why = QStringLiteral("lblc found no server: every one is quiesced (weight 0) or overloaded");
        return nullptr;
    }
    // ip_vs_lblc_new: keep an entry that already names this server, else replace it.
    const bool keep = it != m_entries.end() && it->servers.constFirst().available
                      && it->servers.constFirst().dest == least;
    if (!keep) {
        if (it != m_entries.end())
            m_entries.erase(it);
        if (roomForEntry()) {
            Entry entry;
            entry.servers.append(ServerRef{least, true});
            entry.lastUseMs = request.nowMs;
            m_entries.insert(address, entry);
        }
    }
    if (why) {
        *why = QStringLiteral("lblc chose %1 for destination %2: %3; weighted least connection: %4")
                   .arg(least->endpoint(), address.toString(), reason,
                        LeastConnection::weightedComparison(destinations, least, overhead,
                                                            QStringLiteral("overhead")));
    }
    return least;
}

void LocalityLeastConnectionReplicatedScheduler::insert(Entry &entry, SimDestination *dest, std::int64_t nowMs)
{
    for (const ServerRef &ref : std::as_const(entry.servers)) {
        if (ref.dest == dest)
            return;
    }
    entry.servers.prepend(ServerRef{dest, true});
    entry.lastModifiedMs = nowMs;
}

QList<SimDestination *> LocalityLeastConnectionReplicatedScheduler::serverSet(const IpAddress &address) const
{
    QList<SimDestination *> result;
    const auto it = m_entries.constFind(address);
    if (it != m_entries.cend()) {
        for (const ServerRef &ref : it->servers)
            result.append(ref.dest);
    }
    return result;
}

SimDestination *LocalityLeastConnectionReplicatedScheduler::schedule(const SimDestinations &destinations,
                                                                     const SchedulingRequest &request, QString *why)
{
    runTimer(request.nowMs);
    const IpAddress &address = request.destination;
    auto it = m_entries.find(address);
    if (it == m_entries.end()) {
        SimDestination *least = LeastConnection::weightedLeast(destinations, overhead);
        if (!least) {
            if (why)
                *why = QStringLiteral("lblcr found no server: every one is quiesced (weight 0) or overloaded");
            return nullptr;
        }
        if (roomForEntry()) {
            Entry entry;
            entry.servers.append(ServerRef{least, true});
            entry.lastUseMs = request.nowMs;
            entry.lastModifiedMs = request.nowMs;
            m_entries.insert(address, entry);
        }
        if (why) {
            *why = QStringLiteral("lblcr chose %1: destination %2 had no server set, so the weighted least "
                                  "connection server starts one (%3)")
                       .arg(least->endpoint(), address.toString(),
                            LeastConnection::weightedComparison(destinations, least, overhead,
                                                                QStringLiteral("overhead")));
        }
        return least;
    }

    Entry &entry = *it;
    entry.lastUseMs = request.nowMs;
    QList<ServerRef> &set = entry.servers;

    // ip_vs_dest_set_min: the first member with a weight that is available and not
    // overloaded, then any later available one strictly lighter per weight.
    SimDestination *dest = nullptr;
    {
        qsizetype i = 0;
        for (; i < set.size(); ++i) {
            const ServerRef &ref = set.at(i);
            if (!ref.dest->overloaded && ref.dest->weight > 0 && ref.available)
                break;
        }
        if (i < set.size()) {
            dest = set.at(i).dest;
            int load = overhead(*dest);
            for (++i; i < set.size(); ++i) {
                const ServerRef &ref = set.at(i);
                if (ref.dest->overloaded)
                    continue;
                const int refLoad = overhead(*ref.dest);
                if (DestinationLoad::heavier(load, dest->weight, refLoad, ref.dest->weight) && ref.available) {
                    dest = ref.dest;
                    load = refLoad;
                }
            }
        }
    }

    // A set unchanged for the expiration time loses its most loaded member
    // (ip_vs_dest_set_max, which looks at weights only, not availability).
    if (set.size() > 1 && request.nowMs > entry.lastModifiedMs + expirationMs) {
        qsizetype i = 0;
        while (i < set.size() && set.at(i).dest->weight <= 0)
            ++i;
        if (i < set.size()) {
            qsizetype most = i;
            int mostLoad = overhead(*set.at(i).dest);
            for (++i; i < set.size(); ++i) {
                const SimDestination *d = set.at(i).dest;
                const int dLoad = overhead(*d);
                if (DestinationLoad::heavier(dLoad, d->weight, mostLoad, set.at(most).dest->weight) && d->weight > 0) {
                    most = i;
                    mostLoad = dLoad;
                }
            }
            set.removeAt(most);
            entry.lastModifiedMs = request.nowMs;
        }
    }

    if (dest && !isOverloaded(dest, destinations)) {
        if (why) {
            *why = QStringLiteral("lblcr chose %1: the least loaded of the %2 server(s) in the set for destination %3")
                       .arg(dest->endpoint())
                       .arg(set.size())
                       .arg(address.toString());
        }
        return dest;
    }

    SimDestination *least = LeastConnection::weightedLeast(destinations, overhead);
    if (!least) {
        if (why)
            *why = QStringLiteral("lblcr found no server: every one is quiesced (weight 0) or overloaded");
        return nullptr;
    }
    insert(entry, least, request.nowMs);
    if (why) {
        *why = QStringLiteral("lblcr chose %1: %2 for destination %3, so the weighted least connection server "
                              "joins the set (%4)")
                   .arg(least->endpoint(),
                        dest ? QStringLiteral("the set's least loaded %1 is overloaded").arg(dest->endpoint())
                             : QStringLiteral("no server in the set is usable"),
                        address.toString(),
                        LeastConnection::weightedComparison(destinations, least, overhead,
                                                            QStringLiteral("overhead")));
    }
    return least;
}
