// SPDX-License-Identifier: GPL-2.0-or-later
// The Linux director's part of the setup: forwarding, the VIPs it holds, marks, NAT routes.
#include "linuxsetup.h"

#include "linuxsetupsupport.h"
#include "realserverabout.h"
#include "setuptext.h"

#include <algorithm>

using RealServerSetup::OperatingSystem;
using RealServerSetup::Options;
using RealServerSetup::Snippet;
using RealServerSetup::Tr;
using namespace LinuxSetupSupport;

namespace {
const QString directorSysctlPath = QStringLiteral("/etc/sysctl.d/90-lvs-director.conf");
} // namespace

QList<Snippet> LinuxSetup::director(const IpvsTable &table, const Options &options, QStringList &warnings)
{
    QList<Snippet> snippets;
    const QString interface = options.directorInterface;
    bool nat = false;
    bool routed = false; // DR or TUN
    bool directRouted = false;
    bool tunnelled = false;
    bool ipv6 = false;
    QList<IpAddress> vips; // DR and TUN VIPs, which the director must hold
    QList<IpAddress::Family> natFamilies;
    QStringList markServices;

    SetupText about;
    about.comment(QStringLiteral("LVS Studio: the director (Linux)."));
    about.comment(QStringLiteral("Its services:"));
    for (const VirtualService &service : table.services) {
        if (service.family() == IpAddress::Family::V6)
            ipv6 = true;
        QStringList parts;
        QList<IpAddress> local;
        for (ForwardingMethod method : {ForwardingMethod::Masquerading, ForwardingMethod::DirectRouting,
                                        ForwardingMethod::Tunnelling}) {
            QStringList targets;
            for (auto it = service.realServers.crbegin(); it != service.realServers.crend(); ++it) {
                const bool isLocal = it->forwarding == ForwardingMethod::Local
                    || (!service.isFirewallMark() && it->address == service.address)
                    || it->address == RealServerPlans::directorAddress(options, it->address.family());
                if (isLocal) {
                    if (!local.contains(it->address))
                        local.append(it->address);
                    continue;
                }
                if (it->forwarding != method)
                    continue;
                if (it->address.family() == IpAddress::Family::V6)
                    ipv6 = true;
                targets.append(method == ForwardingMethod::Masquerading ? it->endpoint() : it->address.toString());
            }
            if (targets.isEmpty())
                continue;
            const QString words = method == ForwardingMethod::Masquerading ? QStringLiteral("NAT")
                : method == ForwardingMethod::DirectRouting                ? QStringLiteral("direct routing")
                                                                           : QStringLiteral("tunnelling");
            parts.append(QStringLiteral("%1 to %2").arg(words, SetupWords::joinedWords(targets)));
            if (method == ForwardingMethod::Masquerading) {
                nat = true;
                if (!natFamilies.contains(service.family()))
                    natFamilies.append(service.family());
            } else {
                routed = true;
                tunnelled = tunnelled || method == ForwardingMethod::Tunnelling;
                directRouted = directRouted || method == ForwardingMethod::DirectRouting;
                if (service.isFirewallMark()) {
                    if (!markServices.contains(service.displayName()))
                        markServices.append(service.displayName());
                } else if (!vips.contains(service.address)) {
                    vips.append(service.address);
                }
            }
        }
        for (const IpAddress &address : std::as_const(local))
            parts.append(QStringLiteral("%1 is this machine itself, where the kernel hands the connections to a "
                                        "local server")
                             .arg(address.toString()));
        if (parts.isEmpty())
            parts.append(QStringLiteral("no real servers yet"));
        about.bullet(QStringLiteral("%1: %2.").arg(service.displayName(), parts.join(QStringLiteral("; "))));
    }
    if (nat) {
        QStringList directors;
        for (IpAddress::Family family : {IpAddress::Family::V4, IpAddress::Family::V6}) {
            const IpAddress director = RealServerPlans::directorAddress(options, family);
            if (natFamilies.contains(family) && !director.isNull())
                directors.append(director.toString());
        }
        about.comment(QString());
        about.comment(QStringLiteral("NAT: the real servers' replies come back through this machine, which rewrites "
                                     "their source to the VIP and forwards them to the clients: forwarding must be "
                                     "on (below), and each NAT real server's default router must be this machine's "
                                     "inside address%1 (see the real servers' part). A NAT VIP is this machine's own "
                                     "address on the clients' side; LVS Studio does not add it. Clients must not be "
                                     "on the real servers' network.")
                          .arg(directors.isEmpty() ? QString()
                                                   : QStringLiteral(", ") + SetupWords::joinedWords(directors)));
    }
    if (routed) {
        about.comment(QString());
        about.comment(QStringLiteral("%1: this machine holds the VIP on %2 and answers for it on the LAN, so that "
                                     "clients' packets for it arrive here (below). %3 The replies go from the real "
                                     "servers straight to the clients.")
                          .arg(directRouted && tunnelled ? QStringLiteral("Direct routing and tunnelling")
                                   : tunnelled           ? QStringLiteral("Tunnelling")
                                                         : QStringLiteral("Direct routing"),
                               interface,
                               directRouted && tunnelled
                                   ? QStringLiteral("It passes each request on unchanged, to a real server on the "
                                                    "same LAN by its MAC address, or wrapped in a packet to the "
                                                    "real server, which may be on any network.")
                                   : tunnelled ? QStringLiteral("It passes each request on wrapped in a packet to the "
                                                                "real server, which may be on any network.")
                                               : QStringLiteral("It passes each request on unchanged, to a real "
                                                                "server on the same LAN by its MAC address.")));
    }
    if (tunnelled)
        about.comment(QStringLiteral("Each tunnelled packet grows by the tunnel's headers (20 bytes for IP-in-IP over "
                                     "IPv4); the director answers a full-size packet that may not be fragmented "
                                     "with ICMP \"fragmentation needed\" (net.ipv4.vs.pmtu_disc = 1, the default), "
                                     "so that ICMP must reach the clients."));
    if (!markServices.isEmpty()) {
        about.comment(QString());
        about.comment(QStringLiteral("%1: the addresses a firewall mark selects are in the firewall rules, not in the "
                                     "table; for direct routing and tunnelling each needs what a VIP gets below.")
                          .arg(SetupWords::joinedWords(markServices)));
        warnings.append(Tr::tr("director: the VIPs of %1 are chosen by firewall mark and are not in the table, so "
                               "they are not set up")
                            .arg(SetupWords::joinedWords(markServices)));
    }
    about.comment(QString());
    about.comment(QStringLiteral("The IPVS table itself is loaded apart from this: lvsctl restore FILE now, and at "
                                 "boot ipvsadm.service restores /etc/sysconfig/ipvsadm."));
    snippets.append(snippet(Snippet::Kind::Note, Snippet::Use::About, QStringLiteral("What the director does"), {},
                            about.text()));

    SetupText file;
    file.comment(QStringLiteral("LVS Studio: forwarding on the director. Read at every boot by systemd-sysctl; to "
                                "apply it now: sysctl --system"));
    file.comment(QString());
    if (nat)
        file.comment(QStringLiteral("NAT: the real servers' replies reach the clients through this machine, which "
                                    "must therefore forward packets between its interfaces."));
    if (routed)
        file.comment(QStringLiteral("%1: the how-to turns forwarding on for every method. The LVS documentation "
                                    "says %2 forwarding, as IPVS sends the packets on by itself; with forwarding on, "
                                    "this machine routes whatever is sent to it.")
                         .arg(directRouted && tunnelled ? QStringLiteral("Direct routing and tunnelling")
                                  : tunnelled           ? QStringLiteral("Tunnelling")
                                                        : QStringLiteral("Direct routing"),
                              directRouted && tunnelled ? QStringLiteral("these two need no")
                                  : tunnelled           ? QStringLiteral("tunnelling needs no")
                                                        : QStringLiteral("direct routing needs no")));
    file.line(QStringLiteral("net.ipv4.ip_forward = 1"));
    if (ipv6) {
        file.comment(QStringLiteral("The same for IPv6. A host that forwards IPv6 ignores router advertisements "
                                    "unless accept_ra is 2: if %1 takes its IPv6 address or route from them, add "
                                    "net.ipv6.conf.%1.accept_ra = 2.")
                         .arg(interface));
        file.line(QStringLiteral("net.ipv6.conf.all.forwarding = 1"));
    }
    snippets.append(snippet(Snippet::Kind::File, Snippet::Use::Boot, QStringLiteral("Forwarding"), directorSysctlPath,
                            file.text()));

    SetupText script;
    script.scriptStart({QStringLiteral("LVS Studio: the director's settings, applied to the running system until the "
                                       "next boot (the files in this document make them permanent). Safe to run "
                                       "again.")});
    script.line(QStringLiteral("sysctl -w net.ipv4.ip_forward=1"));
    if (ipv6)
        script.line(QStringLiteral("sysctl -w net.ipv6.conf.all.forwarding=1"));
    if (!vips.isEmpty()) {
        const bool v4 = std::any_of(vips.begin(), vips.end(), [](const IpAddress &vip) { return vip.isV4(); });
        const bool v6 = std::any_of(vips.begin(), vips.end(), [](const IpAddress &vip) { return vip.isV6(); });
        script.comment(QStringLiteral("The VIP as a single address (%1) beside %2's own, so that the director "
                                      "answers %3 for it.")
                           .arg(v4 && v6 ? QStringLiteral("/32, /128") : v6 ? QStringLiteral("/128") : QStringLiteral("/32"),
                                interface,
                                v4 && v6 ? QStringLiteral("ARP and Neighbour Solicitations")
                                    : v6 ? QStringLiteral("Neighbour Solicitations") : QStringLiteral("ARP")));
        for (const IpAddress &vip : std::as_const(vips))
            script.line(QStringLiteral("%1 addr replace %2 dev %3")
                            .arg(ipCommand(vip), SetupWords::hostPrefix(vip), interface));
    }
    snippets.append(snippet(Snippet::Kind::Commands, Snippet::Use::ApplyNow, QStringLiteral("Apply now"), {},
                            script.text()));

    if (vips.isEmpty())
        return snippets;

    SetupText manager;
    manager.scriptStart({QStringLiteral("LVS Studio: the VIP on %1 at every boot, through NetworkManager: added to "
                                        "the connection %1 runs on. Safe to run again: an address already there is "
                                        "not added twice.")
                             .arg(interface)});
    activeConnection(manager, interface);
    for (const IpAddress &vip : std::as_const(vips))
        manager.line(QStringLiteral("nmcli connection modify \"$conn\" +%1.addresses %2")
                         .arg(vip.isV6() ? QStringLiteral("ipv6") : QStringLiteral("ipv4"), SetupWords::hostPrefix(vip)));
    manager.line(QStringLiteral("nmcli device reapply %1").arg(interface));
    snippets.append(snippet(Snippet::Kind::Commands, Snippet::Use::Boot, QStringLiteral("VIP at boot (NetworkManager)"),
                            {}, manager.text()));

    int alias = 0;
    for (const IpAddress &vip : std::as_const(vips)) {
        if (!vip.isV4())
            continue;
        SetupText legacy;
        legacy.comment(QStringLiteral("LVS Studio: the VIP %1 on %2:%3 at boot, as the how-to does it (Listing 10), "
                                      "for the legacy network service; NetworkManager's ifcfg-rh plugin adds an "
                                      "alias file's address to %2's connection.")
                           .arg(vip.toString(), interface)
                           .arg(alias));
        legacy.line(QStringLiteral("DEVICE=%1:%2").arg(interface).arg(alias));
        legacy.line(QStringLiteral("ONBOOT=yes"));
        legacy.line(QStringLiteral("BOOTPROTO=static"));
        legacy.line(QStringLiteral("IPADDR=") + vip.toString());
        legacy.line(QStringLiteral("NETMASK=255.255.255.255"));
        legacy.line(QStringLiteral("BROADCAST=") + vip.toString());
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::HowTo,
                                QStringLiteral("%1:%2 (how-to)").arg(interface).arg(alias),
                                scriptsDirectory + QStringLiteral("ifcfg-%1:%2").arg(interface).arg(alias),
                                legacy.text()));
        ++alias;
    }
    return snippets;
}
