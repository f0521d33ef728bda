// SPDX-License-Identifier: GPL-2.0-or-later
#include "linuxsetup.h"

#include "linuxsetupsupport.h"
#include "realserverabout.h"
#include "setuptext.h"

#include <QCoreApplication>

#include <algorithm>

using RealServerSetup::OperatingSystem;
using RealServerSetup::Options;
using RealServerSetup::Snippet;

namespace {
using namespace LinuxSetupSupport;

const QString sysctlPath = QStringLiteral("/etc/sysctl.d/90-lvs-realserver.conf");
const QString modulesPath = QStringLiteral("/etc/modules-load.d/lvs-realserver.conf");
const QString unitName = QStringLiteral("lvs-realserver-tunnel.service");

// The device that unwraps one kind of tunnel packet, and the VIPs it gets.
struct TunnelDevice {
    QString name;
    QString module;
    QString what;           ///< for the modules file's comment
    QString create;         ///< the command that makes it, when it is not the module's own device
    bool receivesV4 = false;
    bool receivesV6 = false;
    QList<IpAddress> vips;
};

struct TunnelSetup {
    QList<TunnelDevice> devices;
    QStringList modules; ///< distinct, in load order
    QList<RealServerPlan::Tunnel> guePorts;
    QString ip6tnlMode;  ///< the mode ip6tnl0 must be switched to, if any

    TunnelDevice &device(const QString &name, const QString &module, const QString &what)
    {
        for (TunnelDevice &device : devices) {
            if (device.name == name)
                return device;
        }
        devices.append(TunnelDevice{name, module, what, {}, false, false, {}});
        if (!modules.contains(module))
            modules.append(module);
        return devices.last();
    }
    void addModule(const QString &module)
    {
        if (!modules.contains(module))
            modules.append(module);
    }
};

TunnelSetup tunnelSetup(const RealServerPlan &plan)
{
    TunnelSetup setup;
    const bool outerV6 = plan.address.isV6();
    QList<IpAddress> placed = plan.drVips; // on lo already
    for (const RealServerPlan::Tunnel &tunnel : plan.tunnels) {
        const bool innerV6 = tunnel.vip.isV6();
        TunnelDevice *device = nullptr;
        if (tunnel.type == TunnelType::Gue) {
            // GUE names the inner protocol in its header: the kernel strips the UDP and GUE
            // headers and hands the packet to the IP-in-IP module, whose device unwraps it.
            setup.addModule(QStringLiteral("fou"));
            if (outerV6)
                setup.addModule(QStringLiteral("fou6"));
            const bool known = std::any_of(setup.guePorts.begin(), setup.guePorts.end(),
                                           [&tunnel](const RealServerPlan::Tunnel &other) {
                                               return other.port == tunnel.port;
                                           });
            if (!known)
                setup.guePorts.append(tunnel);
        }
        if (tunnel.type == TunnelType::Gre) {
            if (tunnel.checksum == TunnelChecksum::None) {
                device = outerV6 ? &setup.device(QStringLiteral("ip6gre0"), QStringLiteral("ip6_gre"),
                                                 QStringLiteral("ip6gre0, which unwraps GRE over IPv6"))
                                 : &setup.device(QStringLiteral("gre0"), QStringLiteral("ip_gre"),
                                                 QStringLiteral("gre0, which unwraps GRE over IPv4"));
            } else {
                // The module's own device drops GRE packets that carry a checksum, since it
                // was not made with one; a device made with icsum takes them.
                const QString name = outerV6 ? QStringLiteral("lvs-gre6") : QStringLiteral("lvs-gre");
                device = &setup.device(name, outerV6 ? QStringLiteral("ip6_gre") : QStringLiteral("ip_gre"),
                                       outerV6 ? QStringLiteral("GRE over IPv6") : QStringLiteral("GRE over IPv4"));
                device->create = QStringLiteral("ip link add %1 type %2 local %3 icsum")
                                     .arg(name, outerV6 ? QStringLiteral("ip6gre") : QStringLiteral("gre"),
                                          plan.address.toString());
            }
        } else if (!outerV6) {
            device = innerV6 ? &setup.device(QStringLiteral("sit0"), QStringLiteral("sit"),
                                             QStringLiteral("sit0, which unwraps IPv6 in IPv4"))
                             : &setup.device(QStringLiteral("tunl0"), QStringLiteral("ipip"),
                                             QStringLiteral("tunl0, which unwraps IP-in-IP (IPv4 in IPv4)"));
        } else {
            device = &setup.device(QStringLiteral("ip6tnl0"), QStringLiteral("ip6_tunnel"),
                                   QStringLiteral("ip6tnl0, which unwraps IPv4 or IPv6 in IPv6"));
        }
        (innerV6 ? device->receivesV6 : device->receivesV4) = true;
        if (!placed.contains(tunnel.vip)) {
            device->vips.append(tunnel.vip);
            placed.append(tunnel.vip);
        }
    }
    for (const TunnelDevice &device : std::as_const(setup.devices)) {
        // ip6tnl0 takes IPv6 in IPv6 unless told otherwise.
        if (device.name == QLatin1String("ip6tnl0") && device.receivesV4)
            setup.ip6tnlMode = device.receivesV6 ? QStringLiteral("any") : QStringLiteral("ip4ip6");
    }
    return setup;
}

QStringList rpFilterDevices(const TunnelSetup &setup)
{
    QStringList names;
    for (const TunnelDevice &device : setup.devices) {
        if (device.receivesV4)
            names.append(device.name);
    }
    return names;
}

QString fouShowPattern(const RealServerPlan::Tunnel &tunnel, bool v6)
{
    return QStringLiteral("^port %1 gue%2$").arg(tunnel.port).arg(v6 ? QStringLiteral(" -6") : QString());
}

QString fouAdd(const RealServerPlan::Tunnel &tunnel, bool v6)
{
    return QStringLiteral("ip fou add port %1 gue%2").arg(tunnel.port).arg(v6 ? QStringLiteral(" -6") : QString());
}

} // namespace

