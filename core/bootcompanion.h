// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QString>

/**
 * What the boot file cannot hold, kept beside it. ipvsadm.service restores the rules
 * file at start and, on Fedora, overwrites it with `ipvsadm-save -n` at stop, so the
 * thresholds, timeouts and sync daemons it drops cannot simply be added to that file.
 * A systemd drop-in for the unit can run the missing ipvsadm commands after each
 * restore, and the unit's stop never touches it.
 */
namespace BootCompanion {
/// Where the drop-in goes.
QString dropInPath();
/// The commands the table needs after its rules are restored: thresholds, timeouts
/// that differ from the kernel's defaults, sync daemons. Empty if there are none.
QStringList commands(const IpvsTable &table, const QString &ipvsadm = QStringLiteral("/usr/sbin/ipvsadm"));
/// The drop-in file for ipvsadm.service, commented; empty if there is nothing to keep.
QString dropIn(const IpvsTable &table);
}
