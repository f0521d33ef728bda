// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tablechange.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * A batch of changes as one byte string: how a client sends the helper's transactional
 * Apply. As with the table snapshot, typed D-Bus structures cost libdbus a call per
 * field, and restoring 1,000 services x 10 real servers is 11,000 changes.
 *
 * Encoding (CompactCodec), version 1: "LVSC", version, change count, then per change
 * its kind (0 add service ... 6 set timeouts) and
 *   for a service or real-server change, the service: protocol, address, port, fwmark,
 *     fwmark family, scheduler, scheduler flags, persistent, timeout, netmask,
 *     persistence engine, one-packet;
 *   for a real-server change, also the real server: address, port, forwarding, weight,
 *     upper, lower, tunnel type, tunnel port, tunnel checksum;
 *   for set timeouts: tcp, tcpfin, udp.
 * Only what the change means travels; the `previous…` state is the helper's to read.
 */
namespace ChangeBatch {
/// The largest batch the helper reads: 16 MiB, about 500,000 changes of 30 bytes, so
/// restoring 16,000 services x 20 real servers fits, and the bus's own 32 MiB limit for a
/// message is never what refuses a batch. Larger ones are refused before they are decoded.
inline constexpr qsizetype maxEncodedSize = 16 * 1024 * 1024;

QByteArray encode(const QList<TableChange> &changes);
/// Reads what encode() wrote; false with *error naming the change and what was wrong.
/// The changes still need core's validation: this only checks that each field fits.
bool decode(const QByteArray &bytes, QList<TableChange> *changes, QString *error);
}
