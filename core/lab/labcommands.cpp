// SPDX-License-Identifier: GPL-2.0-or-later
#include "labcommands.h"

#include "ruleswriter.h"

using LabCommands::Tr;

namespace {
QString lanPrefixed(const IpAddress &address)
{
    return address.toString() + QStringLiteral("/24");
}

// A little builder, so that each step reads as the command it is.
class Steps
{
public:
    void netns(const QStringList &argv, const QString &why)
    {
        add(LabCommand::Kind::Netns, {}, QStringList{QStringLiteral("ip"), QStringLiteral("netns")} + argv, why);
    }
    void ip(const QString &ns, const QStringList &argv, const QString &why)
    {
        add(LabCommand::Kind::Ip, ns, QStringList{QStringLiteral("ip"), QStringLiteral("-n"), ns} + argv, why);
    }
    void sysctl(const QString &ns, const QString &key, const QString &value, const QString &why)
    {
        add(LabCommand::Kind::Sysctl, ns,
            {QStringLiteral("sysctl"), QStringLiteral("-w"), key + QLatin1Char('=') + value}, why);
    }
    void modprobe(const QString &module, const QString &why)
    {
        add(LabCommand::Kind::Modprobe, {}, {QStringLiteral("modprobe"), module}, why);
    }
    void ipvsadm(const QString &ns, const QString &rule, const QString &why)
    {
        add(LabCommand::Kind::Ipvsadm, ns,
            QStringList{QStringLiteral("ipvsadm")} + rule.split(QLatin1Char(' '), Qt::SkipEmptyParts), why);
    }
    // A veth pair: `name` in `ns`, its peer named `peer` in `otherNs`; both up, the peer
    // (when `bridged`) a port of the other namespace's bridge.
    void link(const QString &ns, const QString &name, const QString &otherNs, const QString &peer, bool bridged,
              const QString &why)
    {
        ip(ns,
           {QStringLiteral("link"), QStringLiteral("add"), name, QStringLiteral("type"), QStringLiteral("veth"),
            QStringLiteral("peer"), QStringLiteral("name"), peer, QStringLiteral("netns"), otherNs},
           why);
        if (bridged)
            ip(otherNs,
               {QStringLiteral("link"), QStringLiteral("set"), peer, QStringLiteral("master"), QStringLiteral("br0")},
               Tr::tr("plug it into the LAN's bridge"));
        ip(otherNs, {QStringLiteral("link"), QStringLiteral("set"), peer, QStringLiteral("up")},
           Tr::tr("the far end up"));
        ip(ns, {QStringLiteral("link"), QStringLiteral("set"), name, QStringLiteral("up")}, Tr::tr("this end up"));
    }
    void address(const QString &ns, const QString &prefixed, const QString &device, const QString &why)
    {
        ip(ns, {QStringLiteral("addr"), QStringLiteral("add"), prefixed, QStringLiteral("dev"), device}, why);
    }
    void defaultRoute(const QString &ns, const IpAddress &via, const QString &why)
    {
        ip(ns, {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"), QStringLiteral("via"),
                via.toString()},
           why);
    }
    void loopbackUp(const QString &ns)
    {
        ip(ns, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
           Tr::tr("a new namespace starts with lo down"));
    }

