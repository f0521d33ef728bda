// SPDX-License-Identifier: GPL-2.0-or-later
#include "solarissetup.h"

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
    return Snippet::make(OperatingSystem::Solaris, kind, use, title, path, text, server);
}
} // namespace

QList<Snippet> SolarisSetup::realServer(const RealServerPlan &plan, const Options &options, QStringList &warnings)
{
    QList<Snippet> snippets;
    const IpAddress &self = plan.address;
    const QString interface = options.solarisInterface;
    QStringList placeholders;

    RealServerAbout::SystemWords words;
    words.loopback = QStringLiteral("lo0");
    const QList<IpAddress> allVips = plan.vips();
    const bool anyV4Vip = allVips.isEmpty()
        || std::any_of(allVips.begin(), allVips.end(), [](const IpAddress &vip) { return vip.isV4(); });
    const bool anyV6Vip = std::any_of(allVips.begin(), allVips.end(), [](const IpAddress &vip) { return vip.isV6(); });
    QStringList hostModels;
    QStringList multihoming;
    if (anyV4Vip) {
        hostModels.append(QStringLiteral("ipadm show-prop -p hostmodel ipv4"));
        multihoming.append(QStringLiteral("ip_strict_dst_multihoming"));
    }
    if (anyV6Vip) {
        hostModels.append(QStringLiteral("ipadm show-prop -p hostmodel ipv6"));
        multihoming.append(QStringLiteral("ip6_strict_dst_multihoming"));
    }
    words.arpParagraph = QStringLiteral("Solaris answers ARP only for the addresses of the interface a request "
                                        "arrives on%1, and lo0 does no ARP at all, so the how-to needs no ARP "
                                        "settings here, unlike on Linux. Solaris accepts packets for an address of "
                                        "another interface (the VIP on lo0) while its host model is weak, the "
                                        "default (Solaris 11: %2; Solaris 10: ndd /dev/ip %3 is 0).")
                             .arg(anyV6Vip ? QStringLiteral(" (IPv6's Neighbour Discovery behaves the same)")
                                           : QString(),
                                  hostModels.join(QStringLiteral(", ")), multihoming.join(QStringLiteral(" and ")));
    snippets.append(snippet(Snippet::Kind::Note, Snippet::Use::About, QStringLiteral("What this server does"), {},
                            RealServerAbout::text(plan, OperatingSystem::Solaris, options, words, placeholders), self));
    if (plan.isDirector)
        return snippets;

    const QString router = RealServerAbout::defaultRouter(plan, options, warnings);
    const QList<IpAddress> vips = plan.vips();
    QList<IpAddress> v4Vips;
    QList<IpAddress> v6Vips;
    for (const IpAddress &vip : vips)
        (vip.isV6() ? v6Vips : v4Vips).append(vip);
    const QString hostName = options.hostNames.value(self);
    const bool v4Files = self.isV4();
    if (!v6Vips.isEmpty() || self.isV6())
        warnings.append(Tr::tr("real server %1: Solaris 10's IPv6 files (hostname6.*) are not written; the ipadm "
                               "commands cover IPv6 on Solaris 11 and illumos")
                            .arg(self.toString()));

    // The how-to's files. None of them may hold a comment, so a note says what they are for.
    SetupText about;
    about.comment(QStringLiteral("Solaris 10, the how-to's system, reads these files at boot (or at svcadm restart "
                                 "network/physical); illumos still does. They are written without comments: a "
                                 "hostname.* file is given to ifconfig line by line, and a second line would keep "
                                 "Solaris from bringing the interface up by itself.%1")
                      .arg(!router.isEmpty() && self.isV4()
                               ? QStringLiteral(" The interface is %1 here: dladm show-link lists this machine's.")
                                     .arg(interface)
                               : QString()));
    if (!router.isEmpty() && v4Files)
        about.bullet(QStringLiteral("/etc/hostname.%1: this server's own address and prefix, as the how-to writes it "
                                    "(Listing %2).")
                         .arg(interface, plan.nat ? QStringLiteral("6") : QStringLiteral("17")));
    for (qsizetype i = 0; i < v4Vips.size(); ++i)
        about.bullet(QStringLiteral("/etc/hostname.lo0:%1: the VIP %2 on lo0's logical interface %1, as a single "
                                    "address (/32) (Listing 18).")
                         .arg(i + 1)
                         .arg(v4Vips.at(i).toString()));
    if (!router.isEmpty() && v4Files)
        about.bullet(plan.nat ? QStringLiteral("/etc/defaultrouter: the default router, the director's inside "
                                               "address, as every reply must pass through the director (Listing 7).")
                              : QStringLiteral("/etc/defaultrouter: the default router, this server's own router, "
                                               "never the director (Listing 20)."));
    if (!hostName.isEmpty()) {
        about.bullet(QStringLiteral("/etc/nodename: the host name (Listing %1).")
                         .arg(plan.nat ? QStringLiteral("8") : QStringLiteral("19")));
        about.comment(QStringLiteral("/etc/hosts, below, gives the host name its address (Listing %1).")
                          .arg(plan.nat ? QStringLiteral("5") : QStringLiteral("16")));
    }
    const bool anyFile = (!router.isEmpty() && v4Files) || !v4Vips.isEmpty() || !hostName.isEmpty();
    if (anyFile)
        snippets.append(snippet(Snippet::Kind::Note, Snippet::Use::HowTo, QStringLiteral("The how-to's files"), {},
                                about.text(), self));
    if (!router.isEmpty() && v4Files) {
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::HowTo, QStringLiteral("hostname.%1").arg(interface),
                                QStringLiteral("/etc/hostname.") + interface,
                                QStringLiteral("%1/%2\n").arg(self.toString()).arg(options.prefixLength), self));
    }
    for (qsizetype i = 0; i < v4Vips.size(); ++i) {
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::HowTo, QStringLiteral("hostname.lo0:%1").arg(i + 1),
                                QStringLiteral("/etc/hostname.lo0:%1").arg(i + 1),
                                SetupWords::hostPrefix(v4Vips.at(i)) + QLatin1Char('\n'), self));
    }
    if (!router.isEmpty() && v4Files) {
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::HowTo, QStringLiteral("defaultrouter"),
                                QStringLiteral("/etc/defaultrouter"), router + QLatin1Char('\n'), self));
    }
    if (!hostName.isEmpty()) {
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::HowTo, QStringLiteral("nodename"),
                                QStringLiteral("/etc/nodename"), hostName + QLatin1Char('\n'), self));
        SetupText hosts;
        hosts.comment(QStringLiteral("LVS Studio: the name of real server %1, which Solaris looks up for its own "
                                     "node name.")
                          .arg(self.toString()));
        hosts.line(QStringLiteral("%1\t%2").arg(self.toString(), hostName));
        snippets.append(snippet(Snippet::Kind::AddLines, Snippet::Use::HowTo, QStringLiteral("hosts"),
                                QStringLiteral("/etc/hosts"), hosts.text(), self));
    }

    // Solaris 11 and illumos: ipadm and route -p keep what they set.
    if (!vips.isEmpty() || !router.isEmpty()) {
        SetupText script;
        script.scriptStart({QStringLiteral("LVS Studio: real server %1 on Solaris 11 or illumos, where ipadm and "
                                           "route -p keep what they set across reboots (the hostname.* files are "
                                           "Solaris 10's way). Safe to run again: each step leaves alone what is "
                                           "already in place.")
                                .arg(self.toString())});
        script.placeholderGuard(placeholders);
        if (!vips.isEmpty())
            script.comment(QStringLiteral("The VIP on lo0 as a single address, one address object each."));
        for (qsizetype i = 0; i < vips.size(); ++i) {
            const QString object = QStringLiteral("lo0/lvs%1").arg(i);
            script.line(QStringLiteral("ipadm show-addr %1 >/dev/null 2>&1 || ipadm create-addr -T static -a %2 %1")
                            .arg(object, SetupWords::hostPrefix(vips.at(i))));
        }
        if (!router.isEmpty()) {
            const QString family = self.isV6() ? QStringLiteral("inet6") : QStringLiteral("inet");
            script.comment(plan.nat ? QStringLiteral("The director's inside address as the default router, unless it "
                                                     "is already.")
                                    : QStringLiteral("This server's own router as the default router, unless it is "
                                                     "already."));
            script.line(QStringLiteral("netstat -rn -f %1 | grep -q '^default  *%2 ' || route -p add%3 default %2")
                            .arg(family, router, self.isV6() ? QStringLiteral(" -inet6") : QString()));
        }
        snippets.append(snippet(Snippet::Kind::Commands, Snippet::Use::Boot, QStringLiteral("Solaris 11 and illumos"),
                                {}, script.text(), self));
    }

    if (!plan.tunnels.isEmpty()) {
        const IpAddress director = RealServerPlans::directorAddress(options, self.family());
        const QString far = director.isNull() ? SetupText::directorPlaceholder() : director.toString();
        SetupText note;
        note.comment(QStringLiteral("LVS Studio writes no tunnel settings for Solaris: it has not been able to test "
                                    "them. The server needs an IP-in-IP tunnel from the director (%1) to this "
                                    "server (%2), and the VIP on lo0 as above. On Solaris 10 that is an ip.tun "
                                    "interface, /etc/hostname.ip.tun0 holding the line")
                         .arg(far, self.toString()));
        note.quoted(QStringLiteral("tsrc %1 tdst %2 up").arg(self.toString(), far));
        note.comment(QStringLiteral("and on Solaris 11 an IP tunnel link:"));
        note.quoted(QStringLiteral("dladm create-iptun -T %1 -a local=%2,remote=%3 lvstun0")
                        .arg(self.isV6() ? QStringLiteral("ipv6") : QStringLiteral("ipv4"), self.toString(), far));
        note.quoted(QStringLiteral("ipadm create-ip lvstun0"));
        if (plan.usesTunnel(TunnelType::Gue) || plan.usesTunnel(TunnelType::Gre))
            note.comment(QStringLiteral("Solaris has no GUE or GRE tunnels: give this server IP-in-IP (ipvsadm -i "
                                        "without --tun-type)."));
        snippets.append(snippet(Snippet::Kind::Note, Snippet::Use::About, QStringLiteral("Tunnelling"), {}, note.text(),
                                self));
        warnings.append(Tr::tr("real server %1: tunnelling on Solaris is described in a note, not generated")
                            .arg(self.toString()));
    }
    return snippets;
}
