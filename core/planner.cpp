// SPDX-License-Identifier: GPL-2.0-or-later
#include "planner.h"

#include "ipvsadmorder.h"

#include <algorithm>

namespace {
void planRealServers(const VirtualService &before, const VirtualService &after, QList<TableChange> &changes)
{
    for (const RealServer *server : IpvsadmOrder::realServers(before)) {
        if (!after.findRealServer(server->address, server->port))
            changes.append(TableChange::deleteServer(after, *server));
    }
    for (const RealServer *server : IpvsadmOrder::realServers(after)) {
        const RealServer *old = before.findRealServer(server->address, server->port);
        if (old && !old->sameConfiguration(*server))
            changes.append(TableChange::editServer(after, *old, *server));
    }
    // Added in the order the table lists them from the oldest, so the kernel (which
    // keeps the newest first) ends with the same order as `after`.
    for (auto it = after.realServers.crbegin(); it != after.realServers.crend(); ++it) {
        if (!before.findRealServer(it->address, it->port))
            changes.append(TableChange::addServer(after, *it));
    }
}
} // namespace

QList<TableChange> Planner::plan(const IpvsTable &from, const IpvsTable &to)
{
    QList<TableChange> changes;
    if (to.timeouts && to.timeouts != from.timeouts.value_or(Timeouts{}))
        changes.append(TableChange::setTimeouts(from.timeouts.value_or(Timeouts{}), *to.timeouts));

    for (const VirtualService *service : IpvsadmOrder::services(from)) {
        if (to.find(service->key()))
            continue;
        for (const RealServer *server : IpvsadmOrder::realServers(*service))
            changes.append(TableChange::deleteServer(*service, *server));
        changes.append(TableChange::deleteService(*service));
    }
    for (const VirtualService *service : IpvsadmOrder::services(to)) {
        const VirtualService *old = from.find(service->key());
        if (!old)
            continue;
        if (!old->sameServiceAttributes(*service))
            changes.append(TableChange::editService(*old, *service));
        planRealServers(*old, *service, changes);
    }
    for (const VirtualService *service : IpvsadmOrder::services(to)) {
        if (from.find(service->key()))
            continue;
        changes.append(TableChange::addService(*service));
        planRealServers(VirtualService{}, *service, changes);
    }
    return changes;
}

QStringList Planner::apply(IpvsTable &table, const QList<TableChange> &changes)
{
    for (const TableChange &change : changes) {
        const QStringList refusals = change.applyTo(table);
        if (!refusals.isEmpty())
            return refusals;
    }
    return {};
}

QList<TableChange> Planner::inverse(const QList<TableChange> &changes)
{
    QList<TableChange> inverses;
    inverses.reserve(changes.size());
    std::transform(changes.crbegin(), changes.crend(), std::back_inserter(inverses),
                   [](const TableChange &change) { return change.inverse(); });
    return inverses;
}