    QList<LabCommand> commands;

private:
    void add(LabCommand::Kind kind, const QString &ns, const QStringList &argv, const QString &why)
    {
        commands.append(LabCommand{kind, ns, argv, why});
    }
};

void realServer(Steps &steps, const LabDescription &lab, const LabServer &server, const QString &lanNs)
{
    const QString ns = LabCommands::serverNamespace(server.host);
    const QString vip = lab.vip().toString() + QStringLiteral("/32");
    steps.loopbackUp(ns);
    if (lab.method != ForwardingMethod::Masquerading) {
        // Before the LAN link exists, so that the server never answers ARP for the VIP.
        const QString arpWhy = Tr::tr("the VIP is this server's too, but only the director may answer ARP for it");
        steps.sysctl(ns, QStringLiteral("net.ipv4.conf.all.arp_ignore"), QStringLiteral("1"),
                     Tr::tr("answer ARP only for addresses of the interface the request came in on"));
        steps.sysctl(ns, QStringLiteral("net.ipv4.conf.all.arp_announce"), QStringLiteral("2"),
                     Tr::tr("never name the VIP as the sender of this server's own ARP requests"));
        if (lab.method == ForwardingMethod::DirectRouting) {
            steps.sysctl(ns, QStringLiteral("net.ipv4.conf.lo.arp_ignore"), QStringLiteral("1"), arpWhy);
            steps.sysctl(ns, QStringLiteral("net.ipv4.conf.lo.arp_announce"), QStringLiteral("2"), arpWhy);
            steps.sysctl(ns, QStringLiteral("net.ipv4.conf.default.rp_filter"), QStringLiteral("1"),
                         Tr::tr("strict reverse-path filtering, as the how-to keeps it"));
            steps.address(ns, vip, QStringLiteral("lo"),
                          Tr::tr("the VIP on lo, a device that never answers ARP, as a single address"));
        } else {
            steps.ip(ns, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("tunl0"), QStringLiteral("up")},
                     Tr::tr("tunl0 unwraps the director's IP-in-IP packets"));
            steps.sysctl(ns, QStringLiteral("net.ipv4.conf.tunl0.rp_filter"), QStringLiteral("0"),
                         Tr::tr("requests leave the tunnel with the client's address, whose route is not tunl0"));
            steps.sysctl(ns, QStringLiteral("net.ipv4.conf.all.rp_filter"), QStringLiteral("0"),
                         Tr::tr("the kernel uses the larger of all and the device's value"));
            steps.address(ns, vip, QStringLiteral("tunl0"), Tr::tr("the VIP on tunl0, as a single address"));
        }
    }
    const QString device = QStringLiteral("eth0");
    steps.link(ns, device, lanNs, QStringLiteral("rs%1").arg(server.host), true,
               Tr::tr("real server %1's cable to the LAN").arg(server.host));
    steps.address(ns, lanPrefixed(LabDescription::serverAddress(server.host)), device,
                  Tr::tr("real server %1's own address").arg(server.host));
    steps.defaultRoute(ns, lab.serverGateway(),
                       lab.method == ForwardingMethod::Masquerading
                           ? Tr::tr("NAT: replies must go back through the director")
                           : Tr::tr("replies go straight to the client through RouterB, not the director"));
}
} // namespace

QString LabCommand::line() const
{
    QStringList words = argv;
    if (kind == Kind::Sysctl || kind == Kind::Ipvsadm)
        words = QStringList{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), netns} + argv;
    return words.join(QLatin1Char(' '));
}

QString LabCommand::sysctlKey() const
{
    return kind == Kind::Sysctl && argv.size() == 3 ? argv.at(2).section(QLatin1Char('='), 0, 0) : QString();
}

QString LabCommand::sysctlValue() const
{
    return kind == Kind::Sysctl && argv.size() == 3 ? argv.at(2).section(QLatin1Char('='), 1) : QString();
}

QString LabCommands::namespaceName(const QString &role)
{
    return QString::fromUtf16(namespacePrefix) + role;
}

QString LabCommands::serverNamespace(int host)
{
    return namespaceName(QStringLiteral("rs%1").arg(host));
}

QStringList LabCommands::namespaces(const LabDescription &lab)
{
    QStringList names{namespaceName(QStringLiteral("lan")), namespaceName(QStringLiteral("client"))};
    if (lab.method != ForwardingMethod::Masquerading)
        names << namespaceName(QStringLiteral("router"));
    names << namespaceName(QStringLiteral("director"));
    for (const LabServer &server : lab.servers)
        names << serverNamespace(server.host);
    return names;
}

