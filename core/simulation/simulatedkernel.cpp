// SPDX-License-Identifier: GPL-2.0-or-later
#include "simulatedkernel.h"

#include "planner.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
constexpr std::uint32_t noSlot = 0xffffffffu;

// The persistence key of a client: its address under the service's netmask (IPv4) or
// prefix (IPv6), as ip_vs_sched_persist masks it.
IpAddress maskedClient(const IpAddress &client, std::uint32_t netmask)
{
    if (client.isV4())
        return IpAddress::fromV4(client.v4() & netmask);
    std::array<std::uint8_t, 16> bytes = client.bytes();
    const std::uint32_t prefix = std::min<std::uint32_t>(netmask, 128);
    for (std::uint32_t bit = prefix; bit < 128; ++bit)
        bytes[bit / 8] &= std::uint8_t(~(0x80u >> (bit % 8)));
    return IpAddress::fromBytes(IpAddress::Family::V6, bytes);
}

bool isConnectionOriented(Protocol protocol)
{
    return protocol != Protocol::Udp;
}

// The lower threshold in force: the one set, or 3/4 of the upper one (l_threshold_val).
std::uint32_t lowerThresholdInForce(const SimDestination &kernel)
{
    return kernel.lowerThreshold ? kernel.lowerThreshold : kernel.upperThreshold - (kernel.upperThreshold >> 2);
}

// ip_vs_dest_update_overload() of 6.1.192: `direction` is +1 when a connection was just
// counted, -1 when one was just uncounted, 0 when the thresholds changed.
void updateOverload(SimDestination &kernel, int direction)
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
void setThresholds(SimDestination &kernel, const RealServer &server)
{
    if (kernel.upperThreshold == server.upperThreshold && kernel.lowerThreshold == server.lowerThreshold)
        return;
    kernel.upperThreshold = server.upperThreshold;
    kernel.lowerThreshold = server.lowerThreshold;
    updateOverload(kernel, 0);
}
}

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
    std::uint32_t controller = noSlot; // the template this connection was sent by
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

SimulatedKernel::SimulatedKernel(std::uint64_t seed)
    : m_seed(seed)
{
    m_configuration.timeouts = Timeouts{};
}

SimulatedKernel::~SimulatedKernel() = default;

SimulatedKernel::Service *SimulatedKernel::serviceFor(const ServiceKey &key) const
{
    for (const auto &service : m_services) {
        if (service->configuration.key() == key)
            return service.get();
    }
    return nullptr;
}

QStringList SimulatedKernel::apply(const QList<TableChange> &changes)
{
    // The kernel's refusals come from the model's rules; only a batch they all accept
    // reaches the simulated structures, so a refused batch changes nothing.
    IpvsTable next = m_configuration;
    const QStringList refusals = Planner::apply(next, changes);
    if (!refusals.isEmpty())
        return refusals;
    for (const TableChange &change : changes) {
        const ServiceKey key = change.service.key();
        switch (change.kind) {
        case TableChange::Kind::AddService:
            addService(change.service);
            break;
        case TableChange::Kind::EditService:
            editService(change.service);
            break;
        case TableChange::Kind::DeleteService:
            deleteService(key);
            break;
        case TableChange::Kind::AddServer:
            addServer(key, change.server);
            break;
        case TableChange::Kind::EditServer:
            editServer(key, change.server);
            break;
        case TableChange::Kind::DeleteServer:
            deleteServer(key, change.server);
            break;
        case TableChange::Kind::SetTimeouts:
            break; // read from the configuration
        }
    }
    m_configuration = std::move(next);
    return {};
}

void SimulatedKernel::addService(const VirtualService &service)
{
    auto record = std::make_unique<Service>();
    record->id = m_nextServiceId++;
    record->configuration = service;
    record->configuration.realServers.clear();
    record->configuration.stats = {};
    record->scheduler = SimScheduler::create(service.scheduler, service.schedulerFlags, {}, m_seed + record->id);
    m_services.push_back(std::move(record));
}

void SimulatedKernel::editService(const VirtualService &service)
{
    Service *record = serviceFor(service.key());
    const VirtualService before = record->configuration;
    record->configuration = service;
    record->configuration.realServers.clear();
    record->configuration.stats = before.stats;
    // A new scheduler starts afresh (done_service, init_service). sh and mh read their
    // flags on every pick, so rebuilding for new flags changes nothing else.
    if (before.scheduler != service.scheduler || before.schedulerFlags != service.schedulerFlags)
        record->scheduler = SimScheduler::create(service.scheduler, service.schedulerFlags, record->kernelOrder,
                                                 m_seed + record->id);
}

