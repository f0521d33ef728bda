// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpererrortext.h"

#include "dbuserrors.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HelperErrorText)
};
} // namespace

namespace {
struct Headline {
    QLatin1String name;
    const char *text;
};

// One sentence per error the helper sends (DBusErrors), in the user's language.
const Headline headlines[] = {
    {DBusErrors::notAuthorized,
     QT_TRANSLATE_NOOP("HelperErrorText",
                       "You are not allowed to do this: polkit refused it (or the password was not given).")},
    {DBusErrors::conflict,
     QT_TRANSLATE_NOOP("HelperErrorText", "Someone else changed the table since it was read, so nothing was applied.")},
    {DBusErrors::serviceExists, QT_TRANSLATE_NOOP("HelperErrorText", "The kernel already has this virtual service.")},
    {DBusErrors::noSuchService, QT_TRANSLATE_NOOP("HelperErrorText", "The kernel has no such virtual service.")},
    {DBusErrors::realServerExists, QT_TRANSLATE_NOOP("HelperErrorText", "The service already has this real server.")},
    {DBusErrors::noSuchRealServer, QT_TRANSLATE_NOOP("HelperErrorText", "The service has no such real server.")},
    {DBusErrors::schedulerUnavailable,
     QT_TRANSLATE_NOOP("HelperErrorText",
                       "The kernel does not have this scheduler (its ip_vs_ module could not be loaded).")},
    {DBusErrors::ipvsUnavailable,
     QT_TRANSLATE_NOOP("HelperErrorText",
                       "IPVS is not available in this kernel (the ip_vs module is not loaded and could not be).")},
    {DBusErrors::kernelError,
     QT_TRANSLATE_NOOP("HelperErrorText", "The kernel refused the change; the table is as it was before.")},
    {DBusErrors::rollbackFailed,
     QT_TRANSLATE_NOOP("HelperErrorText",
                       "The change failed and undoing it failed too: the kernel's table may be half-changed. "
                       "Compare it with what you expected before going on.")},
    {DBusErrors::invalidArgs,
     QT_TRANSLATE_NOOP("HelperErrorText", "The helper refused the request as invalid; nothing was changed.")},
    {QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"),
     QT_TRANSLATE_NOOP("HelperErrorText", "The helper (lvs-studio-helper) could not be reached on the system bus.")},
    {QLatin1String("org.freedesktop.DBus.Error.NoReply"),
     QT_TRANSLATE_NOOP("HelperErrorText", "The helper (lvs-studio-helper) could not be reached on the system bus.")},
};
} // namespace

QString HelperErrorText::headline(const QString &name)
{
    for (const Headline &known : headlines) {
        if (name == known.name)
            return Tr::tr(known.text);
    }
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
