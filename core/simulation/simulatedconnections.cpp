// SPDX-License-Identifier: GPL-2.0-or-later
// A connection's life: binding to a destination, timers on the wheel, expiry, rate estimates, the trash.
#include "simulatedkernelparts.h"

using namespace SimulatedKernelDetail;

std::uint32_t SimulatedKernel::newConnection()
{
    ++m_liveConnections;
    if (!m_freeSlots.empty()) {
        const std::uint32_t slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        return slot;
    }
    m_connections.emplace_back();
    return std::uint32_t(m_connections.size() - 1);
}

void SimulatedKernel::bind(Connection &connection, Destination *destination)
{
    // ip_vs_bind_dest: count the entry; reaching the upper threshold overloads.
    connection.destination = destination;
    ++destination->references;
    SimDestination &kernel = destination->kernel;
    if (connection.state == Connection::State::Template) {
        ++kernel.persistentConnections;
        return;
    }
    if (connection.active)
        ++kernel.activeConnections;
    else
        ++kernel.inactiveConnections;
    if (kernel.activeConnections + kernel.inactiveConnections == kernel.upperThreshold)
        updateOverload(kernel, +1);
}

void SimulatedKernel::release(std::uint32_t slot)
{
    Connection &connection = m_connections[slot];
    Destination *destination = connection.destination;
    SimDestination &kernel = destination->kernel;
    // ip_vs_unbind_dest: uncount; dropping below the lower threshold lifts an overload.
    if (connection.state == Connection::State::Template) {
        --kernel.persistentConnections;
    } else {
        const std::uint32_t before = kernel.activeConnections + kernel.inactiveConnections;
        if (connection.active)
            --kernel.activeConnections;
        else
            --kernel.inactiveConnections;
        if (kernel.upperThreshold != 0 && before == lowerThresholdInForce(kernel))
            updateOverload(kernel, -1);
    }
    --destination->references;

    if (connection.controller != noSlot) {
        Connection &persistence = m_connections[connection.controller];
        --persistence.controlled;
        if (persistence.orphaned && persistence.controlled == 0)
            release(connection.controller);
    }
    const std::uint32_t serial = connection.serial + 1;
    const std::uint32_t generation = connection.generation + 1;
    connection = Connection{};
    connection.serial = serial;         // entries still in the wheel are stale now
    connection.generation = generation; // and so are handles to this life of the slot
    m_freeSlots.push_back(slot);
    --m_liveConnections;
}

void SimulatedKernel::arm(std::uint32_t slot, std::int64_t dueMs)
{
    Connection &connection = m_connections[slot];
    ++connection.serial;
    connection.dueMs = dueMs;
    m_wheel.add(dueMs, slot, connection.serial);
}

void SimulatedKernel::close(std::uint64_t handle)
{
    const auto slot = std::uint32_t(handle & 0xffffffffu);
    if (handle == noConnection || slot >= m_connections.size()
        || m_connections[slot].generation != std::uint32_t(handle >> 32)
        || m_connections[slot].state != Connection::State::Open)
        return;
    closeSlot(slot);
}

void SimulatedKernel::closeSlot(std::uint32_t slot)
{
    Connection &connection = m_connections[slot];
    count(connection.destination, 0, connection.inPackets, connection.outPackets, connection.inBytes,
          connection.outBytes);
    connection.inPackets = connection.outPackets = 0;
    connection.inBytes = connection.outBytes = 0;
    connection.state = Connection::State::Closing;
    const Timeouts timeouts = m_configuration.timeouts.value_or(Timeouts{});
    if (connection.active) {
        // FIN: no longer established; inactive until the tcpfin timeout.
        SimDestination &kernel = connection.destination->kernel;
        --kernel.activeConnections;
        ++kernel.inactiveConnections;
        connection.active = false;
        arm(slot, now() + std::int64_t(timeouts.tcpFin) * 1000);
    } else {
        arm(slot, now() + std::int64_t(timeouts.udp) * 1000);
    }
}

void SimulatedKernel::expire(const TimerWheel::Entry &entry)
{
    Connection &connection = m_connections[entry.slot];
    if (connection.serial != entry.serial || connection.state == Connection::State::Free)
        return; // superseded by a later deadline, or gone
    switch (connection.state) {
    case Connection::State::Open:
        closeSlot(entry.slot);
        // An idle connection's timeout is its end: the kernel removes the entry then.
        if (connection.idle)
            release(entry.slot);
        return;
    case Connection::State::Closing:
        release(entry.slot);
        return;
    case Connection::State::Template:
        // A template outlives the connections it sent (ip_vs_conn_expire re-arms it).
        if (connection.controlled > 0) {
            const Destination *destination = connection.destination;
            const std::uint32_t timeout = destination->service ? destination->service->configuration.persistenceTimeout
                                                               : defaultPersistenceTimeout;
            arm(entry.slot, now() + std::int64_t(timeout) * 1000);
            return;
        }
        if (!connection.orphaned) {
            for (auto &service : m_services) {
                if (service->id == connection.serviceId) {
                    service->templates.remove(connection.client);
                    break;
                }
            }
        }
        release(entry.slot);
        return;
    case Connection::State::Free:
        return;
    }
}

void SimulatedKernel::count(Destination *destination, std::uint32_t connections, std::uint32_t inPackets,
                            std::uint32_t outPackets, std::uint64_t inBytes, std::uint64_t outBytes)
{
    // Replies pass the director only with NAT; DR and TUN servers answer the client directly.
    if (destination->kernel.forwarding != ForwardingMethod::Masquerading) {
        outPackets = 0;
        outBytes = 0;
    }
    const auto add = [&](Statistics &stats) {
        stats.connections += connections;
        stats.inPackets += inPackets;
        stats.outPackets += outPackets;
        stats.inBytes += inBytes;
        stats.outBytes += outBytes;
    };
    add(destination->totals);
    if (destination->service)
        add(destination->service->totals);
}

void SimulatedKernel::estimate()
{
    for (auto &service : m_services) {
        service->estimator.tick(service->totals);
        for (auto &record : service->servers)
            record->estimator.tick(record->totals);
    }
    collectTrash();
}

void SimulatedKernel::collectTrash()
{
    m_trash.erase(std::remove_if(m_trash.begin(), m_trash.end(),
                                 [](const auto &record) { return record->references == 0; }),
                  m_trash.end());
}

void SimulatedKernel::advanceTo(std::int64_t nowMs)
{
    const auto expire = [this](const TimerWheel::Entry &entry) { this->expire(entry); };
    while (m_wheel.now() < nowMs) {
        const std::int64_t step = std::min(nowMs, m_nextEstimateMs);
        m_wheel.advanceTo(step, expire);
        if (step == m_nextEstimateMs) {
            estimate();
            m_nextEstimateMs += RateEstimator::periodMs;
        }
    }
}

