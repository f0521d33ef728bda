// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelerrors.h"

#include "dbuserrors.h"

#include <cerrno>

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
