// SPDX-License-Identifier: GPL-2.0-or-later
#include "editsession.h"

#include "planner.h"
#include "servicemodel.h"
#include "validation.h"


EditSession::EditSession(QObject *parent)
    : QObject(parent)
{
}

QString EditSession::serverId(const ServiceKey &key, const IpAddress &address, std::uint16_t port)
{
    return ServiceModel::serverId(key, address, port);
}

IpvsTable EditSession::tableWithMaintenance() const
{
    IpvsTable table = m_edited;
    for (VirtualService &service : table.services) {
        for (RealServer server : maintenanceServers(service.key())) {
            if (service.findRealServer(server.address, server.port))
                continue;
            server.weight = 0;
            server.stats = {};
            server.connections = {};
            service.realServers.append(server);
        }
    }
    return table;
}

QHash<QString, QString> EditSession::serverStates() const
{
    QHash<QString, QString> states;
    for (auto it = m_maintenance.cbegin(); it != m_maintenance.cend(); ++it)
        states.insert(it.key(), QStringLiteral("maintenance"));
    for (const VirtualService &service : m_edited.services) {
        for (const RealServer &server : service.realServers) {
            const QString id = serverId(service.key(), server.address, server.port);
            if (server.weight == 0 && m_drainedWeights.contains(id) && !states.contains(id))
                states.insert(id, QStringLiteral("drain"));
        }
    }
    return states;
}

void EditSession::setKernelTable(const IpvsTable &table, std::uint64_t generation)
{
    m_kernel = table;
    m_generation = generation;
    rebuild();
}

QList<TableChange> EditSession::pending() const
{
    return Planner::plan(m_kernel, m_edited);
}

void EditSession::rebuild()
{
    m_edited = m_kernel;
    m_conflicts.clear();
    m_drainedWeights = m_appliedDrainedWeights;
    m_maintenance = m_appliedMaintenance;
    for (const Edit &edit : std::as_const(m_edits)) {
        IpvsTable attempt = m_edited;
        const QStringList refusals = Planner::apply(attempt, edit.changes);
        if (!refusals.isEmpty()) {
            m_conflicts.append(edit.description + QStringLiteral(": ") + refusals.join(QStringLiteral("; ")));
            continue;
        }
        m_edited = attempt;
        for (auto it = edit.drainedWeights.cbegin(); it != edit.drainedWeights.cend(); ++it)
            m_drainedWeights.insert(it.key(), it.value());
        for (auto it = edit.maintenance.cbegin(); it != edit.maintenance.cend(); ++it) {
            if (it.value().address.isNull())
                m_maintenance.remove(it.key()); // back from maintenance
            else
                m_maintenance.insert(it.key(), it.value());
        }
    }
    Q_EMIT changed();
}

QStringList EditSession::record(const QString &description, const QList<TableChange> &changes, const Edit &extra)
{
    IpvsTable attempt = m_edited;
    const QStringList refusals = Planner::apply(attempt, changes);
    if (!refusals.isEmpty())
        return refusals;
    Edit edit = extra;
    edit.description = description;
    edit.changes = changes;
    m_edits.append(edit);
    m_redo.clear();
    rebuild();
    return {};
}

QStringList EditSession::addService(const VirtualService &service)
{
    QList<TableChange> changes{TableChange::addService(service)};
    for (auto it = service.realServers.crbegin(); it != service.realServers.crend(); ++it)
        changes.append(TableChange::addServer(service, *it));
    return record(tr("add %1").arg(Validation::describe(service)), changes);
}

QStringList EditSession::editService(const ServiceKey &key, const VirtualService &service)
{
    const VirtualService *current = m_edited.find(key);
    if (!current)
        return {tr("the service is gone")};
    if (service.key() == key)
        return record(tr("change %1").arg(Validation::describe(service)), {TableChange::editService(*current, service)});
    // A new address or port is a new service: move the real servers over.
    QList<TableChange> changes;
    for (const RealServer &server : current->realServers)
        changes.append(TableChange::deleteServer(*current, server));
    changes.append(TableChange::deleteService(*current));
    changes.append(TableChange::addService(service));
    for (auto it = current->realServers.crbegin(); it != current->realServers.crend(); ++it) {
        RealServer moved = *it;
        if (!service.isFirewallMark() && moved.forwarding != ForwardingMethod::Masquerading)
            moved.port = service.port; // DR and tunnelling keep the service's port
        changes.append(TableChange::addServer(service, moved));
    }
    return record(tr("change %1 to %2").arg(Validation::describe(*current), Validation::describe(service)), changes);
}

QStringList EditSession::deleteService(const ServiceKey &key)
{
    const VirtualService *current = m_edited.find(key);
    if (!current)
        return {tr("the service is gone")};
    QList<TableChange> changes;
    for (const RealServer &server : current->realServers)
        changes.append(TableChange::deleteServer(*current, server));
    changes.append(TableChange::deleteService(*current));
    return record(tr("delete %1").arg(Validation::describe(*current)), changes);
}

QStringList EditSession::addRealServer(const ServiceKey &key, const RealServer &server)
{
    const VirtualService *service = m_edited.find(key);
    if (!service)
        return {tr("the service is gone")};
    return record(tr("add %1").arg(Validation::describe(server)), {TableChange::addServer(*service, server)});
}

