// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KernelSettings)
};

QString vs(const char *name)
{
    return QStringLiteral("net.ipv4.vs.") + QLatin1String(name);
}
} // namespace

QList<KernelSettings::Setting> KernelSettings::all()
{
    return {
        {QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("0"),
         Tr::tr("Routes packets between interfaces. A NAT director must forward: the real servers' replies go "
                  "back through it.")},
        {QStringLiteral("net.ipv6.conf.all.forwarding"), QStringLiteral("0"),
         Tr::tr("The same for IPv6 services.")},
        {vs("am_droprate"), QStringLiteral("10"),
         Tr::tr("Under attack defence mode 3 of drop_packet: drop one packet in this many.")},
        {vs("amemthresh"), QStringLiteral("1024"),
         Tr::tr("Free memory (in pages) below which the automatic defences (drop_entry, drop_packet, "
                  "secure_tcp set to 1) switch on.")},
        {vs("backup_only"), QStringLiteral("0"),
         Tr::tr("1: a backup director that only receives synchronised connections and does not balance "
                  "traffic itself.")},
        {vs("cache_bypass"), QStringLiteral("0"),
         Tr::tr("1: packets for a virtual service with no available real server go straight to their "
                  "destination instead of being dropped (cache clusters).")},
        {vs("conn_reuse_mode"), QStringLiteral("1"),
         Tr::tr("What happens when a client reuses a port of a connection in TIME_WAIT: 1 schedules it anew "
                  "(not when conntrack is on); 0 sends it to the old real server.")},
        {vs("conntrack"), QStringLiteral("0"),
         Tr::tr("1: keep netfilter connection tracking for IPVS connections, needed by iptables rules that "
                  "match their state (kube-proxy, SNAT on the director).")},
        {vs("drop_entry"), QStringLiteral("0"),
         Tr::tr("Defence against SYN floods: drop connection entries at random (1: when memory is short, "
                  "2: always while memory is short, 3: always).")},
        {vs("drop_packet"), QStringLiteral("0"),
         Tr::tr("Defence: drop packets at a rate (am_droprate in mode 3), by the same modes as drop_entry.")},
        {vs("expire_nodest_conn"), QStringLiteral("0"),
         Tr::tr("1: a connection whose real server was deleted is removed at its next packet, so the client "
                  "reconnects elsewhere at once instead of waiting for a timeout.")},
        {vs("expire_quiescent_template"), QStringLiteral("0"),
         Tr::tr("1: a persistence template pointing at a real server with weight 0 (drained) expires, so "
                  "returning clients of a persistent service go elsewhere. Set it when draining.")},
        {vs("ignore_tunneled"), QStringLiteral("0"),
         Tr::tr("1: packets that arrived through an IPIP/GRE tunnel are not balanced again (nested "
                  "directors).")},
        {vs("nat_icmp_send"), QStringLiteral("0"),
         Tr::tr("1: a NAT director sends ICMP errors when a real server is gone or the packet cannot be "
                  "forwarded.")},
        {vs("pmtu_disc"), QStringLiteral("1"),
         Tr::tr("Path MTU discovery for tunnelled (TUN) packets: 1 honours don't-fragment; 0 fragments them.")},
        {vs("run_estimation"), QStringLiteral("1"),
         Tr::tr("0 stops the rate estimator: the conn/s, packets/s and bytes/s columns stay at 0.")},
        {vs("schedule_icmp"), QStringLiteral("0"),
         Tr::tr("1: ICMP packets that match no connection are scheduled to a real server like new traffic.")},
        {vs("secure_tcp"), QStringLiteral("0"),
         Tr::tr("Defence against SYN floods: shorter TCP state timeouts, by the same modes as drop_entry.")},
        {vs("sloppy_sctp"), QStringLiteral("0"),
         Tr::tr("1: pick up SCTP associations mid-stream (after a director failover).")},
        {vs("sloppy_tcp"), QStringLiteral("0"),
         Tr::tr("1: pick up TCP connections mid-stream, from any packet (after a director failover).")},
        {vs("snat_reroute"), QStringLiteral("1"),
         Tr::tr("Route a NAT real server's replies again after their source address is changed (policy "
                  "routing on the director).")},
        {vs("sync_persist_mode"), QStringLiteral("0"),
         Tr::tr("1: synchronise only the persistence templates, not each connection (less sync traffic).")},
        {vs("sync_ports"), QStringLiteral("1"),
         Tr::tr("How many threads and ports the master sync daemon uses.")},
        {vs("sync_qlen_max"), QString(),
         Tr::tr("The most sync messages waiting to be sent (the default depends on memory).")},
        {vs("sync_refresh_period"), QStringLiteral("10"),
         Tr::tr("Seconds between re-sends of a connection whose state did not change.")},
        {vs("sync_retries"), QStringLiteral("0"),
         Tr::tr("How often a sync message is sent again (0 to 3).")},
        {vs("sync_sock_size"), QStringLiteral("0"),
         Tr::tr("The sync socket's buffer size; 0 is the system's.")},
        {vs("sync_threshold"), QStringLiteral("3\t50"),
         Tr::tr("A connection is synchronised after this many packets, then every period of packets.")},
        {vs("sync_version"), QStringLiteral("1"),
         Tr::tr("The sync message format: 1 (since Linux 2.6.39, with IPv6 and firewall marks) or 0 for old "
                  "backups.")},
    };
}

