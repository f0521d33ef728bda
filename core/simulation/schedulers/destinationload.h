// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simdestination.h"

#include <cstdint>

/**
 * The load figures the kernel's schedulers compare, with the kernel's integer types
 * so that wrap-around and ties come out the same.
 */
namespace DestinationLoad {

/// ip_vs_dest_conn_overhead() as the kernel's int (SimDestination::connectionOverhead()).
inline int overhead(const SimDestination &d)
{
    return int(d.connectionOverhead());
}

/// sed and nq: only the active connections, plus the one being scheduled.
inline int expectedDelay(const SimDestination &d)
{
    return int(d.activeConnections + 1);
}

/// Whether a's load per weight is above b's: (s64)ha * wb > (s64)hb * wa.
inline bool heavier(int loadA, int weightA, int loadB, int weightB)
{
    return std::int64_t(loadA) * weightB > std::int64_t(loadB) * weightA;
}

} // namespace DestinationLoad
