// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <vector>

/**
 * Deadlines for the simulated kernel's connection entries: a hashed timing wheel of
 * millisecond slots, so that adding a deadline and expiring one cost O(1) however many
 * million entries are waiting (a heap's log n is what keeps a simulator from a million
 * new connections a second). A deadline beyond one turn of the wheel waits out whole
 * turns in its slot.
 *
 * Entries are never removed early: a connection that changes its deadline adds a new
 * entry and bumps its serial, and the stale entry is recognised and dropped when its
 * slot comes round.
 */
class TimerWheel
{
public:
    struct Entry {
        std::int64_t dueMs;
        std::uint32_t slot;   ///< the connection's slot
        std::uint32_t serial; ///< the connection's serial when the entry was made
    };

    explicit TimerWheel(std::int64_t nowMs = 0);

    std::int64_t now() const { return m_nowMs; }
    /// A deadline; one in the past fires on the next advance.
    void add(std::int64_t dueMs, std::uint32_t slot, std::uint32_t serial);

    /// Moves the clock to `nowMs`, calling expire(entry) for every entry due by then,
    /// in time order by slot (entries due in the same millisecond in the order added).
    template<typename Expire>
    void advanceTo(std::int64_t nowMs, Expire &&expire);

    std::size_t size() const { return m_size; }

private:
    static constexpr std::int64_t slotCount = 1 << 16; // about 65 s per turn
    std::vector<std::vector<Entry>> m_slots;
    std::vector<Entry> m_due; // reused: the entries of the slot being expired
    std::int64_t m_nowMs;
    std::size_t m_size = 0;
};

template<typename Expire>
void TimerWheel::advanceTo(std::int64_t nowMs, Expire &&expire)
{
    while (m_nowMs < nowMs) {
        ++m_nowMs;
        std::vector<Entry> &bucket = m_slots[static_cast<std::size_t>(m_nowMs & (slotCount - 1))];
        if (bucket.empty())
            continue;
        // Split the bucket into what is due now and what waits another turn; expire()
        // may add entries, even to this bucket, so work on a copy.
        m_due.clear();
        std::size_t kept = 0;
        for (const Entry &entry : bucket) {
            if (entry.dueMs <= m_nowMs)
                m_due.push_back(entry);
            else
                bucket[kept++] = entry;
        }
        bucket.resize(kept);
        m_size -= m_due.size();
        for (const Entry &entry : m_due)
            expire(entry);
    }
}
