// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablechange.h"

#include "ruleswriter.h"
#include "validation.h"

#include <QCoreApplication>

namespace {
// A service change carries the service's attributes only.
VirtualService withoutServers(VirtualService service)
{
    service.realServers = {}; // clear() would allocate: the list is shared with the original
    return service;
}

QStringList messages(const QList<ValidationIssue> &issues)
{
    QStringList result;
    for (const ValidationIssue &issue : issues)
        result.append(issue.message);
    return result;
}
} // namespace

TableChange TableChange::addService(const VirtualService &service)
{
    TableChange change;
    change.kind = Kind::AddService;
    change.service = withoutServers(service);
    return change;
}

TableChange TableChange::editService(const VirtualService &before, const VirtualService &after)
{
    TableChange change;
    change.kind = Kind::EditService;
    change.service = withoutServers(after);
    change.previousService = withoutServers(before);
    return change;
}

TableChange TableChange::deleteService(const VirtualService &service)
{
    TableChange change;
    change.kind = Kind::DeleteService;
    change.service = withoutServers(service);
    change.previousService = change.service;
    return change;
}

TableChange TableChange::addServer(const VirtualService &service, const RealServer &server)
{
    TableChange change;
    change.kind = Kind::AddServer;
    change.service = withoutServers(service);
    change.server = server;
    return change;
}

TableChange TableChange::editServer(const VirtualService &service, const RealServer &before, const RealServer &after)
{
    TableChange change;
    change.kind = Kind::EditServer;
    change.service = withoutServers(service);
    change.server = after;
    change.previousServer = before;
    return change;
}

TableChange TableChange::deleteServer(const VirtualService &service, const RealServer &server)
{
    TableChange change;
    change.kind = Kind::DeleteServer;
    change.service = withoutServers(service);
    change.server = server;
    change.previousServer = server;
    return change;
}

TableChange TableChange::setTimeouts(const Timeouts &before, const Timeouts &after)
{
    TableChange change;
    change.kind = Kind::SetTimeouts;
    change.timeouts = after;
    change.previousTimeouts = before;
    return change;
}

QString TableChange::ipvsadmCommand() const
{
    const QString program = QStringLiteral("ipvsadm ");
    switch (kind) {
    case Kind::AddService:
        return program + RulesWriter::addServiceRule(service);
    case Kind::EditService:
        // ipvsadm -E takes the full description, like -A.
        return program + QStringLiteral("-E") + RulesWriter::addServiceRule(service).mid(2);
    case Kind::DeleteService:
        return program + QStringLiteral("-D ") + RulesWriter::serviceSelector(service);
    case Kind::AddServer:
        return program + RulesWriter::realServerCommand(service, server);
    case Kind::EditServer:
        return program + QStringLiteral("-e") + RulesWriter::realServerCommand(service, server).mid(2);
    case Kind::DeleteServer:
        return program + QStringLiteral("-d ") + RulesWriter::serviceSelector(service) + QStringLiteral(" -r ")
            + server.endpoint();
    case Kind::SetTimeouts:
        return program + QStringLiteral("--set %1 %2 %3").arg(timeouts.tcp).arg(timeouts.tcpFin).arg(timeouts.udp);
    }
    return {};
}

QString TableChange::describe() const
{
    const QString serviceName = Validation::describe(service);
    const QString serverName = Validation::describe(server);
    switch (kind) {
    case Kind::AddService:
        return tr("add %1 (%2)").arg(serviceName, Schedulers::name(service.scheduler));
    case Kind::EditService: {
        QStringList what;
        if (service.scheduler != previousService.scheduler)
            what.append(tr("scheduler %1 to %2")
                            .arg(Schedulers::name(previousService.scheduler), Schedulers::name(service.scheduler)));
        if (service.schedulerFlags != previousService.schedulerFlags)
            what.append(tr("scheduler flags"));
        if (service.persistent != previousService.persistent || service.persistenceTimeout != previousService.persistenceTimeout
            || service.persistenceNetmask != previousService.persistenceNetmask)
            what.append(tr("persistence"));
        if (service.persistenceEngine != previousService.persistenceEngine)
            what.append(tr("persistence engine"));
        if (service.onePacket != previousService.onePacket)
            what.append(tr("one-packet scheduling"));
        return tr("change %1: %2").arg(serviceName, what.join(QStringLiteral(", ")));
    }
    case Kind::DeleteService:
        return tr("delete %1").arg(serviceName);
    case Kind::AddServer:
        return tr("add %1 to %2 (%3, weight %4)")
            .arg(serverName, serviceName, Forwarding::shortName(server.forwarding))
            .arg(server.weight);
    case Kind::EditServer: {
        QStringList what;
        if (server.weight != previousServer.weight)
            what.append(tr("weight %1 to %2").arg(previousServer.weight).arg(server.weight));
        if (server.forwarding != previousServer.forwarding)
            what.append(tr("forwarding %1 to %2")
                            .arg(Forwarding::shortName(previousServer.forwarding), Forwarding::shortName(server.forwarding)));
        if (server.upperThreshold != previousServer.upperThreshold || server.lowerThreshold != previousServer.lowerThreshold)
            what.append(tr("thresholds"));
        if (server.forwarding == ForwardingMethod::Tunnelling
            && (server.tunnelType != previousServer.tunnelType || server.tunnelPort != previousServer.tunnelPort
                || server.tunnelChecksum != previousServer.tunnelChecksum))
            what.append(tr("tunnel options"));
        return tr("change %1 in %2: %3").arg(serverName, serviceName, what.join(QStringLiteral(", ")));
    }
    case Kind::DeleteServer:
        return tr("delete %1 from %2").arg(serverName, serviceName);
    case Kind::SetTimeouts:
        return tr("set the timeouts (tcp tcpfin udp) from %1 %2 %3 to %4 %5 %6")
            .arg(previousTimeouts.tcp)
            .arg(previousTimeouts.tcpFin)
            .arg(previousTimeouts.udp)
            .arg(timeouts.tcp)
            .arg(timeouts.tcpFin)
            .arg(timeouts.udp);
    }
    return {};
}

