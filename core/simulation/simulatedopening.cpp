// SPDX-License-Identifier: GPL-2.0-or-later
// A new flow: which service (as ip_vs_service_find), which real server (the scheduler, persistence templates).
#include "simulatedkernelparts.h"

using namespace SimulatedKernelDetail;

int SimulatedKernel::findService(const Flow &flow) const
{
    // As ip_vs_service_find: the firewall mark first, then address and port, then a
    // port-0 service on the address (persistent "all ports" services).
    const auto find = [this](auto &&matches) {
        for (std::size_t i = 0; i < m_services.size(); ++i) {
            if (matches(m_services[i]->configuration))
                return int(i);
        }
        return -1;
    };
    if (flow.firewallMark != 0) {
        const int index = find([&flow](const VirtualService &service) {
            return service.isFirewallMark() && service.firewallMark == flow.firewallMark
                && service.firewallMarkFamily == flow.destination.family();
        });
        if (index >= 0)
            return index;
    }
    const int index = find([&flow](const VirtualService &service) {
        return !service.isFirewallMark() && service.protocol == flow.protocol && service.address == flow.destination
            && service.port == flow.destinationPort;
    });
    if (index >= 0)
        return index;
    return find([&flow](const VirtualService &service) {
        return !service.isFirewallMark() && service.protocol == flow.protocol && service.address == flow.destination
            && service.port == 0 && service.persistent;
    });
}

SimulatedKernel::Opened SimulatedKernel::open(const Flow &flow, QString *why)
{
    const int index = findService(flow);
    if (index < 0) {
        if (why)
            *why = QCoreApplication::translate("SimulatedKernel", "no virtual service for %1")
                       .arg(flow.destination.toStringWithPort(flow.destinationPort));
        return {};
    }
    return open(index, flow, why);
}

SimulatedKernel::Opened SimulatedKernel::open(int serviceIndex, const Flow &flow, QString *why)
{
    Service &service = *m_services[std::size_t(serviceIndex)];
    const SchedulingRequest request{flow.client, flow.clientPort, flow.destination, flow.destinationPort,
                                    flow.protocol, now()};
    std::uint32_t controller = noSlot;
    bool byTemplate = false;
    const SimDestination *picked = service.configuration.persistent
        ? persistentPick(service, flow, request, why, &controller, &byTemplate)
        : service.scheduler->schedule(service.kernelOrder, request, why);
    if (!picked)
        return {};
    auto *destination = static_cast<Destination *>(picked->owner);
    Opened opened;
    opened.scheduled = true;
    opened.server = picked;
    opened.byTemplate = byTemplate;

    // One-packet scheduling keeps no entry: the datagram is counted and forgotten.
    if (service.configuration.onePacket && flow.protocol == Protocol::Udp) {
        count(destination, 1, flow.inPackets, flow.outPackets, flow.inBytes, flow.outBytes);
        return opened;
    }
    // Half of the traffic now, the rest when the connection closes, so rates follow
    // long connections instead of jumping when they open.
    const std::uint32_t inNow = (flow.inPackets + 1) / 2;
    const std::uint32_t outNow = (flow.outPackets + 1) / 2;
    const std::uint64_t inBytesNow = (flow.inBytes + 1) / 2;
    const std::uint64_t outBytesNow = (flow.outBytes + 1) / 2;
    count(destination, 1, inNow, outNow, inBytesNow, outBytesNow);

    const std::uint32_t slot = newConnection();
    Connection &connection = m_connections[slot];
    connection.state = Connection::State::Open;
    connection.active = isConnectionOriented(flow.protocol);
    connection.serviceId = service.id;
    connection.client = flow.client;
    connection.clientPort = flow.clientPort;
    connection.virtualAddress = flow.destination;
    connection.virtualPort = flow.destinationPort;
    connection.protocol = flow.protocol;
    connection.inPackets = flow.inPackets - inNow;
    connection.outPackets = flow.outPackets - outNow;
    connection.inBytes = flow.inBytes - inBytesNow;
    connection.outBytes = flow.outBytes - outBytesNow;
    bind(connection, destination);
    if (controller != noSlot) {
        connection.controller = controller;
        ++m_connections[controller].controlled;
    }
    const Timeouts timeouts = m_configuration.timeouts.value_or(Timeouts{});
    connection.idle = flow.lengthMs < 0;
    if (connection.idle) // held open and idle: the kernel's idle timeout ends it
        arm(slot, now() + std::int64_t(connection.active ? timeouts.tcp : timeouts.udp) * 1000);
    else
        arm(slot, now() + flow.lengthMs);
    opened.connection = (std::uint64_t(m_connections[slot].generation) << 32) | slot;
    return opened;
}

