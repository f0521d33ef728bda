// SPDX-License-Identifier: GPL-2.0-or-later
#include "realserverabout.h"

#include <QCoreApplication>

#include <algorithm>

using RealServerSetup::OperatingSystem;
using RealServerSetup::Options;
using RealServerSetup::Tr;

namespace {
QString tunnelWords(const RealServer &server)
{
    switch (server.tunnelType) {
    case TunnelType::Ipip:
        return QStringLiteral("tunnelling (IP-in-IP)");
    case TunnelType::Gue:
        return QStringLiteral("tunnelling (GUE, UDP port %1%2)")
            .arg(server.tunnelPort)
            .arg(server.tunnelChecksum == TunnelChecksum::Checksum       ? QStringLiteral(", with checksums")
                     : server.tunnelChecksum == TunnelChecksum::RemoteChecksum ? QStringLiteral(
                           ", with remote checksum offload")
                                                                           : QString());
    case TunnelType::Gre:
        return QStringLiteral("tunnelling (GRE%1)")
            .arg(server.tunnelChecksum == TunnelChecksum::None ? QString() : QStringLiteral(", with checksums"));
    }
    return {};
}
// Which packets a firewall on the real server must let in for its tunnels.
QString firewallWords(const RealServerPlan &plan)
{
    QStringList kinds;
    const QString number = plan.address.isV6() ? QStringLiteral("next header") : QStringLiteral("IP protocol");
    for (const RealServerPlan::Tunnel &tunnel : plan.tunnels) {
        QString words;
        if (tunnel.type == TunnelType::Gue)
            words = QStringLiteral("GUE (UDP port %1)").arg(tunnel.port);
        else if (tunnel.type == TunnelType::Gre)
            words = QStringLiteral("GRE (%1 47)").arg(number);
        else
            words = tunnel.vip.isV6() ? QStringLiteral("IPv6-in-IP (%1 41)").arg(number)
                                      : QStringLiteral("IP-in-IP (%1 4)").arg(number);
        if (!kinds.contains(words))
            kinds.append(words);
    }
    if (kinds.isEmpty())
        return {};
    return QStringLiteral("A firewall on this server must let the director's %1 packets in.")
        .arg(SetupWords::joinedWords(kinds));
}
} // namespace

QString RealServerAbout::methodWords(const RealServer &server)
{
    switch (server.forwarding) {
    case ForwardingMethod::Masquerading:
        return QStringLiteral("NAT");
    case ForwardingMethod::DirectRouting:
        return QStringLiteral("direct routing");
    case ForwardingMethod::Tunnelling:
        return tunnelWords(server);
    case ForwardingMethod::Local:
        return QStringLiteral("local delivery");
    }
    return {};
}

QString RealServerAbout::defaultRouter(const RealServerPlan &plan, const Options &options, QStringList &warnings)
{
    const IpAddress::Family family = plan.address.family();
    if (plan.nat) {
        const IpAddress director = RealServerPlans::directorAddress(options, family);
        if (!director.isNull())
            return director.toString();
        warnings.append(Tr::tr("real server %1: NAT sends the replies back through the director, so its default "
                               "router must be the director's inside %2 address, which was not given; the output "
                               "says %3 in its place")
                            .arg(plan.address.toString(), SetupWords::familyName(family),
                                 SetupText::directorInsidePlaceholder()));
        return SetupText::directorInsidePlaceholder();
    }
    const IpAddress gateway = RealServerPlans::gateway(options, family);
    return gateway.isNull() ? QString() : gateway.toString();
}