QList<Snippet> LinuxSetup::realServer(const RealServerPlan &plan, const Options &options, QStringList &warnings)
{
    QList<Snippet> snippets;
    const IpAddress &self = plan.address;
    const QString interface = options.linuxInterface;
    QStringList placeholders;

    RealServerAbout::SystemWords words;
    words.loopback = QStringLiteral("lo");
    const QList<IpAddress> vips = plan.vips();
    const bool anyV6Vip = std::any_of(vips.begin(), vips.end(), [](const IpAddress &vip) { return vip.isV6(); });
    const QString ndp = QStringLiteral("Linux answers a Neighbour Solicitation only for addresses of the interface "
                                       "it arrives on, and takes its own solicitations' source from the outgoing "
                                       "interface, so an IPv6 VIP on lo or a tunnel device is never advertised.");
    if (plan.hasV4Vip() || vips.isEmpty())
        words.arpParagraph = QStringLiteral("Linux answers ARP requests that arrive on any interface for any of its "
                                            "addresses, and may name any of them as the sender of its own: hence "
                                            "the ARP settings below.")
            + (anyV6Vip ? QStringLiteral(" IPv6 has no such settings and needs none: ") + ndp : QString());
    else
        words.arpParagraph = QStringLiteral("IPv6 needs no settings for that, unlike IPv4's ARP: ") + ndp;
    const bool v6Tunnelled = std::any_of(plan.tunnels.begin(), plan.tunnels.end(),
                                         [](const RealServerPlan::Tunnel &tunnel) { return tunnel.vip.isV6(); });
    if (v6Tunnelled)
        words.tunnelParagraph = QStringLiteral("IPv6 requests come out of the tunnel device with the client's "
                                               "address as their source, though the route back to the client leaves "
                                               "by another interface; the kernel does not check IPv6 reverse paths, "
                                               "but firewalld does (IPv6_rpfilter in /etc/firewalld/firewalld.conf, "
                                               "on by default): set it to no, or to loose where firewalld offers "
                                               "that, or it drops them.");
    snippets.append(snippet(Snippet::Kind::Note, Snippet::Use::About, QStringLiteral("What this server does"), {},
                            RealServerAbout::text(plan, OperatingSystem::Linux, options, words, placeholders), self));
    if (plan.isDirector)
        return snippets;

    const QString router = RealServerAbout::defaultRouter(plan, options, warnings);
    const TunnelSetup tunnels = tunnelSetup(plan);
    const QStringList rpDevices = rpFilterDevices(tunnels);
    QList<IpAddress> loVips = plan.drVips;
    const bool drV4 = std::any_of(loVips.begin(), loVips.end(), [](const IpAddress &vip) { return vip.isV4(); });
    // ARP settings do not depend on the VIPs: a firewall-mark service needs them as much.
    const bool arp = plan.hasV4Vip() || plan.markV4;
    const QString vipDevices = tunnels.devices.isEmpty()
        ? QStringLiteral("lo")
        : (loVips.isEmpty() ? QStringLiteral("a tunnel device") : QStringLiteral("lo or a tunnel device"));

    // The sysctl.d file: ARP and reverse-path settings.
    QStringList sysctlLines; // "key = value", also the runtime commands' source
    if (arp || !rpDevices.isEmpty()) {
        SetupText file;
        file.comment(QStringLiteral("LVS Studio: ARP and reverse-path settings of real server %1. Read at every "
                                    "boot by systemd-sysctl; to apply them now: sysctl --system")
                         .arg(self.toString()));
        if (arp) {
            QStringList v4Vips;
            for (const IpAddress &vip : vips) {
                if (vip.isV4())
                    v4Vips.append(vip.toString());
            }
            file.comment(QString());
            if (v4Vips.isEmpty())
                v4Vips.append(QStringLiteral("of %1").arg(SetupWords::joinedWords(plan.markServices)));
            file.comment(QStringLiteral("This server holds the VIP %1 but must never claim it on the LAN: if it "
                                        "answered an ARP request for the VIP, the router would send clients' "
                                        "packets straight here and the director would be bypassed. For each of "
                                        "these settings the kernel uses the larger of \"all\" and the interface's "
                                        "own value, so \"all\" covers %2 and every other interface.")
                             .arg(SetupWords::joinedWords(v4Vips), interface));
            file.comment(QString());
            file.comment(QStringLiteral("arp_ignore = 1: answer ARP only for addresses configured on the interface "
                                        "the request came in on. The VIP is on %1, so %2 stays silent about it.")
                             .arg(vipDevices, interface));
            file.line(QStringLiteral("net.ipv4.conf.all.arp_ignore = 1"));
            file.comment(QStringLiteral("arp_announce = 2: when this server sends an ARP request of its own (to find "
                                        "the router for a reply), give the outgoing interface's address as the "
                                        "sender, never the VIP: that would teach the whole LAN that the VIP is "
                                        "here."));
            file.line(QStringLiteral("net.ipv4.conf.all.arp_announce = 2"));
            sysctlLines << QStringLiteral("net.ipv4.conf.all.arp_ignore=1")
                        << QStringLiteral("net.ipv4.conf.all.arp_announce=2");
        }
        if (drV4) {
            file.comment(QStringLiteral("The how-to sets both on lo as well. ARP never arrives on lo, so these two "
                                        "lines change nothing; they are kept to match the how-to and the many "
                                        "guides that copy it."));
            file.line(QStringLiteral("net.ipv4.conf.lo.arp_ignore = 1"));
            file.line(QStringLiteral("net.ipv4.conf.lo.arp_announce = 2"));
            file.comment(QStringLiteral("rp_filter = 1 (strict reverse-path filtering, RFC 3704) for interfaces "
                                        "created after this is set: drop a packet when the route back to its "
                                        "source does not leave by the interface it came in on. The how-to keeps "
                                        "it from Fedora Core's stock sysctl.conf, where it guards against forged "
                                        "sources. Direct routing works with it: the requests arrive on the "
                                        "interface the route back to the clients leaves by."));
            file.line(QStringLiteral("net.ipv4.conf.default.rp_filter = 1"));
            sysctlLines << QStringLiteral("net.ipv4.conf.lo.arp_ignore=1")
                        << QStringLiteral("net.ipv4.conf.lo.arp_announce=2")
                        << QStringLiteral("net.ipv4.conf.default.rp_filter=1");
        }
        if (!rpDevices.isEmpty()) {
            file.comment(QStringLiteral("rp_filter = 0 on %1: a request comes out of the tunnel with the client's "
                                        "address as its source, but the route back to the client leaves by %2, so "
                                        "strict reverse-path filtering would drop it. \"all\" must be 0 as well, "
                                        "since the kernel uses the larger value; that does not loosen the filter "
                                        "on the other interfaces, which keep their own values. A device's line "
                                        "takes effect once the device exists: on systemd systems udev applies "
                                        "this file to each new interface as it appears.")
                             .arg(SetupWords::joinedWords(rpDevices), interface));
            for (const QString &device : rpDevices) {
                file.line(QStringLiteral("net.ipv4.conf.%1.rp_filter = 0").arg(device));
                sysctlLines << QStringLiteral("net.ipv4.conf.%1.rp_filter=0").arg(device);
            }
            file.line(QStringLiteral("net.ipv4.conf.all.rp_filter = 0"));
            sysctlLines << QStringLiteral("net.ipv4.conf.all.rp_filter=0");
        }
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::Boot, QStringLiteral("ARP settings"), sysctlPath,
                                file.text(), self));
    }

    if (!tunnels.modules.isEmpty()) {
        SetupText file;
        file.comment(QStringLiteral("LVS Studio: the tunnel modules of real server %1, loaded at every boot by "
                                    "systemd-modules-load. Each module brings its device: a device made by a "
                                    "module takes tunnel packets from any sender, the director among them.")
                         .arg(self.toString()));
        for (const QString &module : tunnels.modules) {
            QString what;
            for (const TunnelDevice &device : tunnels.devices) {
                if (device.module != module)
                    continue;
                if (device.create.isEmpty())
                    what = device.what;
                else if (what.isEmpty())
                    what = QStringLiteral("%1, for %2 made below").arg(device.what, device.name);
            }
            if (module == QLatin1String("fou"))
                what = QStringLiteral("the GUE receiving ports (ip fou)");
            else if (module == QLatin1String("fou6"))
                what = QStringLiteral("GUE over IPv6");
            file.comment(QStringLiteral("%1: %2.").arg(module, what));
            file.line(module);
        }
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::Boot, QStringLiteral("Tunnel modules"),
                                modulesPath, file.text(), self));
    }

    // Apply now.
    {
        SetupText script;
        script.scriptStart({QStringLiteral("LVS Studio: real server %1, applied to the running system until the "
                                           "next boot (the files in this document make it permanent). Safe to run "
                                           "again: each step leaves alone what is already in place.")
                                .arg(self.toString())});
        script.placeholderGuard(placeholders);
        if (arp) {
            script.comment(QStringLiteral("The ARP settings first, so that %1 does not answer for the VIP even for a "
                                          "moment.")
                               .arg(interface));
            for (const QString &line : std::as_const(sysctlLines)) {
                if (!line.contains(QLatin1String("rp_filter=0")))
                    script.line(QStringLiteral("sysctl -w ") + line);
            }
        }
        if (!plan.markServices.isEmpty())
            script.comment(QStringLiteral("%1: the VIPs are in the director's firewall rules, not in the table; give "
                                          "each to lo as a single address: ip addr replace VIP/32 dev lo")
                               .arg(SetupWords::joinedWords(plan.markServices)));
        if (!loVips.isEmpty()) {
            script.comment(QStringLiteral("lo is up on any running system; a fresh network namespace (a lab's) starts "
                                          "with it down."));
            script.line(QStringLiteral("ip link set lo up"));
            const bool v4 = std::any_of(loVips.begin(), loVips.end(), [](const IpAddress &vip) { return vip.isV4(); });
            const bool v6 = std::any_of(loVips.begin(), loVips.end(), [](const IpAddress &vip) { return vip.isV6(); });
            script.comment(QStringLiteral("The VIP as a single address (%1): on lo a wider prefix would take the "
                                          "whole network to lo, and this server could no longer reach its "
                                          "neighbours on it.")
                               .arg(v4 && v6 ? QStringLiteral("/32, /128") : v6 ? QStringLiteral("/128")
                                                                                 : QStringLiteral("/32")));
            for (const IpAddress &vip : std::as_const(loVips))
                script.line(QStringLiteral("%1 addr replace %2 dev lo").arg(ipCommand(vip), SetupWords::hostPrefix(vip)));
        }
        if (!tunnels.devices.isEmpty()) {
            script.comment(QStringLiteral("The tunnel modules; each brings its device."));
            script.line(QStringLiteral("modprobe -a ") + tunnels.modules.join(QLatin1Char(' ')));
            for (const RealServerPlan::Tunnel &tunnel : tunnels.guePorts) {
                script.comment(QStringLiteral("GUE: the kernel takes the UDP packets the director sends to port %1, "
                                              "strips their UDP and GUE headers and passes the rest on to the "
                                              "tunnel device.")
                                   .arg(tunnel.port));
                script.line(QStringLiteral("ip fou show | grep -q '%1' || %2")
                                .arg(fouShowPattern(tunnel, self.isV6()), fouAdd(tunnel, self.isV6())));
            }
            if (!tunnels.ip6tnlMode.isEmpty()) {
                script.comment(QStringLiteral("ip6tnl0 takes only IPv6 in IPv6 unless told to take IPv4 too."));
                script.line(QStringLiteral("ip -6 tunnel change ip6tnl0 mode ") + tunnels.ip6tnlMode);
            }
            for (const TunnelDevice &device : tunnels.devices) {
                if (device.create.isEmpty())
                    continue;
                script.comment(QStringLiteral("GRE with checksums: the module's own device takes only GRE without "
                                              "them, so %1 is made with icsum for these.")
                                   .arg(device.name));
                script.line(QStringLiteral("ip link show %1 >/dev/null 2>&1 || %2").arg(device.name, device.create));
            }
            if (!rpDevices.isEmpty()) {
                script.comment(QStringLiteral("Reverse-path filtering off on the tunnel devices, now that they exist "
                                              "(the sysctl file says why)."));
                for (const QString &line : std::as_const(sysctlLines)) {
                    if (line.contains(QLatin1String("rp_filter=0")))
                        script.line(QStringLiteral("sysctl -w ") + line);
                }
            }
            for (const TunnelDevice &device : tunnels.devices) {
                script.line(QStringLiteral("ip link set %1 up").arg(device.name));
                for (const IpAddress &vip : device.vips)
                    script.line(QStringLiteral("%1 addr replace %2 dev %3")
                                    .arg(ipCommand(vip), SetupWords::hostPrefix(vip), device.name));
            }
        }
        if (!router.isEmpty()) {
            if (plan.nat)
                script.comment(QStringLiteral("NAT: the replies must go back through the director, so it becomes the "
                                              "default router. This route has metric 0 and the lowest metric wins, "
                                              "so it takes over from any other default route (NetworkManager gives "
                                              "its own 100 or more)."));
            else
                script.comment(QStringLiteral("The replies leave through this server's own router, never the "
                                              "director. Metric 0 wins over any other default route."));
            script.line(QStringLiteral("%1 route replace default via %2 dev %3")
                            .arg(ipCommand(self), router, interface));
        }
        snippets.append(snippet(Snippet::Kind::Commands, Snippet::Use::ApplyNow, QStringLiteral("Apply now"), {},
                                script.text(), self));
    }

    // NetworkManager: the lo VIPs on a dummy interface.
    if (!loVips.isEmpty()) {
        const QString dummy = options.linuxVipInterface;
        QStringList v4;
        QStringList v6;
        for (const IpAddress &vip : std::as_const(loVips))
            (vip.isV6() ? v6 : v4).append(SetupWords::hostPrefix(vip));
        SetupText script;
        script.scriptStart(
            {QStringLiteral("LVS Studio: the VIP of real server %1 at every boot, through NetworkManager (Fedora, "
                            "RHEL 8 and later, most desktops).")
                 .arg(self.toString()),
             QStringLiteral("NetworkManager leaves lo alone (before version 1.42 it cannot manage it at all), so the "
                            "VIP goes on a dummy interface of its own, %1. That serves as well as lo: Linux accepts "
                            "packets for a local address whichever interface holds it, a dummy interface is on no "
                            "link to answer anything on, and %2 keeps %3 from answering for the VIP. Without "
                            "NetworkManager, give lo the VIP the way the system's own network configuration does.")
                 .arg(dummy,
                      v4.isEmpty() ? QStringLiteral("IPv6's Neighbour Discovery (see the note above)")
                                   : QStringLiteral("the ARP setting above"),
                      interface),
             QStringLiteral("Safe to run again: the profile is made once and updated after that.")});
        script.comment(QStringLiteral("The VIP moves from lo, where \"Apply now\" put it, to %1.").arg(dummy));
        for (const IpAddress &vip : std::as_const(loVips))
            script.line(QStringLiteral("%1 addr del %2 dev lo 2>/dev/null || true")
                            .arg(ipCommand(vip), SetupWords::hostPrefix(vip)));
        script.line(QStringLiteral("nmcli connection show %1 >/dev/null 2>&1 ||").arg(dummy));
        script.line(QStringLiteral("    nmcli connection add type dummy ifname %1 con-name %1 connection.autoconnect no")
                        .arg(dummy));
        const QString ipv4 = v4.isEmpty() ? QStringLiteral("ipv4.method disabled")
                                          : QStringLiteral("ipv4.method manual ipv4.addresses ") + v4.join(QLatin1Char(','));
        const QString ipv6 = v6.isEmpty() ? QStringLiteral("ipv6.method disabled")
                                          : QStringLiteral("ipv6.method manual ipv6.addresses ") + v6.join(QLatin1Char(','));
        script.line(QStringLiteral("nmcli connection modify %1 %2 \\").arg(dummy, ipv4));
        script.line(QStringLiteral("    %1 connection.autoconnect yes").arg(ipv6));
        script.line(QStringLiteral("nmcli connection up %1").arg(dummy));
        snippets.append(snippet(Snippet::Kind::Commands, Snippet::Use::Boot,
                                QStringLiteral("VIP at boot (NetworkManager)"), {}, script.text(), self));
    }

    // NetworkManager: the default router.
    const int prefix = self.isV6() ? options.prefixLength6 : options.prefixLength;
    const QString ipv = self.isV6() ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
    if (!router.isEmpty()) {
        SetupText script;
        script.scriptStart(
            {QStringLiteral("LVS Studio: the default router of real server %1 at every boot, through "
                            "NetworkManager. As the how-to's ifcfg-%2 does, the connection %2 runs on gets a fixed "
                            "address, %3/%4, and %5 as its gateway; a DHCP connection loses its DNS servers with "
                            "that (add %6.dns if needed). Safe to run again.")
                 .arg(self.toString(), interface, self.toString())
                 .arg(prefix)
                 .arg(router, ipv)});
        script.placeholderGuard(placeholders);
        activeConnection(script, interface);
        script.line(QStringLiteral("nmcli connection modify \"$conn\" %1.method manual %1.addresses %2/%3 %1.gateway %4")
                        .arg(ipv, self.toString())
                        .arg(prefix)
                        .arg(router));
        script.line(QStringLiteral("nmcli device reapply %1").arg(interface));
        snippets.append(snippet(Snippet::Kind::Commands, Snippet::Use::Boot,
                                QStringLiteral("Default router at boot (NetworkManager)"), {}, script.text(), self));
    }

    // systemd: the tunnel devices up with their VIPs.
    if (!tunnels.devices.isEmpty()) {
        SetupText unit;
        unit.comment(QStringLiteral("LVS Studio: the tunnel devices of real server %1 up, with their VIPs, at every "
                                    "boot. The modules load earlier (%2), and udev applies the sysctl file to each "
                                    "device as it appears. Commands without a path need systemd 239 or later "
                                    "(RHEL 8, Debian 10). Install the file, then run:")
                         .arg(self.toString(), modulesPath));
        unit.quoted(QStringLiteral("systemctl daemon-reload && systemctl enable --now ") + unitName);
        unit.line(QStringLiteral("[Unit]"));
        unit.line(QStringLiteral("Description=LVS real server tunnel devices and VIPs"));
        unit.line(QStringLiteral("After=systemd-modules-load.service"));
        unit.line(QStringLiteral("Before=network-pre.target"));
        unit.line(QStringLiteral("Wants=network-pre.target"));
        unit.blank();
        unit.line(QStringLiteral("[Service]"));
        unit.line(QStringLiteral("Type=oneshot"));
        unit.line(QStringLiteral("RemainAfterExit=yes"));
        const bool ignoredFailures = !tunnels.guePorts.isEmpty()
            || std::any_of(tunnels.devices.begin(), tunnels.devices.end(),
                           [](const TunnelDevice &device) { return !device.create.isEmpty(); });
        if (ignoredFailures)
            unit.comment(QStringLiteral("A leading \"-\": the step may fail when run again, as what it makes is "
                                        "there."));
        for (const RealServerPlan::Tunnel &tunnel : tunnels.guePorts)
            unit.line(QStringLiteral("ExecStart=-") + fouAdd(tunnel, self.isV6()));
        if (!tunnels.ip6tnlMode.isEmpty())
            unit.line(QStringLiteral("ExecStart=ip -6 tunnel change ip6tnl0 mode ") + tunnels.ip6tnlMode);
        for (const TunnelDevice &device : tunnels.devices) {
            if (!device.create.isEmpty())
                unit.line(QStringLiteral("ExecStart=-") + device.create);
        }
        for (const TunnelDevice &device : tunnels.devices) {
            unit.line(QStringLiteral("ExecStart=ip link set %1 up").arg(device.name));
            for (const IpAddress &vip : device.vips)
                unit.line(QStringLiteral("ExecStart=%1 addr replace %2 dev %3")
                              .arg(ipCommand(vip), SetupWords::hostPrefix(vip), device.name));
        }
        unit.blank();
        unit.line(QStringLiteral("[Install]"));
        unit.line(QStringLiteral("WantedBy=multi-user.target"));
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::Boot, QStringLiteral("Tunnel devices at boot"),
                                QStringLiteral("/etc/systemd/system/") + unitName, unit.text(), self));
    }

    // The how-to's files, for the legacy network service.
    const QString hostName = options.hostNames.value(self);
    if (plan.nat && self.isV4()) {
        SetupText file;
        file.comment(QStringLiteral("LVS Studio: real server %1 as the how-to sets it up (Listing 2), for the legacy "
                                    "network service (network-scripts) and NetworkManager's ifcfg-rh plugin. "
                                    "GATEWAY is the default router of every interface: the director's inside "
                                    "address.")
                         .arg(self.toString()));
        file.line(QStringLiteral("NETWORKING=yes"));
        if (!hostName.isEmpty()) {
            file.comment(QStringLiteral("Systems with systemd do not read HOSTNAME here: hostnamectl set-hostname %1")
                             .arg(hostName));
            file.line(QStringLiteral("HOSTNAME=") + hostName);
        }
        file.line(QStringLiteral("GATEWAY=") + router);
        snippets.append(snippet(Snippet::Kind::AddLines, Snippet::Use::HowTo, QStringLiteral("Network (how-to)"),
                                QStringLiteral("/etc/sysconfig/network"), file.text(), self));
    }
    if (!router.isEmpty()) {
        SetupText file;
        file.comment(QStringLiteral("LVS Studio: %1 of real server %2 as the how-to sets it up (Listing %3), for the "
                                    "legacy network service (network-scripts) and NetworkManager's ifcfg-rh plugin.")
                         .arg(interface, self.toString(), plan.nat ? QStringLiteral("3") : QStringLiteral("13")));
        file.line(QStringLiteral("DEVICE=") + interface);
        file.line(QStringLiteral("ONBOOT=yes"));
        // BOOTPROTO is IPv4's: none for a server that has only an IPv6 address here.
        file.line(self.isV4() ? QStringLiteral("BOOTPROTO=static") : QStringLiteral("BOOTPROTO=none"));
        if (self.isV4()) {
            file.line(QStringLiteral("IPADDR=") + self.toString());
            file.line(QStringLiteral("NETMASK=") + SetupWords::netmask(prefix));
            file.line(QStringLiteral("BROADCAST=") + SetupWords::broadcast(self, prefix));
            if (!plan.nat)
                file.line(QStringLiteral("GATEWAY=") + router);
        } else {
            file.line(QStringLiteral("IPV6INIT=yes"));
            file.line(QStringLiteral("IPV6ADDR=%1/%2").arg(self.toString()).arg(prefix));
            file.line(QStringLiteral("IPV6_DEFAULTGW=") + router);
        }
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::HowTo,
                                QStringLiteral("%1 (how-to)").arg(interface),
                                scriptsDirectory + QStringLiteral("ifcfg-") + interface, file.text(), self));
    }
    int alias = 0;
    for (const IpAddress &vip : std::as_const(loVips)) {
        if (!vip.isV4())
            continue;
        SetupText file;
        file.comment(QStringLiteral("LVS Studio: the VIP %1 on lo:%2 at boot, as the how-to does it (Listing 14). "
                                    "Only the legacy network service (network-scripts: RHEL 7, or RHEL 8 with "
                                    "that package) reads it: NetworkManager ignores ifcfg files for lo. "
                                    "NETMASK 255.255.255.255 for the reason \"Apply now\" gives.")
                         .arg(vip.toString())
                         .arg(alias));
        file.line(QStringLiteral("DEVICE=lo:%1").arg(alias));
        file.line(QStringLiteral("IPADDR=") + vip.toString());
        file.line(QStringLiteral("NETMASK=255.255.255.255"));
        file.line(QStringLiteral("ONBOOT=yes"));
        file.line(QStringLiteral("NAME=loopback"));
        snippets.append(snippet(Snippet::Kind::File, Snippet::Use::HowTo, QStringLiteral("lo:%1 (how-to)").arg(alias),
                                scriptsDirectory + QStringLiteral("ifcfg-lo:%1").arg(alias), file.text(), self));
        ++alias;
    }
    return snippets;
}
