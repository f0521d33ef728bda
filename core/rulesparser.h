// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QList>
#include <QString>
#include <QStringView>

/// One mistake in a rules file or script: where, what was written there, and why.
struct RulesDiagnostic {
    int line = 0;  ///< 1-based; the first line of a continued command
    QString text;  ///< the offending line as written
    QString message;
};

struct RulesParseResult {
    IpvsTable table;
    QList<RulesDiagnostic> errors;
    bool ok() const { return errors.isEmpty(); }
};

/**
 * Reads the ipvsadm rules format (`ipvsadm -S` output, lines such as "-A -t ...") and
 * ipvsadm command scripts (lines starting with "ipvsadm", as in the how-to's listings),
 * in any mix. Commands are applied in order to an empty table the way the kernel would
 * apply them, so a script that edits and deletes as it goes ends in the table it
 * describes. Comments, blank lines, a "#!" line, "set -e" and listing commands (-L, -S, -Z ...)
 * are passed over. Every mistake is reported with its line, not only the first; a line
 * with a mistake changes nothing.
 *
 * Real servers are kept newest first, as the kernel keeps them.
 */
namespace RulesParser {
RulesParseResult parse(QStringView text);
}
