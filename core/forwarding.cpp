// SPDX-License-Identifier: GPL-2.0-or-later
#include "forwarding.h"

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
