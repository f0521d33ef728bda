// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syncdaemon.h"
#include "virtualservice.h"

#include <QString>

#include <memory>
#include <optional>

struct nl_msg;
struct nlattr;

/**
 * The IPVS generic netlink attributes of services and real servers, both ways, without
 * a socket: what the kernel expects (ports, tunnel port and IPv4 netmask in network
 * order, the 16-byte address, FLAGS as a {flags, mask} pair) and what it sends back
 * (STATS64 before the older STATS, HASHED masked out, LOCALNODE as local forwarding).
 * Anything missing or malformed in a reply is an error naming the attribute.
 */
namespace IpvsAttributes {
struct MessageDeleter {
    void operator()(nl_msg *message) const;
};
using Message = std::unique_ptr<nl_msg, MessageDeleter>;

/// A message with just a netlink and generic netlink header for `command`.
Message newMessage(int family, int command, int flags = 0);

/// Adds the IPVS_CMD_ATTR_SERVICE nest: the key alone, or (full) with its attributes.
bool putService(nl_msg *message, const VirtualService &service, bool full);
/// Adds the IPVS_CMD_ATTR_DEST nest of a real server of `service`.
bool putRealServer(nl_msg *message, const VirtualService &service, const RealServer &server, bool full);

/// Reads an IPVS_CMD_ATTR_SERVICE nest (its real servers stay empty).
std::optional<VirtualService> parseService(nlattr *nest, QString *error);
/// Reads an IPVS_CMD_ATTR_DEST nest.
std::optional<RealServer> parseRealServer(nlattr *nest, QString *error);

/// Adds the IPVS_CMD_ATTR_DAEMON nest: the role alone (to stop it), or (full) every
/// option, the optional ones only when set, as ipvsadm sends them.
bool putDaemon(nl_msg *message, const SyncDaemon &daemon, bool full);
/// Reads an IPVS_CMD_ATTR_DAEMON nest of a GET_DAEMON reply.
std::optional<SyncDaemon> parseDaemon(nlattr *nest, QString *error);
}
