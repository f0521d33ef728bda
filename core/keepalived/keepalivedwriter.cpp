// SPDX-License-Identifier: GPL-2.0-or-later
#include "keepalivedwriter.h"

#include "ipvsadmorder.h"

#include <QList>
#include <QStringList>

#include <array>

namespace {
// Forwarding as keepalived spells it, tunnel options included; equal spellings are equal methods.
QString forwardingText(const RealServer &server)
{
    switch (server.forwarding) {
    case ForwardingMethod::Masquerading:
        return QStringLiteral("NAT");
    case ForwardingMethod::Local:
    case ForwardingMethod::DirectRouting:
        return QStringLiteral("DR");
    case ForwardingMethod::Tunnelling:
        break;
    }
    // A bare TUN is ipip, and keepalived before 2.0.18 knows no tunnel type at all.
    QString text = QStringLiteral("TUN");
    if (server.tunnelType != TunnelType::Ipip)
        text += QStringLiteral(" type ") + Forwarding::tunnelTypeName(server.tunnelType);
    if (server.tunnelType == TunnelType::Gue)
        text += QStringLiteral(" port ") + QString::number(server.tunnelPort);
    if (server.tunnelChecksum == TunnelChecksum::Checksum)
        text += QStringLiteral(" csum");
    else if (server.tunnelChecksum == TunnelChecksum::RemoteChecksum)
        text += QStringLiteral(" remcsum");
    return text;
}

// The method most real servers use, the first of them on a tie, so that few need their own.
QString commonForwarding(const QList<const RealServer *> &servers)
{
    QStringList methods;
    QList<int> counts;
    for (const RealServer *server : servers) {
        const QString method = forwardingText(*server);
        const qsizetype index = methods.indexOf(method);
        if (index < 0) {
            methods.append(method);
            counts.append(1);
        } else {
            ++counts[index];
        }
    }
    qsizetype best = 0;
    for (qsizetype i = 1; i < counts.size(); ++i) {
        if (counts.at(i) > counts.at(best))
            best = i;
    }
    return methods.value(best, QStringLiteral("NAT"));
}

QString persistenceGranularity(const VirtualService &service)
{
    if (service.family() == IpAddress::Family::V6)
        return QString::number(service.persistenceNetmask);
    return IpAddress::fromV4(service.persistenceNetmask).toString();
}

QString healthCheck(const VirtualService &service, const RealServer &server)
{
    const QString indent = QStringLiteral("        ");
    QString check;
    if (server.port == 0) {
        check = indent + QStringLiteral("# No port to connect to (fwmark or any-port service): PING_CHECK only asks\n")
            + indent + QStringLiteral("# whether the host answers; a TCP_CHECK with connect_port tests a service.\n")
            + indent + QStringLiteral("PING_CHECK {\n");
    } else if (service.protocol == Protocol::Udp) {
        check = indent + QStringLiteral("UDP_CHECK {\n");
    } else if (service.protocol == Protocol::Sctp) {
        check = indent + QStringLiteral("# keepalived has no SCTP check: PING_CHECK only asks whether the host answers.\n")
            + indent + QStringLiteral("PING_CHECK {\n");
    } else {
        check = indent + QStringLiteral("TCP_CHECK {\n");
    }
    return check + indent + QStringLiteral("    connect_timeout 3\n") + indent + QStringLiteral("}\n");
}

QString realServerBlock(const VirtualService &service, const RealServer &server, const QString &serviceForwarding)
{
    QString block = QStringLiteral("    real_server ") + server.address.toString();
    if (server.port != 0)
        block += QLatin1Char(' ') + QString::number(server.port);
    block += QStringLiteral(" {\n        weight ") + QString::number(server.weight) + QLatin1Char('\n');
    if (server.upperThreshold)
        block += QStringLiteral("        uthreshold ") + QString::number(server.upperThreshold) + QLatin1Char('\n');
    if (server.lowerThreshold)
        block += QStringLiteral("        lthreshold ") + QString::number(server.lowerThreshold) + QLatin1Char('\n');
    const QString forwarding = forwardingText(server);
    if (forwarding != serviceForwarding)
        block += QStringLiteral("        lvs_method ") + forwarding + QLatin1Char('\n');
    block += healthCheck(service, server);
    return block + QStringLiteral("    }\n");
}

QString serviceBlock(const VirtualService &service)
{
    const QList<const RealServer *> servers = IpvsadmOrder::realServers(service);
    QString block;
    if (servers.isEmpty())
        block += QStringLiteral("# keepalived ignores a virtual_server without real servers.\n");
    if (service.isFirewallMark()) {
        block += QStringLiteral("virtual_server fwmark ") + QString::number(service.firewallMark)
            + QStringLiteral(" {\n");
        // Always said: without it keepalived guesses the family from the real servers.
        block += service.firewallMarkFamily == IpAddress::Family::V6 ? QStringLiteral("    ip_family inet6\n")
                                                                      : QStringLiteral("    ip_family inet\n");
    } else {
        block += QStringLiteral("virtual_server ") + service.address.toString() + QLatin1Char(' ')
            + QString::number(service.port) + QStringLiteral(" {\n");
    }
    // Flags after lvs_sched: keepalived checks sh-* and mh-* against the scheduler set so far.
    block += QStringLiteral("    lvs_sched ") + Schedulers::name(service.scheduler) + QLatin1Char('\n');
    for (std::uint32_t bit : {SchedulerFlag1, SchedulerFlag2, SchedulerFlag3}) {
        if (service.schedulerFlags & bit)
            block += QStringLiteral("    ") + SchedulerFlags::toString(service.scheduler, bit) + QLatin1Char('\n');
    }
    if (service.onePacket)
        block += QStringLiteral("    ops\n");
    // Before the real servers: each takes the method as it stands at its line.
    const QString forwarding = commonForwarding(servers);
    block += QStringLiteral("    lvs_method ") + forwarding + QLatin1Char('\n');
    if (service.persistent) {
        block += QStringLiteral("    persistence_timeout ") + QString::number(service.persistenceTimeout)
            + QLatin1Char('\n');
        if (service.persistenceNetmask != service.fullPersistenceNetmask())
            block += QStringLiteral("    persistence_granularity ") + persistenceGranularity(service)
                + QLatin1Char('\n');
        if (!service.persistenceEngine.isEmpty())
            block += QStringLiteral("    persistence_engine ") + service.persistenceEngine + QLatin1Char('\n');
    } else if (!service.persistenceEngine.isEmpty()) {
        block += QStringLiteral("    # persistence_engine ") + service.persistenceEngine
            + QStringLiteral(" left out: keepalived passes it only with persistence_timeout.\n");
    }
    // keepalived ignores (and warns about) a protocol on a fwmark service.
    if (!service.isFirewallMark())
        block += QStringLiteral("    protocol ") + Protocols::name(service.protocol) + QLatin1Char('\n');
    for (const RealServer *server : servers)
        block += QLatin1Char('\n') + realServerBlock(service, *server, forwarding);
    return block + QStringLiteral("}\n");
}

QString syncDaemonComment(const SyncDaemon &daemon)
{
    QString line = QStringLiteral("#   lvs_sync_daemon ") + daemon.interface + QStringLiteral(" inst VI_1 id ")
        + QString::number(daemon.syncId);
    if (daemon.maxLength)
        line += QStringLiteral(" maxlen ") + QString::number(daemon.maxLength);
    if (daemon.port)
        line += QStringLiteral(" port ") + QString::number(daemon.port);
    if (daemon.ttl)
        line += QStringLiteral(" ttl ") + QString::number(daemon.ttl);
    if (!daemon.group.isNull())
        line += QStringLiteral(" group ") + daemon.group.toString();
    return line + (daemon.role == SyncDaemon::Role::Master ? QStringLiteral("   (now: master)\n")
                                                           : QStringLiteral("   (now: backup)\n"));
}
} // namespace

QString KeepalivedWriter::write(const IpvsTable &table)
{
    QString text = QStringLiteral(
        "# The LVS part of a keepalived.conf, written by LVS Studio.\n"
        "# Add global_defs and a vrrp_instance for the virtual addresses as your directors need.\n"
        "# The health checks are a starting point: make each one test what its real server\n"
        "# really serves (HTTP_GET with a url, MISC_CHECK ...) before relying on them.\n");
    if (table.timeouts) {
        text += QStringLiteral("\nglobal_defs {\n    lvs_timeouts tcp %1 tcpfin %2 udp %3\n}\n")
                    .arg(table.timeouts->tcp)
                    .arg(table.timeouts->tcpFin)
                    .arg(table.timeouts->udp);
    }
    if (!table.syncDaemons.isEmpty()) {
        text += QStringLiteral(
            "\n# Sync daemons are not written: keepalived starts lvs_sync_daemon (in global_defs) as\n"
            "# master or backup after a vrrp_instance's state, for example:\n");
        for (const SyncDaemon &daemon : table.syncDaemons)
            text += syncDaemonComment(daemon);
    }
    for (const VirtualService *service : IpvsadmOrder::services(table))
        text += QLatin1Char('\n') + serviceBlock(*service);
    return text;
}
