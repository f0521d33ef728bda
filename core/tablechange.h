// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * One change to an IPVS table, as one kernel operation: add, edit or delete a service
 * or a real server, or set the timeouts.
 *
 * For a service change, `service` carries the service's key and (for add and edit) its
 * new attributes; its real servers are ignored. For a real-server change, `service`
 * names the service and `server` is the real server (its new state for add and edit).
 * The `previous…` members hold the state before the change; the planner fills them so
 * that inverse() can undo the change (the helper rolls a failed batch back with them).
 */
struct TableChange {
    Q_DECLARE_TR_FUNCTIONS(TableChange)

public:
    enum class Kind {
        AddService,
        EditService,
        DeleteService,
        AddServer,
        EditServer,
        DeleteServer,
        SetTimeouts,
    };

    Kind kind = Kind::AddService;
    VirtualService service;
    RealServer server;
    Timeouts timeouts; ///< for SetTimeouts; 0 leaves a value unchanged, as in ipvsadm --set

    VirtualService previousService; ///< EditService, DeleteService
    RealServer previousServer;      ///< EditServer, DeleteServer
    Timeouts previousTimeouts;      ///< SetTimeouts

    /// The ipvsadm command line that makes this change ("ipvsadm -a -t ... -m -w 1").
    QString ipvsadmCommand() const;
    /// What the change does, in words ("set the weight of real server ... from 1 to 3").
    QString describe() const;
    /// The change that undoes this one (needs the previous state filled in).
    TableChange inverse() const;
    /// Applies the change as the kernel would; returns the reasons it refused (nothing
    /// changed then), or an empty list.
    QStringList applyTo(IpvsTable &table) const;

    static TableChange addService(const VirtualService &service);
    static TableChange editService(const VirtualService &before, const VirtualService &after);
    static TableChange deleteService(const VirtualService &service);
    static TableChange addServer(const VirtualService &service, const RealServer &server);
    static TableChange editServer(const VirtualService &service, const RealServer &before, const RealServer &after);
    static TableChange deleteServer(const VirtualService &service, const RealServer &server);
    static TableChange setTimeouts(const Timeouts &before, const Timeouts &after);
};