QList<LabCommand> LabCommands::build(const LabDescription &lab)
{
    Steps steps;
    const bool nat = lab.method == ForwardingMethod::Masquerading;
    const QString lan = namespaceName(QStringLiteral("lan"));
    const QString client = namespaceName(QStringLiteral("client"));
    const QString router = namespaceName(QStringLiteral("router"));
    const QString director = namespaceName(QStringLiteral("director"));

    for (const QString &name : namespaces(lab))
        steps.netns({QStringLiteral("add"), name}, Tr::tr("a network namespace of its own: %1").arg(name));
    if (lab.method == ForwardingMethod::Tunnelling)
        steps.modprobe(QStringLiteral("ipip"), Tr::tr("IP-in-IP: gives every namespace its tunl0"));

    steps.loopbackUp(lan);
    steps.ip(lan, {QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("br0"), QStringLiteral("type"),
                   QStringLiteral("bridge")},
             Tr::tr("the real servers' LAN: a bridge, the switch they all plug into"));
    steps.ip(lan, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("br0"), QStringLiteral("up")},
             Tr::tr("the switch on"));

    // The client, on 192.168.10.0/24 with the director (NAT) or the router (DR, TUN).
    steps.loopbackUp(client);
    const QString clientPeerNs = nat ? director : router;
    if (!nat)
        steps.loopbackUp(router);
    else
        steps.loopbackUp(director);
    steps.link(client, QStringLiteral("eth0"), clientPeerNs, QStringLiteral("eth0"), false,
               nat ? Tr::tr("the client's cable to the director's outside interface")
                   : Tr::tr("the client's cable to the router"));
    steps.address(client, lanPrefixed(LabDescription::clientAddress()), QStringLiteral("eth0"),
                  Tr::tr("the client's address"));
    steps.address(clientPeerNs, lanPrefixed(LabDescription::clientGateway()), QStringLiteral("eth0"),
                  nat ? Tr::tr("the director's outside address: the VIP") : Tr::tr("the router's outside address"));
    steps.defaultRoute(client, LabDescription::clientGateway(), Tr::tr("everything else through it"));

    if (!nat) {
        steps.link(router, QStringLiteral("eth1"), lan, QStringLiteral("router"), true,
                   Tr::tr("the router's cable to the LAN"));
        steps.address(router, lanPrefixed(LabDescription::routerA()), QStringLiteral("eth1"),
                      Tr::tr("RouterA: the director's gateway"));
        steps.address(router, lanPrefixed(LabDescription::routerB()), QStringLiteral("eth1"),
                      Tr::tr("RouterB: the real servers' gateway (the how-to's second router, here the same one)"));
        steps.sysctl(router, QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1"),
                     Tr::tr("the router forwards between its two networks"));
        steps.loopbackUp(director);
    }

    // The director.
    const QString directorLanDevice = nat ? QStringLiteral("eth1") : QStringLiteral("eth0");
    steps.link(director, directorLanDevice, lan, QStringLiteral("director"), true,
               Tr::tr("the director's cable to the real servers' LAN"));
    steps.address(director, lanPrefixed(lab.directorLanAddress()), directorLanDevice,
                  nat ? Tr::tr("the director's inside address: the real servers' gateway")
                      : Tr::tr("the director's own address on the LAN"));
    if (!nat) {
        steps.address(director, lab.vip().toString() + QStringLiteral("/32"), directorLanDevice,
                      Tr::tr("the VIP, the address clients connect to (the how-to's eth0:0)"));
        steps.defaultRoute(director, LabDescription::routerA(), Tr::tr("the director's gateway is RouterA"));
    }
    steps.sysctl(director, QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1"),
                 Tr::tr("the how-to turns forwarding on for every method"));

    for (const LabServer &server : lab.servers)
        realServer(steps, lab, server, lan);

    QList<LabCommand> commands = steps.commands;
    commands += table(lab);
    return commands;
}

QList<LabCommand> LabCommands::table(const LabDescription &lab)
{
    Steps steps;
    const QString director = namespaceName(QStringLiteral("director"));
    const IpvsTable table = lab.table();
    for (const VirtualService &service : table.services) {
        steps.ipvsadm(director, RulesWriter::addServiceRule(service),
                      Tr::tr("the virtual service on the VIP, scheduled by %1").arg(Schedulers::name(service.scheduler)));
        for (const RealServer &server : service.realServers)
            steps.ipvsadm(director, RulesWriter::addRealServerRule(service, server),
                          Tr::tr("real server %1 with weight %2").arg(server.address.toString()).arg(server.weight));
    }
    return steps.commands;
}

QList<LabCommand> LabCommands::teardown(const LabDescription &lab)
{
    Steps steps;
    for (const QString &name : namespaces(lab))
        steps.netns({QStringLiteral("delete"), name}, Tr::tr("removes the namespace with its links and addresses"));
    return steps.commands;
}

QString LabCommands::script(const QList<LabCommand> &commands)
{
    QString text;
    for (const LabCommand &command : commands) {
        if (!command.why.isEmpty())
            text += QStringLiteral("# ") + command.why + QLatin1Char('\n');
        text += command.line() + QLatin1Char('\n');
    }
    return text;
}