const SimDestination *SimulatedKernel::persistentPick(Service &service, const Flow &flow,
                                                      const SchedulingRequest &request, QString *why,
                                                      std::uint32_t *controller, bool *byTemplate)
{
    const IpAddress key = maskedClient(flow.client, service.configuration.persistenceNetmask);
    const std::int64_t timeoutMs = std::int64_t(service.configuration.persistenceTimeout) * 1000;
    const auto found = service.templates.constFind(key);
    if (found != service.templates.cend()) {
        const std::uint32_t slot = found.value();
        Connection &persistence = m_connections[slot];
        Destination *destination = persistence.destination;
        // ip_vs_check_template: a template to a deleted server, or (if the sysctl says
        // so) to a quiesced one, is no longer followed.
        const bool valid = destination->available()
            && !(m_expireQuiescentTemplate && destination->kernel.weight == 0);
        if (valid) {
            arm(slot, now() + timeoutMs);
            *controller = slot;
            *byTemplate = true;
            if (why)
                *why = QCoreApplication::translate("SimulatedKernel",
                                                   "persistence: %1 was sent to %2 before, so it goes there again")
                           .arg(key.toString(), destination->kernel.endpoint());
            return &destination->kernel;
        }
        service.templates.erase(found);
        persistence.orphaned = true;
        if (persistence.controlled == 0)
            release(slot);
    }
    const SimDestination *picked = service.scheduler->schedule(service.kernelOrder, request, why);
    if (!picked)
        return nullptr;
    const std::uint32_t slot = newConnection();
    Connection &persistence = m_connections[slot];
    persistence.state = Connection::State::Template;
    persistence.client = key;
    persistence.clientPort = 0;
    persistence.serviceId = service.id;
    persistence.protocol = flow.protocol;
    // A firewall-mark service's templates carry the mark where the address would be.
    if (service.configuration.isFirewallMark()) {
        persistence.virtualAddress = IpAddress::fromV4(service.configuration.firewallMark);
        persistence.virtualPort = 0;
    } else {
        persistence.virtualAddress = flow.destination;
        persistence.virtualPort = service.configuration.port == 0 ? 0 : flow.destinationPort;
    }
    bind(persistence, static_cast<Destination *>(picked->owner));
    service.templates.insert(key, slot);
    arm(slot, now() + timeoutMs);
    *controller = slot;
    return picked;
}

QList<ConnectionEntry> SimulatedKernel::connectionEntries(int limit) const
{
    QList<ConnectionEntry> entries;
    entries.reserve(qsizetype(limit >= 0 ? std::min<std::size_t>(std::size_t(limit), m_liveConnections)
                                         : m_liveConnections));
    for (const Connection &connection : m_connections) {
        if (connection.state == Connection::State::Free || !connection.destination)
            continue;
        if (limit >= 0 && entries.size() >= limit)
            break;
        ConnectionEntry entry;
        entry.protocol = Protocols::name(connection.protocol);
        entry.client = connection.client;
        entry.clientPort = connection.clientPort;
        entry.virtualAddress = connection.virtualAddress;
        entry.virtualPort = connection.virtualPort;
        entry.destination = connection.destination->kernel.address;
        entry.destinationPort = connection.destination->kernel.port;
        // The states ipvsadm -Lnc shows for what is modelled: an established TCP
        // connection, one closed by the client (FIN_WAIT until tcpfin), UDP, a template.
        switch (connection.state) {
        case Connection::State::Template:
            entry.state = QStringLiteral("NONE");
            break;
        case Connection::State::Open:
            entry.state = connection.active ? QStringLiteral("ESTABLISHED") : QStringLiteral("UDP");
            break;
        default:
            entry.state = connection.protocol == Protocol::Udp ? QStringLiteral("UDP") : QStringLiteral("FIN_WAIT");
            break;
        }
        entry.expiresSeconds = std::uint32_t(std::max<std::int64_t>(0, (connection.dueMs - now() + 999) / 1000));
        entries.append(entry);
    }
    return entries;
}

