// SPDX-License-Identifier: GPL-2.0-or-later
#include "dbustypes.h"

#include <QCoreApplication>
#include <QDBusMetaType>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DBusTypes)
};

constexpr ushort familyV4 = 2;  // AF_INET
constexpr ushort familyV6 = 10; // AF_INET6

ushort familyNumber(IpAddress::Family family)
{
    return family == IpAddress::Family::V6 ? familyV6 : familyV4;
}

QString addressText(const IpAddress &address)
{
    return address.isNull() ? QString() : address.toString();
}

void writeServiceSpec(QDBusArgument &argument, const VirtualService &service)
{
    argument.beginStructure();
    argument << service.firewallMark << familyNumber(service.family()) << ushort(service.protocol)
             << addressText(service.address) << ushort(service.port) << Schedulers::name(service.scheduler)
             << service.schedulerFlags << service.persistent << service.persistenceTimeout
             << service.persistenceNetmask << service.persistenceEngine << service.onePacket;
    argument.endStructure();
}

void readServiceSpec(const QDBusArgument &argument, VirtualService &service, QStringList &errors)
{
    uint mark = 0, flags = 0, timeout = 0, netmask = 0;
    ushort family = 0, protocol = 0, port = 0;
    QString address, scheduler, engine;
    bool persistent = false, onePacket = false;
    argument.beginStructure();
    argument >> mark >> family >> protocol >> address >> port >> scheduler >> flags >> persistent >> timeout
        >> netmask >> engine >> onePacket;
    argument.endStructure();

    service = VirtualService{};
    service.firewallMark = mark;
    if (family != familyV4 && family != familyV6)
        errors.append(Tr::tr("address family %1 is neither IPv4 (2) nor IPv6 (10)").arg(family));
    service.firewallMarkFamily = family == familyV6 ? IpAddress::Family::V6 : IpAddress::Family::V4;
    if (protocol != ushort(Protocol::Tcp) && protocol != ushort(Protocol::Udp) && protocol != ushort(Protocol::Sctp))
        errors.append(Tr::tr("protocol %1 is not TCP (6), UDP (17) or SCTP (132)").arg(protocol));
    else
        service.protocol = Protocol(protocol);
    if (!mark) {
        const auto parsed = IpAddress::parse(address);
        if (!parsed)
            errors.append(Tr::tr("service address '%1' is not an IPv4 or IPv6 address").arg(address));
        else if (familyNumber(parsed->family()) != family)
            errors.append(Tr::tr("service address %1 does not belong to address family %2").arg(address).arg(family));
        else
            service.address = *parsed;
        service.port = port;
    }
    if (const auto known = Schedulers::fromName(scheduler))
        service.scheduler = *known;
    else
        errors.append(Tr::tr("unknown scheduler '%1'").arg(scheduler));
    service.schedulerFlags = flags;
    service.persistent = persistent;
    service.persistenceTimeout = timeout;
    service.persistenceNetmask = netmask;
    service.persistenceEngine = engine;
    service.onePacket = onePacket;
}

void writeRealServerSpec(QDBusArgument &argument, const RealServer &server)
{
    argument.beginStructure();
    argument << addressText(server.address) << ushort(server.port) << uint(server.forwarding) << server.weight
             << server.upperThreshold << server.lowerThreshold << uchar(server.tunnelType) << ushort(server.tunnelPort)
             << uchar(server.tunnelChecksum);
    argument.endStructure();
}

void readRealServerSpec(const QDBusArgument &argument, RealServer &server, QStringList &errors)
{
    QString address;
    ushort port = 0, tunnelPort = 0;
    uint forwarding = 0, weight = 0, upper = 0, lower = 0;
    uchar tunnelType = 0, checksum = 0;
    argument.beginStructure();
    argument >> address >> port >> forwarding >> weight >> upper >> lower >> tunnelType >> tunnelPort >> checksum;
    argument.endStructure();

    server = RealServer{};
    if (const auto parsed = IpAddress::parse(address))
        server.address = *parsed;
    else
        errors.append(Tr::tr("real server address '%1' is not an IPv4 or IPv6 address").arg(address));
    server.port = port;
    if (forwarding > uint(ForwardingMethod::DirectRouting))
        errors.append(Tr::tr("forwarding method %1 is not 0 to 3").arg(forwarding));
    else
        server.forwarding = ForwardingMethod(forwarding);
    server.weight = weight;
    server.upperThreshold = upper;
    server.lowerThreshold = lower;
    if (tunnelType > uchar(TunnelType::Gre))
        errors.append(Tr::tr("tunnel type %1 is not 0 to 2").arg(tunnelType));
    else
        server.tunnelType = TunnelType(tunnelType);
    server.tunnelPort = tunnelPort;
    if (checksum > uchar(TunnelChecksum::RemoteChecksum))
        errors.append(Tr::tr("tunnel checksum option %1 is not 0 to 2").arg(checksum));
    else
        server.tunnelChecksum = TunnelChecksum(checksum);
}
} // namespace

