// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "labdescription.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * One step of building a lab, as the command a person would type for it. The helper
 * performs the same steps (helper/lab/), so what the wizard shows is what is done.
 */
struct LabCommand {
    enum class Kind {
        Netns,   ///< ip netns add / delete: argv is ip's
        Ip,      ///< ip -n NAMESPACE ...: argv is ip's, the namespace in `netns`
        Sysctl,  ///< sysctl -w KEY=VALUE inside `netns`
        Modprobe,///< modprobe MODULE: a kernel module the lab's devices need
        Ipvsadm, ///< ipvsadm ... inside `netns` (the director's)
    };
    Kind kind = Kind::Ip;
    QString netns;     ///< the namespace it runs in, empty for Netns and Modprobe
    QStringList argv;  ///< program first
    QString why;       ///< one line, translated

    /// The command as typed: "ip -n lvs-lab-client addr add 192.168.10.10/24 dev eth0",
    /// "ip netns exec lvs-lab-rs160 sysctl -w net.ipv4.conf.all.arp_ignore=1".
    QString line() const;
    /// For Sysctl: "net.ipv4.conf.all.arp_ignore" and "1".
    QString sysctlKey() const;
    QString sysctlValue() const;
};

namespace LabCommands {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LabCommands)
};

/// Every lab namespace's name starts with this, so leftovers can be found and removed.
inline constexpr char16_t namespacePrefix[] = u"lvs-lab-";

/// "lvs-lab-client", "lvs-lab-director", "lvs-lab-router", "lvs-lab-lan", "lvs-lab-rs160".
QString namespaceName(const QString &role);
QString serverNamespace(int host);
/// The lab's namespaces, in the order they are made.
QStringList namespaces(const LabDescription &lab);

/// Everything that builds the lab: namespaces, links, addresses, routes, sysctls, the
/// director's table. (The HTTP responders are the helper's own, not commands.)
QList<LabCommand> build(const LabDescription &lab);
/// Only the director's table, as ipvsadm commands inside its namespace.
QList<LabCommand> table(const LabDescription &lab);
/// What takes it all down again: deleting a namespace takes its links with it.
QList<LabCommand> teardown(const LabDescription &lab);
/// A shell script of the commands, each after a "# why" comment.
QString script(const QList<LabCommand> &commands);
}
