// SPDX-License-Identifier: GPL-2.0-or-later
#include "timerwheel.h"

TimerWheel::TimerWheel(std::int64_t nowMs)
    : m_slots(slotCount)
    , m_nowMs(nowMs)
{
}

void TimerWheel::add(std::int64_t dueMs, std::uint32_t slot, std::uint32_t serial)
{
    // A deadline not after now goes to the next millisecond's slot.
    const std::int64_t due = dueMs > m_nowMs ? dueMs : m_nowMs + 1;
    m_slots[static_cast<std::size_t>(due & (slotCount - 1))].push_back({due, slot, serial});
    ++m_size;
}
