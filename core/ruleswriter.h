// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QString>

/**
 * Writes tables as text that ipvsadm reads.
 *
 * rules(): exactly what `ipvsadm -S -n` prints for the same kernel table: ipvsadm's
 * sort order, option order and spellings, defaults left out, and what the format cannot
 * carry (thresholds, timeouts, sync daemons, "local" forwarding, which it writes as -g)
 * dropped as ipvsadm drops it.
 *
 * script(): a shell script of ipvsadm commands that builds the whole table, including
 * what the rules format drops (thresholds, timeouts, sync daemons).
 */
namespace RulesWriter {
QString rules(const IpvsTable &table);
QString script(const IpvsTable &table);

/// The service part of a rule: "-t 192.168.0.1:80", "--sctp-service [::1]:80", "-f 5 -6".
QString serviceSelector(const VirtualService &service);
/// "-A -t ... -s wlc -p 360 ..." as ipvsadm -S writes it.
QString addServiceRule(const VirtualService &service);
/// "-a -t ... -r ... -m -w 1 ..." as ipvsadm -S writes it.
QString addRealServerRule(const VirtualService &service, const RealServer &server);
/// The same with the thresholds the rules format drops ("... -x 100 -y 50").
QString realServerCommand(const VirtualService &service, const RealServer &server);
/// "--start-daemon master --mcast-interface eth0 --syncid 0 ...": what restarts the daemon.
QString startDaemonArguments(const SyncDaemon &daemon);
}
