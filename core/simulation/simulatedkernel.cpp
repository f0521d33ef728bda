// SPDX-License-Identifier: GPL-2.0-or-later
#include "simulatedkernelparts.h"

using namespace SimulatedKernelDetail;

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
