// SPDX-License-Identifier: GPL-2.0-or-later
#include "roundrobin.h"

namespace {
bool eligible(const SimDestination *d)
{
    return !d->overloaded && d->weight > 0;
}
} // namespace

void RoundRobinScheduler::destinationAdded(const SimDestinations &, SimDestination *)
{
    // The kernel has no add_dest for rr: its cursor is a pointer and stays on the same
    // destination, which now sits one further down the list.
    if (m_cursor)
        ++m_cursorIndex;
}

void RoundRobinScheduler::destinationRemoved(const SimDestinations &destinations, SimDestination *removed,
                                             int formerIndex)
{
    // ip_vs_rr_del_dest: a cursor on the removed destination moves back to the entry
    // before it (the list head when it was first), so the next pick is its successor.
    if (m_cursor == removed) {
        m_cursorIndex = formerIndex - 1;
        m_cursor = m_cursorIndex >= 0 && m_cursorIndex < destinations.size() ? destinations.at(m_cursorIndex)
                                                                            : nullptr;
        if (!m_cursor)
            m_cursorIndex = -1;
    } else if (m_cursor && m_cursorIndex > formerIndex) {
        --m_cursorIndex;
    }
}

int RoundRobinScheduler::cursorIndex(const SimDestinations &destinations)
{
    if (!m_cursor)
        return -1;
    if (m_cursorIndex < 0 || m_cursorIndex >= destinations.size() || destinations.at(m_cursorIndex) != m_cursor) {
        m_cursorIndex = int(destinations.indexOf(m_cursor));
        if (m_cursorIndex < 0)
            m_cursor = nullptr;
    }
    return m_cursorIndex;
}

SimDestination *RoundRobinScheduler::schedule(const SimDestinations &destinations, const SchedulingRequest &,
                                              QString *why)
{
    const int last = cursorIndex(destinations);
    const int count = int(destinations.size());
    int hit = -1;
    // First from after the cursor to the end; then, unless the cursor was at the head
    // (a full pass already), from the start up to and including the cursor itself.
    for (int i = last + 1; i < count; ++i) {
        if (eligible(destinations.at(i))) {
            hit = i;
            break;
        }
    }
    if (hit < 0 && last >= 0) {
        for (int i = 0; i <= last; ++i) {
            if (eligible(destinations.at(i))) {
                hit = i;
                break;
            }
        }
    }
    if (hit < 0) {
        if (why)
            *why = QStringLiteral("rr found no server: every one is quiesced (weight 0) or overloaded");
        return nullptr;
    }

    SimDestination *chosen = destinations.at(hit);
    if (why) {
        const int skipped = last < 0 ? hit : (hit > last ? hit - last - 1 : count - last - 1 + hit);
        QString text = last < 0 ? QStringLiteral("rr chose %1: first in the list (newest first)").arg(chosen->endpoint())
                                : QStringLiteral("rr chose %1: next in turn after %2")
                                      .arg(chosen->endpoint(), destinations.at(last)->endpoint());
        if (skipped > 0)
            text += QStringLiteral(", skipping %1 quiesced or overloaded").arg(skipped);
        *why = text;
    }
    m_cursor = chosen;
    m_cursorIndex = hit;
    return chosen;
}
