// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "tablechange.h"

#include <QList>

/**
 * Turns the table you have into the table you want with the fewest kernel operations.
 *
 * - An edit wherever one does it: scheduler, flags, persistence, engine and one-packet
 *   scheduling are service edits; weight, forwarding, tunnel options and thresholds are
 *   real-server edits. Only a changed key (a service's protocol, address, port or mark;
 *   a real server's address or port) is a delete and an add.
 * - Services before their real servers when adding; real servers before their service
 *   when deleting, so that every change has a single-change inverse.
 * - Timeouts change only when `to` says what they should be.
 * Sync daemons are not planned.
 */
namespace Planner {
QList<TableChange> plan(const IpvsTable &from, const IpvsTable &to);

/// Applies the changes in order; stops at the first refusal and returns its reasons.
QStringList apply(IpvsTable &table, const QList<TableChange> &changes);
/// The changes that undo `changes`: their inverses in reverse order.
QList<TableChange> inverse(const QList<TableChange> &changes);
}
