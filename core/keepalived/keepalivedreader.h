// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "keepaliveddiagnostic.h"
#include "keepalivedfiles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct KeepalivedReadResult {
    IpvsTable table;
    /// Syntax errors, impossible values and what Validation refuses, each at its line.
    QList<KeepalivedDiagnostic> errors;
    /// What was read but not modelled (VRRP, health checks, sorry servers ...) and the
    /// defaults keepalived applies that an ipvsadm user would not expect.
    QList<KeepalivedDiagnostic> notes;
    bool ok() const { return errors.isEmpty(); }
};

/**
 * Reads the LVS part of a keepalived configuration into the table keepalived would
 * build with every health check passing.
 *
 * Read: `virtual_server IP [PORT]`, `virtual_server fwmark N`, `virtual_server group NAME`
 * with `virtual_server_group` (addresses, ranges `192.168.0.1-10`, `a-b`, `/prefix`,
 * `fwmark N [inet|inet6]`), `lvs_sched`/`lb_algo`, scheduler flags, `ops`,
 * `lvs_method`/`lb_kind` with tunnel options, persistence, `protocol`, `ip_family`,
 * `real_server` with `weight`, `lvs_method`, `uthreshold`, `lthreshold`, and
 * `lvs_timeouts` from `global_defs`. keepalived's defaults apply: NAT forwarding, the
 * wlc scheduler, TCP, 360 s for a bare `persistence_timeout`, and the virtual server's
 * `weight` (1) for real servers.
 *
 * Other blocks (VRRP, health checks, sorry servers ...) are skipped with a note. Errors
 * name the file and line; a statement with an error changes nothing, as in keepalived.
 * Every service and real server also passes Validation, whose issues become errors at
 * the line of their block.
 */
namespace KeepalivedReader {
/// The reader's translation context, for its messages and KeepalivedValues' ("KeepalivedReader").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeepalivedReader)
};

/// Reads `path` and what it includes through `files`.
KeepalivedReadResult readFile(const QString &path, const KeepalivedFiles &files = KeepalivedFiles::disk());
/// Reads `text` as the file `fileName` (used in messages and to resolve relative includes).
KeepalivedReadResult parse(const QString &text, const QString &fileName = QStringLiteral("keepalived.conf"),
                           const KeepalivedFiles &files = KeepalivedFiles::disk());
}