QStringList EditSession::editRealServer(const ServiceKey &key, const RealServer &server)
{
    const VirtualService *service = m_edited.find(key);
    const RealServer *current = service ? service->findRealServer(server.address, server.port) : nullptr;
    if (!current)
        return {tr("the real server is gone")};
    return record(tr("change %1").arg(Validation::describe(server)), {TableChange::editServer(*service, *current, server)});
}

QStringList EditSession::deleteRealServer(const ServiceKey &key, const IpAddress &address, std::uint16_t port)
{
    const VirtualService *service = m_edited.find(key);
    const RealServer *current = service ? service->findRealServer(address, port) : nullptr;
    if (!current)
        return {tr("the real server is gone")};
    return record(tr("delete %1").arg(Validation::describe(*current)), {TableChange::deleteServer(*service, *current)});
}

QStringList EditSession::setWeight(const ServiceKey &key, const IpAddress &address, std::uint16_t port,
                                   std::uint32_t weight)
{
    const VirtualService *service = m_edited.find(key);
    const RealServer *current = service ? service->findRealServer(address, port) : nullptr;
    if (!current)
        return {tr("the real server is gone")};
    RealServer changed = *current;
    changed.weight = weight;
    return record(tr("set the weight of %1 to %2").arg(Validation::describe(*current)).arg(weight),
                  {TableChange::editServer(*service, *current, changed)});
}

EditSession::ServerState EditSession::serverState(const ServiceKey &key, const IpAddress &address,
                                                  std::uint16_t port) const
{
    const QString id = serverId(key, address, port);
    if (m_maintenance.contains(id))
        return ServerState::Maintenance;
    const VirtualService *service = m_edited.find(key);
    const RealServer *server = service ? service->findRealServer(address, port) : nullptr;
    return server && server->weight == 0 && m_drainedWeights.contains(id) ? ServerState::Drain : ServerState::Ready;
}

QList<RealServer> EditSession::maintenanceServers(const ServiceKey &key) const
{
    QList<RealServer> servers;
    const QString prefix = QString::number(qHash(key)) + QLatin1Char('/');
    for (auto it = m_maintenance.cbegin(); it != m_maintenance.cend(); ++it) {
        if (it.key().startsWith(prefix))
            servers.append(it.value());
    }
    return servers;
}

QStringList EditSession::setServerState(const ServiceKey &key, const IpAddress &address, std::uint16_t port,
                                        ServerState state)
{
    const QString id = serverId(key, address, port);
    const ServerState now = serverState(key, address, port);
    if (now == state)
        return {};
    const VirtualService *service = m_edited.find(key);
    if (!service)
        return {tr("the service is gone")};
    const RealServer *current = service->findRealServer(address, port);
    Edit extra;

    // Leave the present state first.
    QList<TableChange> changes;
    RealServer server = current ? *current : m_maintenance.value(id);
    if (now == ServerState::Maintenance) {
        changes.append(TableChange::addServer(*service, server));
        extra.maintenance.insert(id, RealServer{}); // a null address marks "back"
    } else if (now == ServerState::Drain) {
        RealServer restored = server;
        restored.weight = m_drainedWeights.value(id, 1);
        changes.append(TableChange::editServer(*service, server, restored));
        server = restored;
    }
    // Then enter the new one.
    if (state == ServerState::Drain) {
        RealServer drained = server;
        drained.weight = 0;
        changes.append(TableChange::editServer(*service, server, drained));
        extra.drainedWeights.insert(id, server.weight);
    } else if (state == ServerState::Maintenance) {
        changes.append(TableChange::deleteServer(*service, server));
        extra.maintenance.insert(id, server);
    }
    const QString name = Validation::describe(server);
    const QString description = state == ServerState::Drain        ? tr("drain %1").arg(name)
                              : state == ServerState::Maintenance ? tr("put %1 in maintenance").arg(name)
                                                                   : tr("make %1 ready").arg(name);
    return record(description, changes, extra);
}

QStringList EditSession::replaceWith(const IpvsTable &table, const QString &description)
{
    return record(description, Planner::plan(m_edited, table));
}

QString EditSession::undoText() const
{
    return m_edits.isEmpty() ? QString() : m_edits.last().description;
}

QString EditSession::redoText() const
{
    return m_redo.isEmpty() ? QString() : m_redo.last().description;
}

void EditSession::undo()
{
    if (m_edits.isEmpty())
        return;
    m_redo.append(m_edits.takeLast());
    rebuild();
}

void EditSession::redo()
{
    if (m_redo.isEmpty())
        return;
    m_edits.append(m_redo.takeLast());
    rebuild();
}

void EditSession::revert()
{
    m_edits.clear();
    m_redo.clear();
    rebuild();
}

void EditSession::markApplied()
{
    // What the edits asked for is now the kernel's; the drained weights and the servers
    // in maintenance stay remembered so Ready can bring them back.
    m_appliedDrainedWeights = m_drainedWeights;
    m_appliedMaintenance = m_maintenance;
    m_kernel = m_edited;
    m_edits.clear();
    m_redo.clear();
    rebuild();
}
