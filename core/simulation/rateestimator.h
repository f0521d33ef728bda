// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "statistics.h"

#include <cstdint>

/**
 * The kernel's rate estimator for one set of counters (ip_vs_est.c as of 6.1): every
 * two seconds it takes the counters' growth and moves a fixed-point average a quarter
 * of the way towards it. The rates a real director shows therefore lag a change by a
 * few ticks and settle geometrically; the simulated kernel shows the same.
 */
class RateEstimator
{
public:
    /// How often the kernel's estimation timer runs.
    static constexpr std::int64_t periodMs = 2000;

    /// One timer tick over the current totals.
    void tick(const Statistics &totals);
    /// Writes the rates into `stats` as the kernel reports them (ip_vs_read_estimator).
    void read(Statistics &stats) const;
    /// Zeroing the counters restarts the estimate from the new totals (ip_vs_zero_estimator).
    void reset(const Statistics &totals);

private:
    Statistics m_last;
    // Scaled averages: connections and packets per second << 10, bytes per second << 5.
    std::uint64_t m_connections = 0;
    std::uint64_t m_inPackets = 0;
    std::uint64_t m_outPackets = 0;
    std::uint64_t m_inBytes = 0;
    std::uint64_t m_outBytes = 0;
};
