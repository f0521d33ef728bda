// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Which daemons that rewrite the IPVS table on their own are running: keepalived,
 * ldirectord, kube-proxy. Changes made beside them are undone at their next sync, so
 * the window marks their services as managed.
 */
namespace TableManagers {
/// Names of the running managers, from /proc/<pid>/comm under procRoot.
QStringList running(const QString &procRoot = QStringLiteral("/proc"));
}
