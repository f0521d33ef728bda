// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <cstdint>

/**
 * A fingerprint of a table's configuration (services, real servers with thresholds,
 * timeouts, sync daemons), not of its counters and not of the order the kernel happened
 * to list things in. A client sends the one it saw with a batch of changes; the helper
 * refuses the batch if the kernel's table no longer has it. A table without timeouts
 * counts as having the kernel's defaults.
 */
namespace TableGeneration {
std::uint64_t of(const IpvsTable &table);
}
