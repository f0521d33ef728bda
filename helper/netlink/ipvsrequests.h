// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvsattributes.h"
#include "ipvskernel.h"

#include <optional>

/**
 * One function per IPVS generic netlink command, building its request for a resolved
 * family id, and the parsers of the replies that are not services, real servers or
 * daemons (IpvsAttributes has those). No socket here: the tests check every request
 * and reply byte for byte without a kernel. A null Message means it could not be built.
 */
namespace IpvsRequests {
using Message = IpvsAttributes::Message;

Message info(int family);
Message dumpServices(int family);
/// The real servers of one service: a dump filtered by the service's key.
Message dumpRealServers(int family, const VirtualService &service);
Message config(int family);
Message dumpDaemons(int family);
/// NEW/SET/DEL_SERVICE, NEW/SET/DEL_DEST or SET_CONFIG, as the change's kind says.
Message change(int family, const TableChange &change);
/// Zeroes one service's counters, or (nullopt) everything's.
Message zero(int family, const std::optional<ServiceKey> &service);
Message flush(int family);
Message startDaemon(int family, const SyncDaemon &daemon);
Message stopDaemon(int family, SyncDaemon::Role role);

/// GET_INFO's reply: the IPVS version and connection table size.
std::optional<IpvsInfo> parseInfo(nl_msg *reply, QString *error);
/// GET_CONFIG's reply: the three timeouts (a kernel without TCP or UDP support leaves
/// those at their defaults).
std::optional<Timeouts> parseConfig(nl_msg *reply, QString *error);
}
