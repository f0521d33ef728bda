// SPDX-License-Identifier: GPL-2.0-or-later
#include "forwarding.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Forwarding)
};
} // namespace

QString Forwarding::listingName(ForwardingMethod method)
{
    switch (method) {
    case ForwardingMethod::Masquerading:
        return QStringLiteral("Masq");
    case ForwardingMethod::Local:
        return QStringLiteral("Local");
    case ForwardingMethod::Tunnelling:
        return QStringLiteral("Tunnel");
    case ForwardingMethod::DirectRouting:
        return QStringLiteral("Route");
    }
    return {};
}

QString Forwarding::shortName(ForwardingMethod method)
{
    switch (method) {
    case ForwardingMethod::Masquerading:
        return QStringLiteral("NAT");
    case ForwardingMethod::Local:
        return QStringLiteral("local");
    case ForwardingMethod::Tunnelling:
        return QStringLiteral("TUN");
    case ForwardingMethod::DirectRouting:
        return QStringLiteral("DR");
    }
    return {};
}

QString Forwarding::tunnelTypeName(TunnelType type)
{
    switch (type) {
    case TunnelType::Ipip:
        return QStringLiteral("ipip");
    case TunnelType::Gue:
        return QStringLiteral("gue");
    case TunnelType::Gre:
        return QStringLiteral("gre");
    }
    return {};
}

std::optional<TunnelType> Forwarding::tunnelTypeFromName(QStringView name)
{
    for (TunnelType type : {TunnelType::Ipip, TunnelType::Gue, TunnelType::Gre}) {
        if (name == tunnelTypeName(type))
            return type;
    }
    return std::nullopt;
}

QString Forwarding::explanation(ForwardingMethod method)
{
    switch (method) {
    case ForwardingMethod::Masquerading:
        return Tr::tr("VS/NAT (-m): the director rewrites the destination of each request and the source of each "
                      "reply, so every reply must come back through it. The real servers sit on a private network "
                      "with the director as their default gateway; any operating system works. The director is the "
                      "bottleneck: about 10 to 20 real servers on 100 Mbit/s. Efficiency: fair.");
    case ForwardingMethod::Tunnelling:
        return Tr::tr("VS/TUN (-i): the director wraps each request in an IP tunnel (IP-in-IP, GUE or GRE) to the "
                      "real server, which unwraps it, answers from the VIP and replies straight to the client "
                      "through its own router. The real servers' operating system must support tunnelling; they "
                      "may be on the LAN or anywhere on the WAN (the only method for servers far apart). About 100 "
                      "real servers. Efficiency: high.");
    case ForwardingMethod::DirectRouting:
        return Tr::tr("VS/DR (-g, ipvsadm's default): the director only rewrites the frame's MAC address, so it "
                      "and the real servers must share a LAN segment; each real server holds the VIP on a device "
                      "that does not answer ARP (lo) and replies straight to the client through its own router. "
                      "Most operating systems can. About 100 real servers. Efficiency: the highest.");
    case ForwardingMethod::Local:
        return Tr::tr("Local: the real server is the director itself; the kernel delivers the connection to its "
                      "own sockets, whatever method was asked for.");
    }
    return {};
}
