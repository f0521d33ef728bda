// SPDX-License-Identifier: GPL-2.0-or-later
#include "rateestimator.h"

namespace {
// One smoothing step: avg += (sample - avg) / 4, in signed arithmetic as the kernel's s64.
void smooth(std::uint64_t &average, std::uint64_t sample)
{
    const auto difference = static_cast<std::int64_t>(sample) - static_cast<std::int64_t>(average);
    average = static_cast<std::uint64_t>(static_cast<std::int64_t>(average) + (difference >> 2));
}
}

void RateEstimator::tick(const Statistics &totals)
{
    // Growth over two seconds, scaled: << 9 is "per second << 10", << 4 is "per second << 5".
    smooth(m_connections, (totals.connections - m_last.connections) << 9);
    smooth(m_inPackets, (totals.inPackets - m_last.inPackets) << 9);
    smooth(m_outPackets, (totals.outPackets - m_last.outPackets) << 9);
    smooth(m_inBytes, (totals.inBytes - m_last.inBytes) << 4);
    smooth(m_outBytes, (totals.outBytes - m_last.outBytes) << 4);
    m_last = totals;
}

void RateEstimator::read(Statistics &stats) const
{
    // Rounded to the nearest, as ip_vs_read_estimator does.
    stats.connectionsPerSecond = (m_connections + 0x1ff) >> 10;
    stats.inPacketsPerSecond = (m_inPackets + 0x1ff) >> 10;
    stats.outPacketsPerSecond = (m_outPackets + 0x1ff) >> 10;
    stats.inBytesPerSecond = (m_inBytes + 0xf) >> 5;
    stats.outBytesPerSecond = (m_outBytes + 0xf) >> 5;
}

void RateEstimator::reset(const Statistics &totals)
{
    *this = RateEstimator{};
    m_last = totals;
}
