// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QHash>

#include <cstdint>
#include <deque>

/**
 * The last minutes of every service's and real server's rates, for the detail pane's
 * charts: one sample per refresh, rates from counter deltas as the table shows them.
 *
 * Memory is bounded: a sample is kept for `windowMs`, and the rows share a budget of
 * samples, so a director with 10,000 real servers keeps a shorter history instead of
 * growing without end. A row that leaves the table takes its history with it.
 */
class RateHistory
{
public:
    struct Sample {
        qint64 timestampMs = 0;
        double connectionsPerSecond = 0;
        double inBytesPerSecond = 0;
        double outBytesPerSecond = 0;
        // The kernel's totals, for the next sample's rates and for shares over a span.
        std::uint64_t connections = 0;
        std::uint64_t inBytes = 0;
        std::uint64_t outBytes = 0;
    };
    using Samples = std::deque<Sample>;

    explicit RateHistory(qint64 windowMs = 10 * 60 * 1000, std::size_t sampleBudget = 250'000);

    /// Adds one sample per service and real server of `table`, read at `timestampMs`
    /// (a monotonic clock).
    void record(const IpvsTable &table, qint64 timestampMs);
    void clear();

    /// nullptr when the row is not in the last table recorded.
    const Samples *service(const ServiceKey &key) const;
    const Samples *realServer(const ServiceKey &key, const IpAddress &address, std::uint16_t port) const;

    /// New connections counted in the last `spanMs` of a row's samples (counter
    /// difference; a zeroed counter counts from zero).
    static std::uint64_t newConnections(const Samples &samples, qint64 spanMs);

    qint64 windowMs() const { return m_windowMs; }
    /// How many samples each row keeps at most now (the budget shared by the rows).
    std::size_t samplesPerRow() const { return m_samplesPerRow; }

private:
    struct RowKey {
        ServiceKey service;
        IpAddress address; ///< unset for the service's own row
        std::uint16_t port = 0;
        bool isRealServer = false;
        friend bool operator==(const RowKey &, const RowKey &) = default;
    };
    friend size_t qHash(const RowKey &key, size_t seed) noexcept;

    struct Row {
        Samples samples;
        std::uint64_t lastRecording = 0; ///< the record() call that last saw the row
    };
    void append(const RowKey &key, const Statistics &stats, qint64 timestampMs);

    qint64 m_windowMs;
    std::size_t m_sampleBudget;
    std::size_t m_samplesPerRow = 0;
    QHash<RowKey, Row> m_rows;
    std::uint64_t m_recording = 0;
};
