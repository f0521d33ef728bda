// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The simulated kernel's inside, shared by its files: simulatedkernel.cpp (the table and
// its edits), simulatedopening.cpp (finding the service, scheduling, persistence) and
// simulatedconnections.cpp (a connection's life: binding, timers, expiry, estimates).
// Not for use outside core/simulation/.
#include "simulatedkernel.h"

#include "planner.h"

#include <QCoreApplication>

#include <algorithm>

namespace SimulatedKernelDetail {
inline constexpr std::uint32_t noSlot = 0xffffffffu;

// The persistence key of a client: its address under the service's netmask (IPv4) or
// prefix (IPv6), as ip_vs_sched_persist masks it.
inline IpAddress maskedClient(const IpAddress &client, std::uint32_t netmask)
{
    if (client.isV4())
        return IpAddress::fromV4(client.v4() & netmask);
    std::array<std::uint8_t, 16> bytes = client.bytes();
    const std::uint32_t prefix = std::min<std::uint32_t>(netmask, 128);
    for (std::uint32_t bit = prefix; bit < 128; ++bit)
        bytes[bit / 8] &= std::uint8_t(~(0x80u >> (bit % 8)));
    return IpAddress::fromBytes(IpAddress::Family::V6, bytes);
}

inline bool isConnectionOriented(Protocol protocol)
{
    return protocol != Protocol::Udp;
}

// The lower threshold in force: the one set, or 3/4 of the upper one (l_threshold_val).
inline std::uint32_t lowerThresholdInForce(const SimDestination &kernel)
{
    return kernel.lowerThreshold ? kernel.lowerThreshold : kernel.upperThreshold - (kernel.upperThreshold >> 2);
}

// ip_vs_dest_update_overload() of 6.1.192: `direction` is +1 when a connection was just
// counted, -1 when one was just uncounted, 0 when the thresholds changed.
inline void updateOverload(SimDestination &kernel, int direction)
{
    const std::uint32_t upper = kernel.upperThreshold;
    if (upper == 0) {
        kernel.overloaded = false;
        return;
    }
    const std::uint32_t lower = lowerThresholdInForce(kernel);
    const std::uint32_t connections = kernel.activeConnections + kernel.inactiveConnections;
    if (connections >= (direction > 0 ? lower : upper)) {
        kernel.overloaded = true;
        return;
    }
    if (connections >= (direction < 0 ? upper : lower))
        return;
    kernel.overloaded = false;
}

// Thresholds as __ip_vs_update_dest sets them: the flag is looked at again only if they changed.
inline void setThresholds(SimDestination &kernel, const RealServer &server)
{
    if (kernel.upperThreshold == server.upperThreshold && kernel.lowerThreshold == server.lowerThreshold)
        return;
    kernel.upperThreshold = server.upperThreshold;
    kernel.lowerThreshold = server.lowerThreshold;
    updateOverload(kernel, 0);
}
} // namespace SimulatedKernelDetail

struct SimulatedKernel::Destination {
    SimDestination kernel;
    RealServer configuration; // without live values
    Statistics totals;
    RateEstimator estimator;
    Service *service = nullptr; // cleared when the server or its service is deleted
    std::uint32_t serviceId = 0;
    ServiceKey serviceKey; // the trash is searched by it, as the kernel's is
    std::uint32_t references = 0; // connections and templates bound to it

    bool available() const { return service != nullptr; }
};

struct SimulatedKernel::Service {
    std::uint32_t id = 0;
    VirtualService configuration; // its real servers are `servers`
    std::vector<std::unique_ptr<Destination>> servers; // in the order they were added
    SimDestinations kernelOrder;                       // newest first, as the kernel's list
    std::unique_ptr<SimScheduler> scheduler;
    Statistics totals;
    RateEstimator estimator;
    QHash<IpAddress, std::uint32_t> templates; // masked client -> template's slot
};

struct SimulatedKernel::Connection {
    enum class State : std::uint8_t {
        Free,
        Open,     // TCP: established (active); UDP: carrying packets (inactive)
        Closing,  // after the last packet, until its timeout: inactive
        Template, // persistence template
    };
    Destination *destination = nullptr;
    IpAddress client;        // templates: their key (the masked client), to remove it
    IpAddress virtualAddress; // as the packet had it; a firewall-mark template: the mark
    std::int64_t dueMs = 0;   // when its timer fires, for the listing's "expire"
    std::uint16_t clientPort = 0;
    std::uint16_t virtualPort = 0;
    Protocol protocol = Protocol::Tcp;
    std::uint32_t serviceId = 0;
    std::uint32_t serial = 0;
    std::uint32_t controller = SimulatedKernelDetail::noSlot; // the template this connection was sent by
    std::uint32_t controlled = 0;      // templates: connections they sent
    // What the connection still carries when it closes.
    std::uint32_t inPackets = 0;
    std::uint32_t outPackets = 0;
    std::uint64_t inBytes = 0;
    std::uint64_t outBytes = 0;
    std::uint32_t generation = 0;      // which life of the slot a handle names
    State state = State::Free;
    bool active = false;    // counted in activeconns (else inactconns)
    bool idle = false;      // held open without traffic: its idle timeout removes it
    bool orphaned = false;  // templates: no longer found; gone once nothing is controlled
};