void SimulatedKernel::deleteService(const ServiceKey &key)
{
    const auto found = std::find_if(m_services.begin(), m_services.end(),
                                    [&key](const auto &service) { return service->configuration.key() == key; });
    Service &service = **found;
    for (auto &server : service.servers) {
        server->service = nullptr;
        if (server->references > 0)
            m_trash.push_back(std::move(server));
    }
    m_services.erase(found);
}

void SimulatedKernel::addServer(const ServiceKey &key, const RealServer &server)
{
    Service *service = serviceFor(key);
    // A server deleted while its connections live comes back with them and their counts
    // (ip_vs_trash_get_dest), even into a service deleted and added again on the same
    // address and port, whose counters then start from zero.
    std::unique_ptr<Destination> record;
    const auto trashed = std::find_if(m_trash.begin(), m_trash.end(), [&](const auto &candidate) {
        return candidate->serviceKey == key && candidate->configuration.sameKey(server);
    });
    if (trashed != m_trash.end()) {
        record = std::move(*trashed);
        m_trash.erase(trashed);
        if (record->serviceId != service->id)
            record->totals = {};
    } else {
        record = std::make_unique<Destination>();
        record->kernel.address = server.address;
        record->kernel.port = server.port;
    }
    record->configuration = server;
    record->configuration.connections = {};
    record->configuration.stats = {};
    record->service = service;
    record->serviceId = service->id;
    record->serviceKey = key;
    record->kernel.owner = record.get();
    record->kernel.forwarding = server.forwarding;
    record->kernel.weight = int(server.weight);
    setThresholds(record->kernel, server);
    record->estimator.reset(record->totals);

    SimDestination *added = &record->kernel;
    service->kernelOrder.prepend(added);
    service->servers.push_back(std::move(record));
    service->scheduler->destinationAdded(service->kernelOrder, added);
}

void SimulatedKernel::editServer(const ServiceKey &key, const RealServer &server)
{
    Service *service = serviceFor(key);
    for (auto &record : service->servers) {
        if (!record->configuration.sameKey(server))
            continue;
        record->configuration = server;
        record->configuration.connections = {};
        record->configuration.stats = {};
        record->kernel.forwarding = server.forwarding;
        record->kernel.weight = int(server.weight);
        setThresholds(record->kernel, server);
        service->scheduler->destinationUpdated(service->kernelOrder, &record->kernel);
        return;
    }
}

void SimulatedKernel::deleteServer(const ServiceKey &key, const RealServer &server)
{
    Service *service = serviceFor(key);
    const auto found = std::find_if(service->servers.begin(), service->servers.end(),
                                    [&server](const auto &record) { return record->configuration.sameKey(server); });
    std::unique_ptr<Destination> record = std::move(*found);
    service->servers.erase(found);
    const int formerIndex = int(service->kernelOrder.indexOf(&record->kernel));
    service->kernelOrder.removeAt(formerIndex);
    record->service = nullptr;
    service->scheduler->destinationRemoved(service->kernelOrder, &record->kernel, formerIndex);
    if (record->references > 0)
        m_trash.push_back(std::move(record));
}

IpvsTable SimulatedKernel::table() const
{
    IpvsTable table;
    table.timeouts = m_configuration.timeouts;
    table.syncDaemons = m_configuration.syncDaemons;
    table.services.reserve(qsizetype(m_services.size()));
    for (const auto &service : m_services) {
        VirtualService shown = service->configuration;
        shown.stats = service->totals;
        service->estimator.read(shown.stats);
        shown.realServers.reserve(qsizetype(service->servers.size()));
        // Newest first, as the kernel lists them and the helper reads them.
        for (const SimDestination *kernel : service->kernelOrder) {
            const auto *record = static_cast<const Destination *>(kernel->owner);
            RealServer server = record->configuration;
            server.connections.active = record->kernel.activeConnections;
            server.connections.inactive = record->kernel.inactiveConnections;
            server.connections.persistent = record->kernel.persistentConnections;
            server.stats = record->totals;
            record->estimator.read(server.stats);
            shown.realServers.append(server);
        }
        table.services.append(std::move(shown));
    }
    return table;
}

void SimulatedKernel::zero()
{
    for (auto &service : m_services) {
        service->totals = {};
        service->estimator.reset(service->totals);
        for (auto &record : service->servers) {
            record->totals = {};
            record->estimator.reset(record->totals);
        }
    }
}

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
