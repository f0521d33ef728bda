// SPDX-License-Identifier: GPL-2.0-or-later
#include "ruleswriter.h"

#include "ipvsadmorder.h"

#include <QStringList>

namespace {
QString netmaskText(std::uint32_t hostOrder)
{
    return IpAddress::fromV4(hostOrder).toString();
}

QString forwardingSwitch(ForwardingMethod method)
{
    switch (method) {
    case ForwardingMethod::Masquerading:
        return QStringLiteral("-m");
    case ForwardingMethod::Tunnelling:
        return QStringLiteral("-i");
    case ForwardingMethod::Local:
    case ForwardingMethod::DirectRouting:
        return QStringLiteral("-g"); // the format has no switch for "local"
    }
    return {};
}

QString checksumSwitch(TunnelChecksum checksum)
{
    switch (checksum) {
    case TunnelChecksum::None:
        return QStringLiteral("--tun-nocsum");
    case TunnelChecksum::Checksum:
        return QStringLiteral("--tun-csum");
    case TunnelChecksum::RemoteChecksum:
        return QStringLiteral("--tun-remcsum");
    }
    return {};
}

QString protocolSwitch(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Tcp:
        return QStringLiteral("-t");
    case Protocol::Udp:
        return QStringLiteral("-u");
    case Protocol::Sctp:
        return QStringLiteral("--sctp-service");
    }
    return QStringLiteral("--xxx-service");
}
} // namespace

QString RulesWriter::serviceSelector(const VirtualService &service)
{
    if (service.isFirewallMark()) {
        QString selector = QStringLiteral("-f ") + QString::number(service.firewallMark);
        if (service.firewallMarkFamily == IpAddress::Family::V6)
            selector += QStringLiteral(" -6");
        return selector;
    }
    return protocolSwitch(service.protocol) + QLatin1Char(' ') + service.address.toStringWithPort(service.port);
}

QString RulesWriter::addServiceRule(const VirtualService &service)
{
    QString line = QStringLiteral("-A ") + serviceSelector(service) + QStringLiteral(" -s ")
        + Schedulers::name(service.scheduler);
    if (service.persistent) {
        line += QStringLiteral(" -p ") + QString::number(service.persistenceTimeout);
        if (service.persistenceNetmask != service.fullPersistenceNetmask()) {
            line += QStringLiteral(" -M ");
            line += service.family() == IpAddress::Family::V6 ? QString::number(service.persistenceNetmask)
                                                              : netmaskText(service.persistenceNetmask);
        }
    }
    if (!service.persistenceEngine.isEmpty())
        line += QStringLiteral(" --pe ") + service.persistenceEngine;
    if (service.onePacket)
        line += QStringLiteral(" -o");
    if (service.schedulerFlags & schedulerFlagMask)
        line += QStringLiteral(" -b ") + SchedulerFlags::toString(service.scheduler, service.schedulerFlags);
    return line;
}

QString RulesWriter::addRealServerRule(const VirtualService &service, const RealServer &server)
{
    QString line = QStringLiteral("-a ") + serviceSelector(service) + QStringLiteral(" -r ") + server.endpoint()
        + QLatin1Char(' ') + forwardingSwitch(server.forwarding) + QStringLiteral(" -w ")
        + QString::number(server.weight);
    if (server.forwarding == ForwardingMethod::Tunnelling) {
        line += QStringLiteral(" --tun-type ") + Forwarding::tunnelTypeName(server.tunnelType);
        if (server.tunnelType == TunnelType::Gue)
            line += QStringLiteral(" --tun-port ") + QString::number(server.tunnelPort);
        if (server.tunnelType != TunnelType::Ipip)
            line += QLatin1Char(' ') + checksumSwitch(server.tunnelChecksum);
    }
    return line;
}

QString RulesWriter::realServerCommand(const VirtualService &service, const RealServer &server)
{
    QString line = addRealServerRule(service, server);
    // The rules format drops thresholds; a command can keep them.
    if (server.upperThreshold)
        line += QStringLiteral(" -x ") + QString::number(server.upperThreshold);
    if (server.lowerThreshold)
        line += QStringLiteral(" -y ") + QString::number(server.lowerThreshold);
    return line;
}

QString RulesWriter::rules(const IpvsTable &table)
{
    QString text;
    for (const VirtualService *service : IpvsadmOrder::services(table)) {
        text += addServiceRule(*service) + QLatin1Char('\n');
        for (const RealServer *server : IpvsadmOrder::realServers(*service))
            text += addRealServerRule(*service, *server) + QLatin1Char('\n');
    }
    return text;
}

QString RulesWriter::script(const IpvsTable &table)
{
    QStringList lines{QStringLiteral("#!/bin/sh"),
                      QStringLiteral("# IPVS table written by LVS Studio; run as root to build it."),
                      QStringLiteral("set -e"), QStringLiteral("ipvsadm -C")};
    if (table.timeouts) {
        lines.append(QStringLiteral("ipvsadm --set %1 %2 %3")
                         .arg(table.timeouts->tcp)
                         .arg(table.timeouts->tcpFin)
                         .arg(table.timeouts->udp));
    }
    for (const VirtualService *service : IpvsadmOrder::services(table)) {
        lines.append(QStringLiteral("ipvsadm ") + addServiceRule(*service));
        for (const RealServer *server : IpvsadmOrder::realServers(*service))
            lines.append(QStringLiteral("ipvsadm ") + realServerCommand(*service, *server));
    }
    for (const SyncDaemon &daemon : table.syncDaemons)
        lines.append(QStringLiteral("ipvsadm ") + startDaemonArguments(daemon));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RulesWriter::startDaemonArguments(const SyncDaemon &daemon)
{
    QString line = QStringLiteral("--start-daemon ")
        + (daemon.role == SyncDaemon::Role::Master ? QStringLiteral("master") : QStringLiteral("backup"))
        + QStringLiteral(" --mcast-interface ") + daemon.interface + QStringLiteral(" --syncid ")
        + QString::number(daemon.syncId);
    if (daemon.maxLength)
        line += QStringLiteral(" --sync-maxlen ") + QString::number(daemon.maxLength);
    if (!daemon.group.isNull())
        line += QStringLiteral(" --mcast-group ") + daemon.group.toString();
    if (daemon.port)
        line += QStringLiteral(" --mcast-port ") + QString::number(daemon.port);
    if (daemon.ttl)
        line += QStringLiteral(" --mcast-ttl ") + QString::number(daemon.ttl);
    return line;
}
