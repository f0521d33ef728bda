// SPDX-License-Identifier: GPL-2.0-or-later
#include "weightedroundrobin.h"

#include "kernelhash.h"

#include <algorithm>

WeightedRoundRobinScheduler::WeightedRoundRobinScheduler(const SimDestinations &destinations)
{
    recompute(destinations);
    m_currentWeight = m_maxWeight;
}

void WeightedRoundRobinScheduler::recompute(const SimDestinations &destinations)
{
    int divisor = 0;
    int highest = 0;
    for (const SimDestination *d : destinations) {
        if (d->weight > 0)
            divisor = divisor > 0 ? KernelHash::gcd(d->weight, divisor) : d->weight;
        highest = std::max(highest, d->weight);
    }
    m_step = divisor ? divisor : 1;
    // Lowered by di - 1 so that the last pass runs with cw = 1 and still catches a
    // server whose weight dropped below di.
    m_maxWeight = highest - (m_step - 1);
    m_cursor = nullptr;
    m_cursorIndex = -1;
}

void WeightedRoundRobinScheduler::destinationsChanged(const SimDestinations &destinations)
{
    // ip_vs_wrr_dest_changed: restart from the head; keep cw unless it is now out of
    // range, and align it to the new step.
    recompute(destinations);
    if (m_currentWeight > m_maxWeight || m_currentWeight == 0)
        m_currentWeight = m_maxWeight;
    else if (m_step > 1)
        m_currentWeight = (m_currentWeight / m_step) * m_step + 1;
}

void WeightedRoundRobinScheduler::destinationAdded(const SimDestinations &destinations, SimDestination *)
{
    destinationsChanged(destinations);
}

void WeightedRoundRobinScheduler::destinationRemoved(const SimDestinations &destinations, SimDestination *, int)
{
    destinationsChanged(destinations);
}

void WeightedRoundRobinScheduler::destinationUpdated(const SimDestinations &destinations, SimDestination *)
{
    destinationsChanged(destinations);
}

int WeightedRoundRobinScheduler::cursorIndex(const SimDestinations &destinations)
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

SimDestination *WeightedRoundRobinScheduler::schedule(const SimDestinations &destinations,
                                                      const SchedulingRequest &, QString *why)
{
    if (m_maxWeight == 0) {
        if (why)
            *why = QStringLiteral("wrr found no server: every weight is 0");
        return nullptr;
    }
    const int count = int(destinations.size());
    const int last = cursorIndex(destinations);
    int position = last;
    int stop = -2; // none
    bool lastPass = false;
    bool restarted = false;
    auto giveUp = [&](int cursor) -> SimDestination * {
        m_cursorIndex = cursor;
        m_cursor = cursor >= 0 ? destinations.at(cursor) : nullptr;
        if (why)
            *why = QStringLiteral("wrr found no server: all are overloaded or quiesced");
        return nullptr;
    };
    for (;;) {
        for (int i = position + 1; i < count; ++i) {
            SimDestination *d = destinations.at(i);
            if (!d->overloaded && d->weight >= m_currentWeight) {
                m_cursor = d;
                m_cursorIndex = i;
                if (why) {
                    *why = QStringLiteral("wrr chose %1: its weight %2 reaches the current weight %3 "
                                          "(stepping down from %4 by %5)")
                               .arg(d->endpoint())
                               .arg(d->weight)
                               .arg(m_currentWeight)
                               .arg(m_maxWeight)
                               .arg(m_step);
                }
                return d;
            }
            if (i == stop)
                return giveUp(i);
        }
        // The traversal ended at the list head: lower the current weight.
        position = -1;
        m_currentWeight -= m_step;
        if (m_currentWeight <= 0) {
            m_currentWeight = m_maxWeight;
            if (lastPass || last < 0)
                return giveUp(-1);
            restarted = true;
        }
        lastPass = m_currentWeight <= m_step;
        // The first traversal covered only the servers after the cursor; with weight
        // >= 1 now, check the ones up to it as well and stop there.
        if (lastPass && restarted && last >= 0)
            stop = last;
    }
}
