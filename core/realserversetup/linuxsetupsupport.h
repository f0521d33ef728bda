// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "realserversetup.h"
#include "setuptext.h"

/// What the Linux director's and real servers' snippets share.
namespace LinuxSetupSupport {
/// Where the old network-scripts (ifcfg) files of RHEL and Fedora live.
inline const QString scriptsDirectory = QStringLiteral("/etc/sysconfig/network-scripts/");

inline RealServerSetup::Snippet snippet(RealServerSetup::Snippet::Kind kind, RealServerSetup::Snippet::Use use,
                                        const QString &title, const QString &path, const QString &text,
                                        const IpAddress &server = {})
{
    return RealServerSetup::Snippet::make(RealServerSetup::OperatingSystem::Linux, kind, use, title, path, text, server);
}

/// "ip" or "ip -6", as the address needs.
inline QString ipCommand(const IpAddress &address)
{
    return address.isV6() ? QStringLiteral("ip -6") : QStringLiteral("ip");
}

/// nmcli's way to find the profile an interface runs on, shared by the snippets that edit it.
inline void activeConnection(SetupText &out, const QString &interface)
{
    out.line(QStringLiteral("conn=$(nmcli -g GENERAL.CONNECTION device show %1)").arg(interface));
    out.line(QStringLiteral("if [ -z \"$conn\" ]; then"));
    out.line(QStringLiteral("    echo \"%1 has no active NetworkManager connection\" >&2").arg(interface));
    out.line(QStringLiteral("    exit 1"));
    out.line(QStringLiteral("fi"));
}
}