KernelSettings::Setting KernelSettings::find(const QString &name)
{
    for (const Setting &setting : all()) {
        if (setting.name == name)
            return setting;
    }
    return {};
}

QList<KernelSettings::Preset> KernelSettings::presets()
{
    return {
        {Tr::tr("A NAT director"),
         Tr::tr("Replies from the real servers must be forwarded back to the clients."),
         {{QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1")}}},
        {Tr::tr("As kube-proxy sets them"),
         Tr::tr("kube-proxy's IPVS mode forwards, keeps conntrack for its iptables rules, removes connections "
                  "of deleted endpoints at once and lets the templates of drained ones expire. (It also sets "
                  "conn_reuse_mode to 0, but only on kernels before 5.9, whose port reuse handling stalled "
                  "for a second.)"),
         {{QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1")},
          {vs("conntrack"), QStringLiteral("1")},
          {vs("expire_nodest_conn"), QStringLiteral("1")},
          {vs("expire_quiescent_template"), QStringLiteral("1")}}},
        {Tr::tr("Draining real servers cleanly"),
         Tr::tr("Clients of a persistent service leave a drained server, and clients of a deleted one "
                  "reconnect at once."),
         {{vs("expire_quiescent_template"), QStringLiteral("1")}, {vs("expire_nodest_conn"), QStringLiteral("1")}}},
    };
}

QString KernelSettings::timeoutsExplanation()
{
    return Tr::tr("tcp (900 s): how long an established TCP connection may stay idle before the director forgets "
                    "it; a client idle longer (an SSH session, a long poll) then breaks, as its next packet may "
                    "be scheduled to another server. tcpfin (120 s): how long a connection closed by the client "
                    "is kept. udp (300 s): how long a UDP flow is kept after its last packet.");
}

InMemorySysctls::InMemorySysctls()
{
    for (const KernelSettings::Setting &setting : KernelSettings::all())
        m_values.insert(setting.name, setting.defaultValue.isEmpty() ? QStringLiteral("0") : setting.defaultValue);
}

QString InMemorySysctls::set(const QString &name, const QString &value)
{
    if (!m_values.contains(name))
        return Tr::tr("%1 is not a setting LVS Studio manages").arg(name);
    // Every managed value is one or more integers (sync_threshold has two).
    const QStringList numbers = value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    bool ok = !numbers.isEmpty();
    for (const QString &number : numbers) {
        bool isNumber = false;
        number.toLongLong(&isNumber);
        ok = ok && isNumber;
    }
    if (!ok)
        return Tr::tr("%1: '%2' is not a number").arg(name, value);
    m_values.insert(name, numbers.join(QLatin1Char('\t')));
    return {};
}
