// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

/// How the director passes packets to a real server (IP_VS_CONN_F_* forwarding values).
enum class ForwardingMethod : std::uint8_t {
    Masquerading = 0, ///< NAT (-m): the director rewrites addresses both ways
    Local = 1,        ///< the real server is the director itself; the kernel decides this
    Tunnelling = 2,   ///< IP-in-IP, GUE or GRE (-i)
    DirectRouting = 3 ///< DR (-g, ipvsadm's default): the MAC address is rewritten
};

/// Encapsulation for tunnelling (IP_VS_CONN_F_TUNNEL_TYPE_*).
enum class TunnelType : std::uint8_t { Ipip = 0, Gue = 1, Gre = 2 };

/// Checksum option for GUE and GRE (IP_VS_TUNNEL_ENCAP_FLAG_*).
enum class TunnelChecksum : std::uint8_t { None = 0, Checksum = 1, RemoteChecksum = 2 };

namespace Forwarding {
/// "Masq", "Local", "Tunnel", "Route": ipvsadm's listing names.
QString listingName(ForwardingMethod method);
/// "NAT", "DR", "TUN" and "local": the names the how-to and keepalived use.
QString shortName(ForwardingMethod method);
QString tunnelTypeName(TunnelType type); ///< ipip, gue, gre
std::optional<TunnelType> tunnelTypeFromName(QStringView name);
/**
 * What the method does and when to choose it, in the terms of the how-to's comparison of
 * the three (operating systems, network, how many real servers, gateway, efficiency);
 * translated, one paragraph, for tooltips and What's This.
 */
QString explanation(ForwardingMethod method);
}
