// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

/**
 * The helper's ways into a lab's network namespaces, without a shell: a thread of its
 * own that setns()es into the namespace (only that thread moves; a socket stays in the
 * namespace it was made in), and ip or modprobe run with a fixed argument vector.
 */
namespace LabNamespaces {
/// Where `ip netns` keeps the namespaces' names.
QString directory();
/// Runs `work` on a new thread inside /run/netns/NAME and waits for it.
bool runIn(const QString &name, const std::function<void()> &work, QString *error);
/// socket(2) inside the namespace; -1 and why on failure. The caller owns the descriptor.
int socketIn(const QString &name, int domain, int type, int protocol, QString *error);
/// Writes a sysctl (net.ipv4.conf.all.arp_ignore) inside the namespace, as sysctl -w would.
bool setSysctl(const QString &name, const QString &key, const QString &value, QString *error);
/// Runs ip or modprobe (looked up in the system's sbin and bin directories only) with
/// these arguments and a minimal environment; false and its error output on failure.
bool run(const QStringList &argv, QString *error);
/// Makes sure the module behind the link kind `kind` (ipip) is loaded: nothing when it
/// is, else modprobe, and where modprobe may not load it (lvs-studio-lab.service holds
/// no CAP_SYS_MODULE), the kernel's own autoloading: a link of that kind added and
/// deleted inside the lab's namespace `name`, which makes the kernel run its modprobe.
bool loadLinkModule(const QString &kind, const QString &name, QString *error);
/// The namespaces whose names start with the lab's prefix: a lab's, or one left behind.
QStringList existing();
}
