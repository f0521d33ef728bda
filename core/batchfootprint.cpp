// SPDX-License-Identifier: GPL-2.0-or-later
#include "batchfootprint.h"

namespace {
void removeService(IpvsTable &table, const ServiceKey &key)
{
    table.services.removeIf([&](const VirtualService &service) { return service.key() == key; });
}

QString timeoutNames(bool tcp, bool tcpFin, bool udp)
{
    QStringList names;
    if (tcp)
        names << QStringLiteral("tcp");
    if (tcpFin)
        names << QStringLiteral("tcpfin");
    if (udp)
        names << QStringLiteral("udp");
    return names.join(QLatin1Char(' '));
}
} // namespace

BatchFootprint BatchFootprint::of(const QList<TableChange> &changes, const QList<bool> &mayHaveApplied,
                                  const IpvsTable &before)
{
    BatchFootprint footprint;
    // The batch's own earlier changes count as well: a service it added and then filled
    // has no real servers in `before`, yet deleting it later touches them.
    IpvsTable during = before;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const TableChange &change = changes.at(i);
        const ServiceKey service = change.service.key();
        if (i >= mayHaveApplied.size() || !mayHaveApplied.at(i))
            continue; // refused with an errno, or never sent: the kernel did nothing
        switch (change.kind) {
        case TableChange::Kind::AddService:
        case TableChange::Kind::EditService:
            footprint.touchService(service);
            break;
        case TableChange::Kind::DeleteService:
            footprint.touchService(service);
            if (const VirtualService *had = during.find(service))
                for (const RealServer &server : had->realServers)
                    footprint.touchServer({service, server.address, server.port});
            break;
        case TableChange::Kind::AddServer:
        case TableChange::Kind::EditServer:
        case TableChange::Kind::DeleteServer:
            footprint.touchServer({service, change.server.address, change.server.port});
            break;
        case TableChange::Kind::SetTimeouts:
            footprint.m_timeouts.tcp |= change.timeouts.tcp != 0;
            footprint.m_timeouts.tcpFin |= change.timeouts.tcpFin != 0;
            footprint.m_timeouts.udp |= change.timeouts.udp != 0;
            break;
        }
        change.applyTo(during);
    }
    return footprint;
}

void BatchFootprint::touchService(const ServiceKey &key)
{
    if (!m_serviceSet.contains(key)) {
        m_serviceSet.insert(key);
        m_services.append(key);
    }
}

void BatchFootprint::touchServer(const ServerKey &key)
{
    if (!m_serverSet.contains(key)) {
        m_serverSet.insert(key);
        m_servers.append(key);
    }
}

IpvsTable BatchFootprint::restore(const IpvsTable &now, const IpvsTable &before, QStringList *unrestorable) const
{
    IpvsTable target = now;
    for (const ServiceKey &key : m_services) {
        const VirtualService *was = before.find(key);
        VirtualService *is = target.find(key);
        if (!was) {
            removeService(target, key);
            continue;
        }
        VirtualService attributes = *was;
        // Its real servers are settled one by one below: only the touched ones go back.
        attributes.realServers = is ? is->realServers : QList<RealServer>{};
        if (is)
            *is = attributes;
        else
            target.services.append(attributes);
    }
    for (const ServerKey &key : m_servers) {
        const VirtualService *wasService = before.find(key.service);
        const RealServer *was = wasService ? wasService->findRealServer(key.address, key.port) : nullptr;
        VirtualService *isService = target.find(key.service);
        if (!isService) {
            if (was)
                unrestorable->append(QStringLiteral("%1: its service was deleted by someone else meanwhile")
                                         .arg(serverName(key, before, now)));
            continue;
        }
        RealServer *is = isService->findRealServer(key.address, key.port);
        if (was && is)
            *is = *was;
        else if (was)
            isService->realServers.append(*was);
        else if (is)
            isService->realServers.removeIf([&](const RealServer &server) {
                return server.address == key.address && server.port == key.port;
            });
    }
    if (m_timeouts.any()) {
        Timeouts timeouts = target.timeouts.value_or(Timeouts{});
        const Timeouts was = before.timeouts.value_or(Timeouts{});
        if (m_timeouts.tcp)
            timeouts.tcp = was.tcp;
        if (m_timeouts.tcpFin)
            timeouts.tcpFin = was.tcpFin;
        if (m_timeouts.udp)
            timeouts.udp = was.udp;
        target.timeouts = timeouts;
    }
    return target;
}

QStringList BatchFootprint::differences(const IpvsTable &table, const IpvsTable &before) const
{
    QStringList found;
    for (const ServiceKey &key : m_services) {
        const VirtualService *was = before.find(key);
        const VirtualService *is = table.find(key);
        if (!was && is)
            found << QStringLiteral("service %1 is still there").arg(is->displayName());
        else if (was && !is)
            found << QStringLiteral("service %1 is missing").arg(was->displayName());
        else if (was && !is->sameServiceAttributes(*was))
            found << QStringLiteral("service %1 has other settings").arg(was->displayName());
    }
    for (const ServerKey &key : m_servers) {
        const VirtualService *wasService = before.find(key.service);
        const VirtualService *isService = table.find(key.service);
        const RealServer *was = wasService ? wasService->findRealServer(key.address, key.port) : nullptr;
        const RealServer *is = isService ? isService->findRealServer(key.address, key.port) : nullptr;
        if (!was && is)
            found << QStringLiteral("%1 is still there").arg(serverName(key, before, table));
        else if (was && !is)
            found << QStringLiteral("%1 is missing").arg(serverName(key, before, table));
        else if (was && !is->sameConfiguration(*was))
            found << QStringLiteral("%1 has other settings").arg(serverName(key, before, table));
    }
    if (m_timeouts.any()) {
        const Timeouts was = before.timeouts.value_or(Timeouts{});
        const Timeouts is = table.timeouts.value_or(Timeouts{});
        const QString differing = timeoutNames(m_timeouts.tcp && was.tcp != is.tcp,
                                               m_timeouts.tcpFin && was.tcpFin != is.tcpFin,
                                               m_timeouts.udp && was.udp != is.udp);
        if (!differing.isEmpty())
            found << QStringLiteral("the %1 timeout differs").arg(differing);
    }
    return found;
}

QString BatchFootprint::serverName(const ServerKey &key, const IpvsTable &before, const IpvsTable &table)
{
    const VirtualService *service = before.find(key.service);
    if (!service)
        service = table.find(key.service);
    const QString endpoint = key.address.toStringWithPort(key.port);
    return service ? QStringLiteral("real server %1 of %2").arg(endpoint, service->displayName())
                   : QStringLiteral("real server %1").arg(endpoint);
}
