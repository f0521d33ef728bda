// SPDX-License-Identifier: GPL-2.0-or-later
#include "maglevhashing.h"

#include "kernelhash.h"

#include <algorithm>

namespace {
// generate_hash_secret(): fixed keys, so every kernel builds the same table.
constexpr KernelHash::HsipKey offsetKey{2654435761ULL, 2654435761ULL};
constexpr KernelHash::HsipKey skipKey{2654446892ULL, 2654446892ULL};

std::uint32_t hashKey(const IpAddress &address, std::uint16_t port, KernelHash::HsipKey key,
                      std::uint32_t offset)
{
    return KernelHash::hsiphash(offset + std::uint32_t(port) + KernelHash::foldedAddress(address), key);
}

bool unavailable(const SimDestination *d)
{
    return d->weight <= 0 || d->overloaded;
}
} // namespace

MaglevHashingScheduler::MaglevHashingScheduler(std::uint32_t serviceFlags, const SimDestinations &destinations)
    : m_lookup(tableSize, nullptr)
    , m_fallback(serviceFlags & SchedulerFlag1)
    , m_usePort(serviceFlags & SchedulerFlag2)
{
    // The kernel keeps last_weight in the destination; servers that exist before the
    // scheduler is bound are taken at their current weight.
    for (const SimDestination *d : destinations)
        m_lastWeight.insert(d, d->weight);
    reassign(destinations);
}

void MaglevHashingScheduler::destinationAdded(const SimDestinations &destinations, SimDestination *added)
{
    m_lastWeight.insert(added, added->weight);
    reassign(destinations);
}

void MaglevHashingScheduler::destinationRemoved(const SimDestinations &destinations, SimDestination *removed, int)
{
    m_lastWeight.remove(removed);
    reassign(destinations);
}

void MaglevHashingScheduler::destinationUpdated(const SimDestinations &destinations, SimDestination *updated)
{
    // __ip_vs_update_dest keeps the latest non-zero weight.
    if (updated->weight != 0)
        m_lastWeight.insert(updated, updated->weight);
    reassign(destinations);
}

void MaglevHashingScheduler::reassign(const SimDestinations &destinations)
{
    int divisor = 0;
    int highest = 0;
    for (const SimDestination *d : destinations) {
        const int w = lastWeight(d);
        if (w > 0)
            divisor = divisor > 0 ? KernelHash::gcd(w, divisor) : w;
        highest = std::max(highest, w);
    }
    if (divisor < 1) {
        std::fill(m_lookup.begin(), m_lookup.end(), nullptr);
        return;
    }
    // Weights are divided by their gcd and shifted so the largest keeps at most
    // tableBits bits; a small non-zero weight still gets one slot per turn.
    const int shift = std::max(0, KernelHash::fls(std::uint32_t(highest / divisor)) - tableBits);

    struct Setup {
        std::uint32_t skip;
        std::uint32_t next;
        int turns;
    };
    std::vector<Setup> setups;
    setups.reserve(std::size_t(destinations.size()));
    bool anyTurns = false;
    for (const SimDestination *d : destinations) {
        const int w = lastWeight(d);
        Setup s;
        s.next = hashKey(d->address, d->port, offsetKey, 0) % tableSize;
        s.skip = hashKey(d->address, d->port, skipKey, 0) % (tableSize - 1) + 1;
        s.turns = (w / divisor) >> shift;
        if (s.turns == 0)
            s.turns = w != 0 ? 1 : 0;
        anyTurns = anyTurns || s.turns > 0;
        setups.push_back(s);
    }
    if (!anyTurns)
        return;

    std::vector<bool> taken(tableSize, false);
    int filled = 0;
    int turn = 0;
    for (;;) {
        for (qsizetype i = 0; i < destinations.size();) {
            Setup &s = setups[std::size_t(i)];
            if (s.turns < 1) {
                ++i;
                continue;
            }
            while (taken[s.next]) {
                s.next += s.skip;
                if (s.next >= std::uint32_t(tableSize))
                    s.next -= tableSize;
            }
            taken[s.next] = true;
            m_lookup[s.next] = destinations.at(i);
            if (++filled == tableSize)
                return;
            if (++turn >= s.turns) {
                turn = 0;
                ++i;
            }
        }
    }
}

int MaglevHashingScheduler::slotFor(const IpAddress &source, std::uint16_t port)
{
    return int(hashKey(source, port, offsetKey, 0) % tableSize);
}

SimDestination *MaglevHashingScheduler::schedule(const SimDestinations &, const SchedulingRequest &request,
                                                 QString *why)
{
    const std::uint16_t port = m_usePort ? request.sourcePort : 0;
    const int home = slotFor(request.source, port);
    auto client = [&] {
        return m_usePort ? request.source.toStringWithPort(port) : request.source.toString();
    };
    SimDestination *d = m_lookup[std::size_t(home)];
    if (d && !unavailable(d)) {
        if (why) {
            *why = QStringLiteral("mh chose %1: source %2 hashes to slot %3 of %4")
                       .arg(d->endpoint(), client())
                       .arg(home)
                       .arg(tableSize);
        }
        return d;
    }
    if (d && m_fallback) {
        // ip_vs_mh_get_fallback rehashes the client with each offset from the home slot.
        for (int offset = 0; offset < tableSize; ++offset) {
            const std::uint32_t roffset = std::uint32_t((offset + home) % tableSize);
            const int slot = int(hashKey(request.source, port, offsetKey, roffset) % tableSize);
            SimDestination *other = m_lookup[std::size_t(slot)];
            if (!other)
                break;
            if (!unavailable(other)) {
                if (why) {
                    *why = QStringLiteral("mh chose %1: source %2 hashes to slot %3, whose %4 is unavailable; "
                                          "fallback rehashed to slot %5")
                               .arg(other->endpoint(), client())
                               .arg(home)
                               .arg(d->endpoint())
                               .arg(slot);
                }
                return other;
            }
        }
    }
    if (why) {
        *why = d ? QStringLiteral("mh found no server: source %1 hashes to slot %2, whose %3 is quiesced or "
                                  "overloaded%4")
                       .arg(client())
                       .arg(home)
                       .arg(d->endpoint(), m_fallback ? QStringLiteral(", and so is every other")
                                                      : QStringLiteral(" (no mh-fallback)"))
                 : QStringLiteral("mh found no server: no server has a weight");
    }
    return nullptr;
}
