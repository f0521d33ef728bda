// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QString>

#include <optional>

/// The text formats a table is exported to, and read back from by TableReader.
namespace TableFormats {
enum class Format {
    Rules,      ///< ipvsadm -S -n (Fedora's /etc/sysconfig/ipvsadm)
    Script,     ///< ipvsadm commands, keeping what the rules format drops
    Keepalived, ///< keepalived.conf virtual_server blocks
};
/// "rules", "script", "keepalived".
std::optional<Format> fromName(const QString &name);
QString write(const IpvsTable &table, Format format);
}