QString RealServerAbout::text(const RealServerPlan &plan, OperatingSystem system, const Options &options,
                              const SystemWords &words, QStringList &placeholders)
{
    SetupText out;
    out.comment(QStringLiteral("LVS Studio: real server %1 (%2).")
                    .arg(plan.address.toString(), RealServerSetup::operatingSystemDisplayName(system)));
    out.comment(QStringLiteral("Its services:"));
    for (const RealServerPlan::Role &role : plan.roles) {
        const VirtualService &service = *role.service;
        const RealServer &server = *role.server;
        const QString name = service.displayName();
        if (plan.isDirector) {
            out.bullet(QStringLiteral("%1: this is the director itself, and the kernel hands these connections "
                                      "to a local server, which must listen on %2 of every address.")
                           .arg(name, SetupWords::portWords(service)));
        } else if (server.forwarding == ForwardingMethod::Masquerading) {
            const QString where = service.isFirewallMark()
                ? QStringLiteral("%1 of %2").arg(SetupWords::portWords(service), plan.address.toString())
                : QStringLiteral("%1 port %2 of %3")
                      .arg(Protocols::name(service.protocol))
                      .arg(server.port)
                      .arg(plan.address.toString());
            out.bullet(QStringLiteral("%1 by NAT: something must listen on %2.").arg(name, where));
        } else if (service.isFirewallMark()) {
            out.bullet(QStringLiteral("%1 by %2: a firewall-mark service, whose virtual addresses are in the "
                                      "director's firewall rules, not in the table, so LVS Studio cannot name "
                                      "them here; each needs what this part does for a VIP.")
                           .arg(name, methodWords(server)));
        } else {
            out.bullet(QStringLiteral("%1 by %2: something must listen on %3 of %4, or of every address (as "
                                      "Apache's \"Listen %5\" does).")
                           .arg(name, methodWords(server), SetupWords::portWords(service),
                                service.address.toString())
                           .arg(service.port));
        }
    }
    if (plan.isDirector)
        return out.text();

    const IpAddress::Family family = plan.address.family();
    if (plan.nat) {
        const IpAddress director = RealServerPlans::directorAddress(options, family);
        QString router = director.toString();
        if (director.isNull()) {
            router = SetupText::directorInsidePlaceholder() + QStringLiteral(" (not given)");
            placeholders.append(SetupText::directorInsidePlaceholder());
        }
        out.comment(QString());
        out.comment(QStringLiteral("NAT: the director rewrites each request's destination to this server, and each "
                                   "reply's source back to the VIP on its way out. So every reply must pass "
                                   "through the director: this server's default router is the director's inside "
                                   "address, %1. Clients must not be on this server's own network, or the replies "
                                   "to them would not pass the director.")
                        .arg(router));
    }
    // ARP is IPv4's; IPv6 finds neighbours by Neighbour Discovery.
    const QList<IpAddress> vips = plan.vips();
    const bool v4 = vips.isEmpty() || std::any_of(vips.begin(), vips.end(), [](const IpAddress &vip) { return vip.isV4(); });
    const bool v6 = std::any_of(vips.begin(), vips.end(), [](const IpAddress &vip) { return vip.isV6(); });
    const QString answer = v4 && v6 ? QStringLiteral("answer ARP or Neighbour Solicitations")
        : v6                        ? QStringLiteral("answer Neighbour Solicitations")
                                    : QStringLiteral("answer ARP");
    if (plan.directRouting) {
        out.comment(QString());
        out.comment(QStringLiteral("Direct routing: the director sends each request on unchanged, still addressed to "
                                   "the VIP, to this server's MAC address on the LAN, and this server answers the "
                                   "client itself. So this server holds the VIP on %1, which does not %2, and "
                                   "must not %2 for the VIP on its LAN interface either: there the VIP is the "
                                   "director's, and clients would bypass the director.")
                        .arg(words.loopback, answer));
    }
    if (plan.tunnelling) {
        out.comment(QString());
        out.comment(QStringLiteral("Tunnelling: the director wraps each request, still addressed to the VIP, in a "
                                   "packet to this server's own address, so this server may be on any network. "
                                   "It unwraps the request on a tunnel device, accepts it for the VIP it holds, "
                                   "and answers the client itself. Where it shares a LAN with the director's VIP, "
                                   "it must not %1 for the VIP either.")
                        .arg(answer));
    }
    if (plan.directRouting || plan.tunnelling) {
        if (!words.arpParagraph.isEmpty()) {
            out.comment(QString());
            out.comment(words.arpParagraph);
        }
        if (plan.tunnelling) {
            const QString firewall = firewallWords(plan);
            if (!firewall.isEmpty() || !words.tunnelParagraph.isEmpty()) {
                out.comment(QString());
                out.comment((words.tunnelParagraph.isEmpty() ? QString() : words.tunnelParagraph + QLatin1Char(' '))
                            + firewall);
            }
        }
        if (!plan.nat) {
            const IpAddress gateway = RealServerPlans::gateway(options, family);
            out.comment(QString());
            if (gateway.isNull())
                out.comment(QStringLiteral("Replies leave from the VIP straight to the clients: this server's default "
                                           "route must reach them without passing the director, which drops "
                                           "packets that come from its own VIP. LVS Studio sets that router when "
                                           "it is given one."));
            else
                out.comment(QStringLiteral("Replies leave from the VIP straight to the clients, through this server's "
                                           "own router, %1, set below; never through the director, which drops "
                                           "packets that come from its own VIP.")
                                .arg(gateway.toString()));
        }
    }
    return out.text();
}
