// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QString>

/**
 * Writes a table as the LVS part of a keepalived.conf (keepalived 2.1 or later): one
 * `virtual_server` block per service in ipvsadm's order, each real server with a simple
 * health check to start from, and `lvs_timeouts` in `global_defs` when the table has
 * timeouts.
 *
 * keepalived's default forwarding is NAT, so every virtual_server says `lvs_method`:
 * the method most of its real servers use, and real servers that differ say their own.
 * What keepalived cannot hold is left out with a comment: sync daemons (keepalived runs
 * them from VRRP state), services without real servers (keepalived ignores them), and
 * "local" forwarding, written as DR as ipvsadm -S writes it as -g.
 *
 * KeepalivedReader reads the result back to the same table (IpvsTable::sameConfiguration).
 */
namespace KeepalivedWriter {
QString write(const IpvsTable &table);
}
