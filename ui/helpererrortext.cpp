// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpererrortext.h"

#include "dbuserrors.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HelperErrorText)
};
} // namespace

QString HelperErrorText::headline(const QString &name)
{
    if (name == DBusErrors::notAuthorized)
        return Tr::tr("You are not allowed to do this: polkit refused it (or the password was not given).");
    if (name == DBusErrors::conflict)
        return Tr::tr("Someone else changed the table since it was read, so nothing was applied.");
    if (name == DBusErrors::serviceExists)
        return Tr::tr("The kernel already has this virtual service.");
    if (name == DBusErrors::noSuchService)
        return Tr::tr("The kernel has no such virtual service.");
    if (name == DBusErrors::realServerExists)
        return Tr::tr("The service already has this real server.");
    if (name == DBusErrors::noSuchRealServer)
        return Tr::tr("The service has no such real server.");
    if (name == DBusErrors::schedulerUnavailable)
        return Tr::tr("The kernel does not have this scheduler (its ip_vs_ module could not be loaded).");
    if (name == DBusErrors::ipvsUnavailable)
        return Tr::tr("IPVS is not available in this kernel (the ip_vs module is not loaded and could not be).");
    if (name == DBusErrors::kernelError)
        return Tr::tr("The kernel refused the change; the table is as it was before.");
    if (name == DBusErrors::rollbackFailed)
        return Tr::tr("The change failed and undoing it failed too: the kernel's table may be half-changed. "
                      "Compare it with what you expected before going on.");
    if (name == DBusErrors::invalidArgs)
        return Tr::tr("The helper refused the request as invalid; nothing was changed.");
    if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
        || name == QLatin1String("org.freedesktop.DBus.Error.NoReply"))
        return Tr::tr("The helper (lvs-studio-helper) could not be reached on the system bus.");
    return {};
}

QString HelperErrorText::describe(const QString &name, const QString &message)
{
    const QString text = headline(name);
    if (text.isEmpty())
        return message;
    if (message.isEmpty())
        return text;
    //: %1 is a translated sentence; %2 the helper's own English explanation.
    return Tr::tr("%1\n\nThe helper said: %2").arg(text, message);
}
