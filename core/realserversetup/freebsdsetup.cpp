// SPDX-License-Identifier: GPL-2.0-or-later
#include "freebsdsetup.h"

#include "realserverabout.h"
#include "setuptext.h"

#include <QCoreApplication>

#include <algorithm>

using RealServerSetup::OperatingSystem;
using RealServerSetup::Options;
using RealServerSetup::Snippet;
using RealServerSetup::Tr;

namespace {
Snippet snippet(Snippet::Kind kind, Snippet::Use use, const QString &title, const QString &path,
                const QString &text, const IpAddress &server)
{
    return Snippet::make(OperatingSystem::FreeBsd, kind, use, title, path, text, server);
}

QString aliasValue(const IpAddress &vip)
{
    return vip.isV6() ? QStringLiteral("inet6 %1 prefixlen 128").arg(vip.toString())
                      : QStringLiteral("inet %1 netmask 0xffffffff").arg(vip.toString());
}
} // namespace

QList<Snippet> FreeBsdSetup::realServer(const RealServerPlan &plan, const Options &options, QStringList &warnings)
{
    QList<Snippet> snippets;
    const IpAddress &self = plan.address;
    const QString interface = options.freeBsdInterface;
    QStringList placeholders;

    RealServerAbout::SystemWords words;
    words.loopback = QStringLiteral("lo0");
    const QList<IpAddress> vips = plan.vips();
    const bool anyV6Vip = std::any_of(vips.begin(), vips.end(), [](const IpAddress &vip) { return vip.isV6(); });
    words.arpParagraph = QStringLiteral("FreeBSD answers ARP only for the addresses of the interface a request "
                                        "arrives on, and asks with that interface's own address; lo0 has no link "
                                        "layer at all. So the VIP on lo0 is never answered for nor announced on "
                                        "the LAN%1, and the how-to needs no ARP settings here, unlike on Linux. "
                                        "FreeBSD accepts packets for an address of another interface (the VIP on "
                                        "lo0) unless it checks for the strong end-system model: "
                                        "net.inet.ip.rfc1122_strong_es (FreeBSD 14 and later) or "
                                        "net.inet.ip.check_interface (before) must stay 0, the default, though some "
                                        "hardening guides set it to 1.")
                             .arg(anyV6Vip ? QStringLiteral(" (IPv6's Neighbour Discovery behaves the same)")
                                           : QString());
    snippets.append(snippet(Snippet::Kind::Note, Snippet::Use::About, QStringLiteral("What this server does"), {},
                            RealServerAbout::text(plan, OperatingSystem::FreeBsd, options, words, placeholders), self));
    if (plan.isDirector)
        return snippets;

    const QString router = RealServerAbout::defaultRouter(plan, options, warnings);
    const bool ipip = plan.usesTunnel(TunnelType::Ipip);
    QString director;
    if (ipip) {
        director = RealServerPlans::directorAddress(options, self.family()).toString();
        if (director.isEmpty()) {
            director = SetupText::directorPlaceholder();
            placeholders.append(director);
            warnings.append(Tr::tr("real server %1: a FreeBSD gif tunnel names its far end, the director's own %2 "
                                   "address, which was not given; the output says %3 in its place")
                                .arg(self.toString(), SetupWords::familyName(self.family()), director));
        }
    }
    const int prefix = self.isV6() ? options.prefixLength6 : options.prefixLength;
    const QString hostName = options.hostNames.value(self);

    SetupText rc;
    rc.comment(QStringLiteral("LVS Studio: real server %1 (FreeBSD), lines for /etc/rc.conf (sysrc NAME=VALUE sets "
                              "one from the command line). Read at every boot; \"Apply now\" sets the same in the "
                              "running system.")
                   .arg(self.toString()));
    if (!router.isEmpty()) {
        rc.comment(plan.nat ? QStringLiteral("This server's own address, as the how-to writes it (Listing 4), and its "
                                             "default router: the director's inside address, as every reply must "
                                             "pass through the director.")
                            : QStringLiteral("This server's own address, as the how-to writes it (Listing 15), and its "
                                             "default router: its own router, never the director."));
        if (self.isV4()) {
            rc.line(QStringLiteral("ifconfig_%1=\"inet %2 netmask %3\"")
                        .arg(interface, self.toString(), SetupWords::netmask(prefix)));
            rc.line(QStringLiteral("defaultrouter=\"%1\"").arg(router));
        } else {
            rc.line(QStringLiteral("ifconfig_%1_ipv6=\"inet6 %2 prefixlen %3\"")
                        .arg(interface, self.toString())
                        .arg(prefix));
            rc.line(QStringLiteral("ipv6_defaultrouter=\"%1\"").arg(router));
        }
    }
    if (!hostName.isEmpty())
        rc.line(QStringLiteral("hostname=\"%1\"").arg(hostName));
    if (!vips.isEmpty()) {
        const bool v4 = std::any_of(vips.begin(), vips.end(), [](const IpAddress &vip) { return vip.isV4(); });
        const bool v6 = std::any_of(vips.begin(), vips.end(), [](const IpAddress &vip) { return vip.isV6(); });
        rc.comment(QStringLiteral("The VIP on lo0 as a single address (%1), as the how-to does it (Listing 15)%2. "
                                  "Aliases are numbered from 0 without gaps: if rc.conf has ifconfig_lo0_alias lines "
                                  "already, number these after them.")
                       .arg(v4 && v6 ? QStringLiteral("netmask 0xffffffff, prefixlen 128")
                                     : v6 ? QStringLiteral("prefixlen 128") : QStringLiteral("netmask 0xffffffff"),
                            plan.tunnels.isEmpty() ? QString()
                                                   : QStringLiteral("; a tunnelled request, once unwrapped, is "
                                                                    "accepted for it there too")));
        for (qsizetype i = 0; i < vips.size(); ++i)
            rc.line(QStringLiteral("ifconfig_lo0_alias%1=\"%2\"").arg(i).arg(aliasValue(vips.at(i))));
    }
    if (ipip) {
        rc.comment(QStringLiteral("gif0 unwraps the director's IP-in-IP packets. A gif interface takes packets only "
                                  "from the address it tunnels to, so it names both ends: this server's address "
                                  "and the director's, %1. If rc.conf lists cloned_interfaces already, add gif0 to "
                                  "that list.")
                       .arg(director));
        rc.line(QStringLiteral("cloned_interfaces=\"gif0\""));
        rc.line(QStringLiteral("ifconfig_gif0=\"tunnel %1 %2 up\"").arg(self.toString(), director));
    }
    snippets.append(snippet(Snippet::Kind::AddLines, Snippet::Use::Boot, QStringLiteral("rc.conf"),
                            QStringLiteral("/etc/rc.conf"), rc.text(), self));

    SetupText script;
    script.scriptStart({QStringLiteral("LVS Studio: real server %1 (FreeBSD), applied to the running system until "
                                       "the next boot (the rc.conf lines make it permanent). Safe to run again: "
                                       "each step leaves alone what is already in place.")
                            .arg(self.toString())});
    script.placeholderGuard(placeholders);
    if (!vips.isEmpty())
        script.comment(QStringLiteral("The VIP on lo0, unless it is there already."));
    for (const IpAddress &vip : vips) {
        const QString family = vip.isV6() ? QStringLiteral("inet6") : QStringLiteral("inet");
        script.line(QStringLiteral("ifconfig lo0 %1 | grep -qF '%1 %2 ' || ifconfig lo0 %3 alias")
                        .arg(family, vip.toString(), aliasValue(vip)));
    }
    if (ipip) {
        script.comment(QStringLiteral("gif0, made once, between this server and the director."));
        script.line(QStringLiteral("ifconfig gif0 >/dev/null 2>&1 || ifconfig gif0 create"));
        script.line(QStringLiteral("ifconfig gif0 tunnel %1 %2 up").arg(self.toString(), director));
    }
    if (!router.isEmpty()) {
        const QString family = self.isV6() ? QStringLiteral(" -inet6") : QString();
        script.comment(QStringLiteral("The default router: changed if there is one, added if not."));
        script.line(QStringLiteral("route -n change%1 default %2 >/dev/null 2>&1 || route -n add%1 default %2")
                        .arg(family, router));
    }
    snippets.append(snippet(Snippet::Kind::Commands, Snippet::Use::ApplyNow, QStringLiteral("Apply now"), {},
                            script.text(), self));

    if (plan.usesTunnel(TunnelType::Gue)) {
        SetupText note;
        note.comment(QStringLiteral("FreeBSD has no GUE receiver, so LVS Studio writes nothing for this server's GUE "
                                    "tunnel: give it IP-in-IP instead (ipvsadm -i without --tun-type), which gif0 "
                                    "unwraps."));
        snippets.append(snippet(Snippet::Kind::Note, Snippet::Use::About, QStringLiteral("GUE"), {}, note.text(), self));
        warnings.append(Tr::tr("real server %1: FreeBSD cannot receive GUE tunnels; use IP-in-IP for it")
                            .arg(self.toString()));
    }
    if (plan.usesTunnel(TunnelType::Gre)) {
        SetupText note;
        note.comment(QStringLiteral("LVS Studio writes no GRE settings for FreeBSD: it has not tested them. FreeBSD's "
                                    "gre(4) unwraps GRE as gif unwraps IP-in-IP; in rc.conf:"));
        note.quoted(QStringLiteral("cloned_interfaces=\"gre0\""));
        note.quoted(QStringLiteral("ifconfig_gre0=\"tunnel %1 %2 up\"")
                        .arg(self.toString(),
                             RealServerPlans::directorAddress(options, self.family()).isNull()
                                 ? SetupText::directorPlaceholder()
                                 : RealServerPlans::directorAddress(options, self.family()).toString()));
        note.comment(QStringLiteral("with the VIP on lo0 as above. IP-in-IP (gif0) is the tested way."));
        snippets.append(snippet(Snippet::Kind::Note, Snippet::Use::About, QStringLiteral("GRE"), {}, note.text(), self));
        warnings.append(Tr::tr("real server %1: GRE on FreeBSD is described in a note, not generated").arg(self.toString()));
    }
    return snippets;
}
