// SPDX-License-Identifier: GPL-2.0-or-later
#include "trafficgenerator.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr std::uint32_t firstClientV4 = (198u << 24) | (18u << 16); // 198.18.0.0/15, for benchmarks (RFC 2544)
}

TrafficGenerator::TrafficGenerator(SimulatedKernel &kernel)
    : TrafficGenerator(kernel, Settings())
{
}

TrafficGenerator::TrafficGenerator(SimulatedKernel &kernel, const Settings &settings)
    : m_kernel(kernel)
    , m_settings(settings)
    , m_state(settings.seed)
    , m_nextArrivalMs(kernel.now())
{
}

void TrafficGenerator::setSettings(const Settings &settings)
{
    const bool reseed = settings.seed != m_settings.seed;
    m_settings = settings;
    if (reseed)
        m_state = settings.seed;
}

double TrafficGenerator::uniform()
{
    // splitmix64: small, fast and the same everywhere.
    m_state += 0x9e3779b97f4a7c15ull;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    return double((z >> 11) + 1) * 0x1.0p-53;
}

double TrafficGenerator::exponential(double mean)
{
    return -std::log(uniform()) * mean;
}

double TrafficGenerator::rateAt(std::int64_t ms) const
{
    double rate = m_settings.connectionsPerSecond;
    if (m_settings.burstEverySeconds > 0) {
        const auto period = std::int64_t(m_settings.burstEverySeconds * 1000);
        if (period > 0 && ms % period < std::int64_t(m_settings.burstSeconds * 1000))
            rate *= m_settings.burstFactor;
    }
    // A rate of zero or less (a burst factor of 0) would put the next arrival at
    // infinity or in the past: the slowest rate stands for "none".
    return std::max(rate, 1e-3);
}

SimulatedKernel::Flow TrafficGenerator::flowFor(int serviceIndex)
{
    const VirtualService &service = m_kernel.configuration().services.at(serviceIndex);
    SimulatedKernel::Flow flow;
    const auto client = std::uint32_t(uniform() * std::max(1, m_settings.clients)) % std::uint32_t(std::max(1, m_settings.clients));
    const bool v6 = service.isFirewallMark() ? service.firewallMarkFamily == IpAddress::Family::V6
                                             : service.address.isV6();
    if (v6) {
        std::array<std::uint8_t, 16> bytes{0x20, 0x01, 0x0d, 0xb8, 0xff, 0xff};
        bytes[12] = std::uint8_t(client >> 24);
        bytes[13] = std::uint8_t(client >> 16);
        bytes[14] = std::uint8_t(client >> 8);
        bytes[15] = std::uint8_t(client + 1);
        flow.client = IpAddress::fromBytes(IpAddress::Family::V6, bytes);
    } else {
        flow.client = IpAddress::fromV4(firstClientV4 + client + 1);
    }
    // Ephemeral ports in turn, as a client's stack hands them out.
    flow.clientPort = std::uint16_t(32768 + (m_nextPort++ % 28232));
    if (service.isFirewallMark()) {
        flow.firewallMark = service.firewallMark;
        flow.protocol = Protocol::Tcp;
        // Whatever the mangle table marked: addresses from the documentation ranges.
        flow.destination = v6 ? *IpAddress::parse(u"2001:db8::80") : IpAddress::fromV4(0xc0000250u); // 192.0.2.80
        flow.destinationPort = 80;
    } else {
        flow.protocol = service.protocol;
        flow.destination = service.address;
        flow.destinationPort = service.port == 0 ? 80 : service.port;
    }
    flow.lengthMs = std::int64_t(exponential(m_settings.meanConnectionSeconds * 1000));
    flow.inBytes = std::uint64_t(exponential(m_settings.meanRequestBytes)) + 40;
    flow.outBytes = std::uint64_t(exponential(m_settings.meanReplyBytes)) + 40;
    // Packets of about a full Ethernet frame; acknowledgements both ways.
    flow.outPackets = std::uint32_t(flow.outBytes / 1448 + 2);
    flow.inPackets = std::uint32_t(flow.inBytes / 1448 + 2 + flow.outPackets / 2);
    flow.inBytes += std::uint64_t(flow.inPackets) * 40;
    flow.outBytes += std::uint64_t(flow.outPackets) * 40;
    return flow;
}

void TrafficGenerator::run(std::int64_t untilMs, const std::function<void(const Arrival &)> &onArrival, int explain)
{
    const int services = m_kernel.serviceCount();
    if (services == 0 || m_settings.connectionsPerSecond <= 0) {
        m_kernel.advanceTo(untilMs);
        m_nextArrivalMs = std::max(m_nextArrivalMs, untilMs);
        return;
    }
    m_nextArrivalMs = std::max(m_nextArrivalMs, m_kernel.now());
    while (m_nextArrivalMs <= untilMs) {
        m_kernel.advanceTo(m_nextArrivalMs);
        Arrival arrival;
        arrival.serviceIndex = int(uniform() * services) % services;
        const SimulatedKernel::Flow flow = flowFor(arrival.serviceIndex);
        arrival.client = flow.client;
        arrival.opened = m_kernel.open(arrival.serviceIndex, flow, explain > 0 ? &arrival.why : nullptr);
        if (explain > 0)
            --explain;
        ++m_opened;
        if (onArrival)
            onArrival(arrival);
        // The clock counts whole milliseconds; the fraction carries to the next gap, so
        // arrivals closer than a millisecond share one.
        m_carryMs += exponential(1000.0 / rateAt(m_nextArrivalMs));
        const auto whole = std::int64_t(m_carryMs);
        m_nextArrivalMs += whole;
        m_carryMs -= double(whole);
    }
    m_kernel.advanceTo(untilMs);
}
