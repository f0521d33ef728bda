// SPDX-License-Identifier: GPL-2.0-or-later
#include "validation.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString familyName(IpAddress::Family family)
{
    return family == IpAddress::Family::V6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

QString forwardingWords(ForwardingMethod method)
{
    switch (method) {
    case ForwardingMethod::Masquerading:
        return Tr::tr("masquerading");
    case ForwardingMethod::DirectRouting:
        return Tr::tr("direct routing");
    case ForwardingMethod::Tunnelling:
        return Tr::tr("tunnelling");
    case ForwardingMethod::Local:
        return Tr::tr("local forwarding");
    }
    return {};
}
} // namespace

QString Validation::describe(const VirtualService &service)
{
    return Tr::tr("service %1").arg(service.displayName());
}

QString Validation::describe(const RealServer &server)
{
    return Tr::tr("real server %1").arg(server.endpoint());
}

QList<ValidationIssue> Validation::checkService(const VirtualService &service)
{
    using Field = ValidationIssue::Field;
    QList<ValidationIssue> issues;
    // Named only when something is wrong: a valid table of 10,000 real servers is checked
    // several times on its way to the kernel, and a name costs more than the checks.
    auto add = [&](Field field, const QString &message) {
        issues.append({field, describe(service) + QStringLiteral(": ") + message});
    };

    if (!service.isFirewallMark()) {
        if (service.address.isNull())
            add(Field::Address, Tr::tr("no address"));
        // ipvsadm: "Zero port specified for non-persistent service".
        if (service.port == 0 && !service.persistent)
            add(Field::Port, Tr::tr("port 0 (any port) needs persistence"));
        if (service.onePacket && service.protocol != Protocol::Udp)
            add(Field::OnePacket, Tr::tr("one-packet scheduling is only for UDP services"));
    }
    if (service.persistent) {
        if (service.persistenceTimeout < 1 || service.persistenceTimeout > maximumPersistenceTimeout)
            add(Field::Persistence, Tr::tr("persistence timeout %1 is out of range 1 to %2 seconds")
                                        .arg(service.persistenceTimeout)
                                        .arg(maximumPersistenceTimeout));
        if (service.family() == IpAddress::Family::V6
            && (service.persistenceNetmask < 1 || service.persistenceNetmask > 128))
            add(Field::PersistenceNetmask,
                Tr::tr("IPv6 persistence prefix %1 is out of range 1 to 128").arg(service.persistenceNetmask));
    }
    if (!service.persistenceEngine.isEmpty() && service.persistenceEngine != QLatin1String("sip"))
        add(Field::PersistenceEngine,
            Tr::tr("unknown persistence engine '%1' (the kernel has 'sip')").arg(service.persistenceEngine));
    if (service.schedulerFlags & ~schedulerFlagMask)
        add(Field::SchedulerFlags, Tr::tr("unknown scheduler flag bits 0x%1")
                                       .arg(service.schedulerFlags & ~schedulerFlagMask, 0, 16));
    return issues;
}

QList<ValidationIssue> Validation::checkRealServer(const VirtualService &service, const RealServer &server)
{
    using Field = ValidationIssue::Field;
    QList<ValidationIssue> issues;
    auto add = [&](Field field, const QString &message) {
        issues.append({field, describe(server) + QStringLiteral(": ") + message});
    };

    if (server.address.isNull()) {
        add(Field::Address, Tr::tr("no address"));
        return issues;
    }
    if (!server.address.isUnicast())
        add(Field::Address, Tr::tr("%1 is not a unicast address").arg(server.address.toString()));

    // The kernel allows another address family only for tunnelled real servers.
    if (server.address.family() != service.family() && server.forwarding != ForwardingMethod::Tunnelling)
        add(Field::Forwarding, Tr::tr("an %1 real server under an %2 service needs tunnelling, not %3")
                                   .arg(familyName(server.address.family()), familyName(service.family()),
                                        forwardingWords(server.forwarding)));

    // ipvsadm sends the service's port for DR and tunnelling: the packet keeps its port.
    if (!service.isFirewallMark() && server.port != service.port
        && (server.forwarding == ForwardingMethod::DirectRouting
            || server.forwarding == ForwardingMethod::Tunnelling))
        add(Field::Port, Tr::tr("%1 keeps the service's port %2; only masquerading can change it to %3")
                             .arg(forwardingWords(server.forwarding))
                             .arg(service.port)
                             .arg(server.port));

    if (server.weight > maximumWeight)
        add(Field::Weight, Tr::tr("weight %1 is out of range 0 to %2").arg(server.weight).arg(maximumWeight));
    if (server.upperThreshold > maximumThreshold)
        add(Field::Thresholds,
            Tr::tr("upper threshold %1 is out of range 0 to %2").arg(server.upperThreshold).arg(maximumThreshold));
    if (server.lowerThreshold > maximumThreshold)
        add(Field::Thresholds,
            Tr::tr("lower threshold %1 is out of range 0 to %2").arg(server.lowerThreshold).arg(maximumThreshold));
    // The kernel refuses lower > upper (ERANGE), also when upper is 0 (no limit).
    if (server.lowerThreshold > server.upperThreshold)
        add(Field::Thresholds, Tr::tr("lower threshold %1 is above the upper threshold %2")
                                   .arg(server.lowerThreshold)
                                   .arg(server.upperThreshold));

    if (server.forwarding == ForwardingMethod::Tunnelling) {
        const QString type = Forwarding::tunnelTypeName(server.tunnelType);
        if (server.tunnelType == TunnelType::Gue && server.tunnelPort == 0)
            add(Field::Tunnel, Tr::tr("a GUE tunnel needs a tunnel port"));
        if (server.tunnelType != TunnelType::Gue && server.tunnelPort != 0)
            add(Field::Tunnel, Tr::tr("a tunnel port applies to GUE only, not %1").arg(type));
        if (server.tunnelType == TunnelType::Ipip && server.tunnelChecksum != TunnelChecksum::None)
            add(Field::Tunnel, Tr::tr("checksum options apply to GUE and GRE tunnels, not ipip"));
        if (server.tunnelType == TunnelType::Gre && server.tunnelChecksum == TunnelChecksum::RemoteChecksum)
            add(Field::Tunnel, Tr::tr("remote checksum offload applies to GUE only, not gre"));
    } else if (server.tunnelPort != 0 || server.tunnelChecksum != TunnelChecksum::None
               || server.tunnelType != TunnelType::Ipip) {
        add(Field::Tunnel, Tr::tr("tunnel options need tunnelling, not %1").arg(forwardingWords(server.forwarding)));
    }
    return issues;
}

QList<ValidationIssue> Validation::checkTable(const IpvsTable &table)
{
    QList<ValidationIssue> issues;
    QSet<ServiceKey> seen;
    for (const VirtualService &service : table.services) {
        if (seen.contains(service.key()))
            issues.append({ValidationIssue::Field::Identity, Tr::tr("%1 appears twice").arg(describe(service))});
        seen.insert(service.key());
        issues += checkService(service);
        for (qsizetype i = 0; i < service.realServers.size(); ++i) {
            const RealServer &server = service.realServers.at(i);
            for (qsizetype j = 0; j < i; ++j) {
                if (service.realServers.at(j).sameKey(server))
                    issues.append({ValidationIssue::Field::Identity,
                                   Tr::tr("%1 appears twice in %2").arg(describe(server), describe(service))});
            }
            for (const ValidationIssue &issue : checkRealServer(service, server))
                issues.append({issue.field, describe(service) + QStringLiteral(", ") + issue.message});
        }
    }
    return issues;
}
