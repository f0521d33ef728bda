// SPDX-License-Identifier: GPL-2.0-or-later
#include "ratehistory.h"

#include <algorithm>

size_t qHash(const RateHistory::RowKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.service, key.address, key.port, key.isRealServer);
}

RateHistory::RateHistory(qint64 windowMs, std::size_t sampleBudget)
    : m_windowMs(windowMs)
    , m_sampleBudget(sampleBudget)
{
}

void RateHistory::record(const IpvsTable &table, qint64 timestampMs)
{
    ++m_recording;
    std::size_t rows = 0;
    for (const VirtualService &service : table.services)
        rows += 1 + std::size_t(service.realServers.size());
    // At least two samples, or there would be no rate to draw.
    m_samplesPerRow = std::max<std::size_t>(2, m_sampleBudget / std::max<std::size_t>(rows, 1));

    for (const VirtualService &service : table.services) {
        const ServiceKey key = service.key();
        append(RowKey{key, {}, 0, false}, service.stats, timestampMs);
        for (const RealServer &server : service.realServers)
            append(RowKey{key, server.address, server.port, true}, server.stats, timestampMs);
    }
    if (std::size_t(m_rows.size()) != rows) {
        for (auto it = m_rows.begin(); it != m_rows.end();) {
            if (it->lastRecording != m_recording)
                it = m_rows.erase(it);
            else
                ++it;
        }
    }
}

void RateHistory::append(const RowKey &key, const Statistics &stats, qint64 timestampMs)
{
    Row &row = m_rows[key];
    row.lastRecording = m_recording;
    Samples &samples = row.samples;

    Sample sample;
    sample.timestampMs = timestampMs;
    sample.connections = stats.connections;
    if (samples.empty() || timestampMs <= samples.back().timestampMs) {
        // Nothing to take a difference from: the kernel's own estimate (ipvsadm --rate).
        sample.connectionsPerSecond = double(stats.connectionsPerSecond);
        sample.inBytesPerSecond = double(stats.inBytesPerSecond);
        sample.outBytesPerSecond = double(stats.outBytesPerSecond);
        if (!samples.empty())
            samples.pop_back(); // the same moment read twice: keep the newer
    } else {
        const Sample &last = samples.back();
        const double seconds = double(timestampMs - last.timestampMs) / 1000.0;
        // A counter that went down was zeroed: count from zero.
        auto rate = [seconds](std::uint64_t now, std::uint64_t before) {
            return double(now >= before ? now - before : now) / seconds;
        };
        sample.connectionsPerSecond = rate(stats.connections, last.connections);
        sample.inBytesPerSecond = rate(stats.inBytes, last.inBytes);
        sample.outBytesPerSecond = rate(stats.outBytes, last.outBytes);
    }
    sample.inBytes = stats.inBytes;
    sample.outBytes = stats.outBytes;
    samples.push_back(sample);

    while (!samples.empty()
           && (samples.size() > m_samplesPerRow || samples.front().timestampMs < timestampMs - m_windowMs))
        samples.pop_front();
}

void RateHistory::clear()
{
    m_rows.clear();
}

const RateHistory::Samples *RateHistory::service(const ServiceKey &key) const
{
    const auto it = m_rows.constFind(RowKey{key, {}, 0, false});
    return it == m_rows.cend() ? nullptr : &it->samples;
}

const RateHistory::Samples *RateHistory::realServer(const ServiceKey &key, const IpAddress &address,
                                                    std::uint16_t port) const
{
    const auto it = m_rows.constFind(RowKey{key, address, port, true});
    return it == m_rows.cend() ? nullptr : &it->samples;
}

std::uint64_t RateHistory::newConnections(const Samples &samples, qint64 spanMs)
{
    if (samples.empty())
        return 0;
    const qint64 since = samples.back().timestampMs - spanMs;
    std::uint64_t total = 0;
    for (size_t i = 1; i < samples.size(); ++i) {
        if (samples[i].timestampMs <= since)
            continue;
        const std::uint64_t now = samples[i].connections, before = samples[i - 1].connections;
        total += now >= before ? now - before : now;
    }
    return total;
}
