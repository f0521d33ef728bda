// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QList>
#include <QString>

/**
 * Reads a table from any file format LVS Studio understands, telling them apart by
 * their content: ipvsadm rules (`ipvsadm -S`), ipvsadm command scripts, and
 * keepalived.conf. lvsctl and the window's Import both read through here.
 */
namespace TableReader {
enum class Format { Rules, Keepalived };

struct Diagnostic {
    QString file;
    int line = 0;
    QString message;
    QString toString() const; ///< "FILE:LINE: message"
};

struct Result {
    Format format = Format::Rules;
    IpvsTable table;
    QList<Diagnostic> errors; ///< mistakes: the table is not to be used
    QList<Diagnostic> notes;  ///< what was read but not modelled (keepalived's VRRP ...)
    bool ok() const { return errors.isEmpty(); }
};

/// keepalived.conf if its statements are keepalived's (virtual_server, global_defs ...).
Format detect(QStringView text);

/// Reads `text` as the file `fileName` ("-" for standard input); keepalived's includes
/// are resolved relative to it.
Result read(const QString &text, const QString &fileName);
}