QDBusArgument &operator<<(QDBusArgument &argument, const ServiceSpec &spec)
{
    writeServiceSpec(argument, spec.service);
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ServiceSpec &spec)
{
    spec.errors.clear();
    readServiceSpec(argument, spec.service, spec.errors);
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const RealServerSpec &spec)
{
    writeRealServerSpec(argument, spec.server);
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, RealServerSpec &spec)
{
    spec.errors.clear();
    readRealServerSpec(argument, spec.server, spec.errors);
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const Timeouts &timeouts)
{
    argument.beginStructure();
    argument << timeouts.tcp << timeouts.tcpFin << timeouts.udp;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Timeouts &timeouts)
{
    argument.beginStructure();
    argument >> timeouts.tcp >> timeouts.tcpFin >> timeouts.udp;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const SyncDaemon &daemon)
{
    argument.beginStructure();
    argument << uchar(daemon.role) << daemon.interface << uchar(daemon.syncId) << ushort(daemon.maxLength)
             << addressText(daemon.group) << ushort(daemon.port) << uchar(daemon.ttl);
    argument.endStructure();
    return argument;
}

namespace {
void readSyncDaemon(const QDBusArgument &argument, SyncDaemon &daemon, QStringList &errors)
{
    uchar role = 0, syncId = 0, ttl = 0;
    ushort maxLength = 0, port = 0;
    QString group;
    argument.beginStructure();
    argument >> role >> daemon.interface >> syncId >> maxLength >> group >> port >> ttl;
    argument.endStructure();
    if (role > 1)
        errors.append(Tr::tr("daemon role %1 is neither master (0) nor backup (1)").arg(role));
    daemon.role = role == 1 ? SyncDaemon::Role::Backup : SyncDaemon::Role::Master;
    daemon.syncId = syncId;
    daemon.maxLength = maxLength;
    const auto address = IpAddress::parse(group);
    if (!group.isEmpty() && !address)
        errors.append(Tr::tr("multicast group '%1' is not an IPv4 or IPv6 address").arg(group));
    daemon.group = address.value_or(IpAddress());
    daemon.port = port;
    daemon.ttl = ttl;
}
} // namespace

const QDBusArgument &operator>>(const QDBusArgument &argument, SyncDaemon &daemon)
{
    QStringList ignored; // the helper's replies: already checked when it was started
    readSyncDaemon(argument, daemon, ignored);
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const SyncDaemonSpec &spec)
{
    return argument << spec.daemon;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, SyncDaemonSpec &spec)
{
    spec.errors.clear();
    readSyncDaemon(argument, spec.daemon, spec.errors);
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const ConnectionEntry &entry)
{
    argument.beginStructure();
    argument << entry.protocol << addressText(entry.client) << ushort(entry.clientPort)
             << addressText(entry.virtualAddress) << ushort(entry.virtualPort) << addressText(entry.destination)
             << ushort(entry.destinationPort) << entry.state << uint(entry.expiresSeconds) << entry.persistenceEngine
             << entry.persistenceEngineData;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ConnectionEntry &entry)
{
    QString client, virtualAddress, destination;
    ushort clientPort = 0, virtualPort = 0, destinationPort = 0;
    uint expires = 0;
    argument.beginStructure();
    argument >> entry.protocol >> client >> clientPort >> virtualAddress >> virtualPort >> destination
        >> destinationPort >> entry.state >> expires >> entry.persistenceEngine >> entry.persistenceEngineData;
    argument.endStructure();
    entry.client = IpAddress::parse(client).value_or(IpAddress());
    entry.clientPort = clientPort;
    entry.virtualAddress = IpAddress::parse(virtualAddress).value_or(IpAddress());
    entry.virtualPort = virtualPort;
    entry.destination = IpAddress::parse(destination).value_or(IpAddress());
    entry.destinationPort = destinationPort;
    entry.expiresSeconds = expires;
    return argument;
}

void DBusTypes::registerTypes()
{
    qDBusRegisterMetaType<SysctlValues>();
    qDBusRegisterMetaType<ConnectionEntry>();
    qDBusRegisterMetaType<QList<ConnectionEntry>>();
    qDBusRegisterMetaType<ServiceSpec>();
    qDBusRegisterMetaType<RealServerSpec>();
    qDBusRegisterMetaType<Timeouts>();
    qDBusRegisterMetaType<SyncDaemon>();
    qDBusRegisterMetaType<SyncDaemonSpec>();
}
