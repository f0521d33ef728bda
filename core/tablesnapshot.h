// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QByteArray>
#include <QString>

/**
 * The whole IPVS table, counters included, as one byte string: how the helper's
 * GetTable sends it. Typed D-Bus structures cost libdbus a call per field; a director
 * with 1,000 services x 10 real servers has 280,000 of them, which made reading through
 * the helper three times slower than ipvsadm. A byte array crosses the bus as a single
 * block.
 *
 * Encoding, version 1: every number an unsigned LEB128 varint (counters are mostly
 * small, so a table takes a third of the bytes fixed widths would), a string its UTF-8
 * length and bytes, an address its family (0 none, 4, 6) and 0, 4 or 16 bytes.
 *   "LVST", version,
 *   has-timeouts, tcp, tcpfin, udp,
 *   daemon count, each: role, interface, sync id, max length, group (address), port, ttl,
 *   service count, each: protocol, address, port, fwmark, fwmark family, scheduler,
 *       scheduler flags, persistent, timeout, netmask, persistence engine, one-packet,
 *       statistics, real-server count, each: address, port, forwarding, weight, upper,
 *       lower, tunnel type, tunnel port, tunnel checksum, active, inactive, persistent,
 *       statistics
 *   where statistics are ten numbers: conns, in/out packets, in/out bytes, and the five rates.
 */
namespace TableSnapshot {
QByteArray encode(const IpvsTable &table);
/// Reads what encode() wrote; false with *error naming what was wrong, *table untouched.
bool decode(const QByteArray &bytes, IpvsTable *table, QString *error);
}
