// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLatin1String>

/**
 * The D-Bus error names of org.lvsstudio.Helper1. The helper sends them with an English
 * message; clients map the names to translated text.
 */
namespace DBusErrors {
inline constexpr QLatin1String notAuthorized{"org.lvsstudio.Error.NotAuthorized"};
/// The table changed since the client read it (someone ran ipvsadm, keepalived...).
inline constexpr QLatin1String conflict{"org.lvsstudio.Error.Conflict"};
inline constexpr QLatin1String serviceExists{"org.lvsstudio.Error.ServiceExists"};
inline constexpr QLatin1String noSuchService{"org.lvsstudio.Error.NoSuchService"};
inline constexpr QLatin1String realServerExists{"org.lvsstudio.Error.RealServerExists"};
inline constexpr QLatin1String noSuchRealServer{"org.lvsstudio.Error.NoSuchRealServer"};
inline constexpr QLatin1String schedulerUnavailable{"org.lvsstudio.Error.SchedulerUnavailable"};
/// IPVS is not in this kernel (module not loaded, no permission to load it).
inline constexpr QLatin1String ipvsUnavailable{"org.lvsstudio.Error.IpvsUnavailable"};
/// Any other refusal; the message has the kernel's reason.
inline constexpr QLatin1String kernelError{"org.lvsstudio.Error.KernelError"};
/// Apply failed and undoing it failed too: the table may be half-changed.
inline constexpr QLatin1String rollbackFailed{"org.lvsstudio.Error.RollbackFailed"};
inline constexpr QLatin1String invalidArgs{"org.freedesktop.DBus.Error.InvalidArgs"};
/// org.lvsstudio.Lab1: a lab is already built (one at a time), or none is.
inline constexpr QLatin1String labExists{"org.lvsstudio.Error.LabExists"};
inline constexpr QLatin1String noSuchLab{"org.lvsstudio.Error.NoSuchLab"};
/// Another lab call is still building, removing or fetching.
inline constexpr QLatin1String labBusy{"org.lvsstudio.Error.LabBusy"};
}