TableChange TableChange::inverse() const
{
    switch (kind) {
    case Kind::AddService:
        return deleteService(service);
    case Kind::EditService:
        return editService(service, previousService);
    case Kind::DeleteService:
        return addService(previousService);
    case Kind::AddServer:
        return deleteServer(service, server);
    case Kind::EditServer:
        return editServer(service, server, previousServer);
    case Kind::DeleteServer:
        return addServer(service, previousServer);
    case Kind::SetTimeouts:
        return setTimeouts(timeouts, previousTimeouts);
    }
    return *this;
}

QStringList TableChange::applyTo(IpvsTable &table) const
{
    if (kind == Kind::SetTimeouts) {
        Timeouts current = table.timeouts.value_or(Timeouts{});
        if (timeouts.tcp)
            current.tcp = timeouts.tcp;
        if (timeouts.tcpFin)
            current.tcpFin = timeouts.tcpFin;
        if (timeouts.udp)
            current.udp = timeouts.udp;
        table.timeouts = current;
        return {};
    }

    VirtualService *existing = table.find(service.key());
    // Names only for the messages: building them for every change of a large batch
    // would cost more than applying it.
    const auto serviceName = [this] { return Validation::describe(service); };
    switch (kind) {
    case Kind::AddService: {
        if (existing)
            return {tr("%1 already exists").arg(serviceName())};
        const QStringList problems = messages(Validation::checkService(service));
        if (problems.isEmpty())
            table.services.append(withoutServers(service));
        return problems;
    }
    case Kind::EditService: {
        if (!existing)
            return {tr("%1 does not exist").arg(serviceName())};
        const QStringList problems = messages(Validation::checkService(service));
        if (!problems.isEmpty())
            return problems;
        VirtualService edited = service;
        edited.realServers = existing->realServers;
        edited.stats = existing->stats;
        *existing = edited;
        return {};
    }
    case Kind::DeleteService:
        if (!existing)
            return {tr("%1 does not exist").arg(serviceName())};
        table.services.removeIf([&](const VirtualService &s) { return s.key() == service.key(); });
        return {};
    default:
        break;
    }

    // Real-server changes.
    if (!existing)
        return {tr("%1 does not exist").arg(serviceName())};
    RealServer *current = existing->findRealServer(server.address, server.port);
    const auto serverName = [this] { return Validation::describe(server); };
    if (kind == Kind::DeleteServer) {
        if (!current)
            return {tr("%1 is not in %2").arg(serverName(), serviceName())};
        existing->realServers.removeIf([&](const RealServer &r) { return r.sameKey(server); });
        return {};
    }
    if (kind == Kind::AddServer && current)
        return {tr("%1 is already in %2").arg(serverName(), serviceName())};
    if (kind == Kind::EditServer && !current)
        return {tr("%1 is not in %2").arg(serverName(), serviceName())};
    const QStringList problems = messages(Validation::checkRealServer(*existing, server));
    if (!problems.isEmpty())
        return problems;
    if (current) {
        // An edit changes the configuration; the kernel keeps the counters.
        RealServer edited = server;
        edited.connections = current->connections;
        edited.stats = current->stats;
        *current = edited;
    } else {
        existing->realServers.prepend(server); // the kernel lists the newest first
    }
    return {};
}
