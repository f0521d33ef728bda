// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

#include <QHash>
#include <QList>

#include <memory>
#include <vector>

/**
 * What lblc and lblcr share (ip_vs_lblc.c, ip_vs_lblcr.c): a table keyed by the
 * packet's destination address, and the periodic timer that ages it.
 *
 * The kernel's timer fires every 60 s from the service's creation; every 30th run
 * drops entries unused for lblc_expiration (24 h), and the other runs drop entries
 * idle for 6 min only while the table holds more than 16 384 of them. Here the timer
 * is run lazily before each schedule(), its first run 60 s after the first
 * schedule() (create() has no clock).
 *
 * Table entries point at servers the kernel keeps in its trash after a removal: such
 * a server is "not available" to the cache, and becomes available again if the
 * same address and port is added back. A copy of the removed server stands in for it.
 */
class LocalityBasedScheduler : public SimScheduler
{
public:
    static constexpr int tableBits = 10; // CONFIG_IP_VS_LBLC(R)_TAB_BITS default
    static constexpr int tableSize = 1 << tableBits;
    static constexpr int maxSize = tableSize * 16;
    static constexpr std::int64_t checkIntervalMs = 60 * 1000;
    static constexpr std::int64_t entryTimeoutMs = 6 * 60 * 1000;
    static constexpr std::int64_t expirationMs = 24 * 60 * 60 * 1000; // sysctl lblc(r)_expiration
    static constexpr int countForFullExpiration = 30;

    void destinationAdded(const SimDestinations &destinations, SimDestination *added) override;
    void destinationRemoved(const SimDestinations &destinations, SimDestination *removed, int formerIndex) override;

    /// Entries in the table (for tests and the GUI).
    int entryCount() const { return int(m_entries.size()); }

protected:
    /// A table entry's reference to a server.
    struct ServerRef {
        SimDestination *dest = nullptr;
        bool available = true; ///< IP_VS_DEST_CF_AVAILABLE: still in the service
    };
    /// lblc uses one server per entry, lblcr a set (newest first, as list_add_rcu leaves it).
    struct Entry {
        QList<ServerRef> servers;
        std::int64_t lastUseMs = 0;
        std::int64_t lastModifiedMs = 0; ///< lblcr's set->lastmod
    };

    /// Runs the periodic timer up to `nowMs`.
    void runTimer(std::int64_t nowMs);
    /// Whether a new entry may be created (the kernel caps the table at 1.5 × max).
    bool roomForEntry() const { return m_entries.size() < maxSize * 3 / 2; }
    /// The kernel's is_overloaded(): more active connections than weight while some
    /// server of the service is below half its weight.
    static bool isOverloaded(const SimDestination *d, const SimDestinations &destinations);

    QHash<IpAddress, Entry> m_entries;

private:
    void timerTick(std::int64_t tickMs);
    void dropTrash();

    std::vector<std::unique_ptr<SimDestination>> m_trash;
    std::int64_t m_nextTickMs = -1;
    int m_counter = 1;
    int m_rover = 0;
};

/**
 * lblc: an address keeps the server it was given while that server has a weight, is
 * still in the service and is not overloaded in lblc's sense; otherwise the weighted
 * least-connection server takes the address over.
 */
class LocalityLeastConnectionScheduler final : public LocalityBasedScheduler
{
public:
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;
};

/**
 * lblcr: an address maps to a set of servers; the least loaded of the set serves it
 * unless overloaded, when the service's weighted least-connection server joins the
 * set. A set not changed for lblcr_expiration loses its most loaded member.
 */
class LocalityLeastConnectionReplicatedScheduler final : public LocalityBasedScheduler
{
public:
    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;

    /// The set for `address`, newest member first (for tests and the GUI).
    QList<SimDestination *> serverSet(const IpAddress &address) const;

private:
    static void insert(Entry &entry, SimDestination *dest, std::int64_t nowMs);
};
