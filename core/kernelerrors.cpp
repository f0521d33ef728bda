// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelerrors.h"

#include "dbuserrors.h"

#include <cerrno>
#include <cstring>

QString KernelErrors::dbusErrorName(TableChange::Kind kind, int errnoValue)
{
    using Kind = TableChange::Kind;
    const bool serviceChange = kind == Kind::AddService || kind == Kind::EditService || kind == Kind::DeleteService;
    switch (errnoValue) {
    case EEXIST:
        return serviceChange ? DBusErrors::serviceExists : DBusErrors::realServerExists;
    case ESRCH:
        return DBusErrors::noSuchService;
    case ENOENT:
        // The kernel says ENOENT for a missing scheduler or persistence engine on a
        // service, and for a missing destination on a real server.
        if (kind == Kind::AddService || kind == Kind::EditService)
            return DBusErrors::schedulerUnavailable;
        return serviceChange ? DBusErrors::noSuchService : DBusErrors::noSuchRealServer;
    default:
        return DBusErrors::kernelError;
    }
}

QString KernelErrors::explain(const TableChange &change, int errnoValue)
{
    const QString service = change.service.displayName();
    const QString server = change.server.endpoint();
    using Kind = TableChange::Kind;
    switch (errnoValue) {
    case EEXIST:
        return change.kind == Kind::AddService ? QStringLiteral("service %1 already exists").arg(service)
                                               : QStringLiteral("real server %1 already exists in service %2").arg(server, service);
    case ESRCH:
        return QStringLiteral("no such service %1").arg(service);
    case ENOENT:
        if (change.kind == Kind::AddService || change.kind == Kind::EditService)
            return change.service.persistenceEngine.isEmpty()
                ? QStringLiteral("scheduler '%1' is not available: the kernel could not load ip_vs_%1").arg(Schedulers::name(change.service.scheduler))
                : QStringLiteral("scheduler '%1' or persistence engine '%2' is not available (ip_vs_%1, ip_vs_pe_%2)")
                      .arg(Schedulers::name(change.service.scheduler), change.service.persistenceEngine);
        return QStringLiteral("no such real server %1 in service %2").arg(server, service);
    case ERANGE:
        return QStringLiteral("real server %1: weight or thresholds out of range").arg(server);
    case EINVAL:
        if (change.kind == Kind::AddServer || change.kind == Kind::EditServer)
            return QStringLiteral("real server %1 refused: its address is not a unicast address in this host's routing "
                                  "table, or its options do not fit (is lo up?)")
                .arg(server);
        return QStringLiteral("%1 refused: invalid argument").arg(change.describe());
    case EPERM:
        return QStringLiteral("permission denied: IPVS needs CAP_NET_ADMIN");
    default:
        return QStringLiteral("%1: %2").arg(change.describe(), QString::fromLocal8Bit(std::strerror(errnoValue)));
    }
}
