// SPDX-License-Identifier: GPL-2.0-or-later
#include "labdescription.h"

#include <QSet>

namespace {
IpAddress v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d)
{
    return IpAddress::fromV4((std::uint32_t(a) << 24) | (std::uint32_t(b) << 16) | (std::uint32_t(c) << 8) | d);
}

// Host numbers on 192.168.0.0/24 the lab gives to something else: the DR director, the
// DR VIP, RouterA and RouterB, the NAT director.
const QList<int> reservedHosts = {1, 200, 251, 252, 254};
} // namespace

LabDescription LabDescription::howTo(ForwardingMethod method)
{
    LabDescription lab;
    lab.method = method;
    lab.servers = {{160, 1}, {170, 1}, {180, 1}};
    return lab;
}

QString LabDescription::methodName() const
{
    switch (method) {
    case ForwardingMethod::Masquerading:
        return QStringLiteral("NAT");
    case ForwardingMethod::DirectRouting:
        return QStringLiteral("DR");
    case ForwardingMethod::Tunnelling:
        return QStringLiteral("TUN");
    case ForwardingMethod::Local:
        break;
    }
    return QStringLiteral("local");
}

IpAddress LabDescription::clientAddress()
{
    return v4(192, 168, 10, 10);
}

IpAddress LabDescription::clientGateway()
{
    return v4(192, 168, 10, 254);
}

IpAddress LabDescription::vip() const
{
    return method == ForwardingMethod::Masquerading ? v4(192, 168, 10, 254) : v4(192, 168, 0, 200);
}

IpAddress LabDescription::directorLanAddress() const
{
    return method == ForwardingMethod::Masquerading ? v4(192, 168, 0, 254) : v4(192, 168, 0, 1);
}

IpAddress LabDescription::serverGateway() const
{
    return method == ForwardingMethod::Masquerading ? directorLanAddress() : routerB();
}

IpAddress LabDescription::routerA()
{
    return v4(192, 168, 0, 251);
}

IpAddress LabDescription::routerB()
{
    return v4(192, 168, 0, 252);
}

IpAddress LabDescription::serverAddress(int host)
{
    return v4(192, 168, 0, std::uint8_t(host));
}

QString LabDescription::answerText(int host)
{
    // The how-to's index pages, word for word (not translated: it is what the server says).
    return QStringLiteral("This is %1").arg(host);
}

IpvsTable LabDescription::table() const
{
    VirtualService service;
    service.protocol = Protocol::Tcp;
    service.address = vip();
    service.port = port;
    service.scheduler = scheduler;
    service.persistent = persistent;
    service.persistenceTimeout = persistenceTimeout;
    for (const LabServer &server : servers) {
        RealServer real;
        real.address = serverAddress(server.host);
        real.port = port;
        real.forwarding = method;
        real.weight = server.weight;
        service.realServers.append(real);
    }
    IpvsTable table;
    table.services.append(service);
    return table;
}

QStringList LabDescription::problems() const
{
    QStringList problems;
    if (method == ForwardingMethod::Local)
        problems << tr("a lab is built for NAT, DR or TUN");
    if (servers.isEmpty())
        problems << tr("a lab needs at least one real server");
    if (servers.size() > maxServers)
        problems << tr("a lab has at most %1 real servers").arg(maxServers);
    if (persistent && (persistenceTimeout < 1 || persistenceTimeout > 31536000))
        problems << tr("the persistence timeout must be 1 to 31536000 seconds");
    QSet<int> seen;
    for (const LabServer &server : servers) {
        if (server.host < 2 || server.host > 250 || reservedHosts.contains(server.host))
            problems << tr("192.168.0.%1 cannot be a real server: the lab's real servers are 192.168.0.2 to .250, "
                           "except .200 (the DR VIP)")
                            .arg(server.host);
        else if (seen.contains(server.host))
            problems << tr("192.168.0.%1 is listed twice").arg(server.host);
        seen.insert(server.host);
        if (server.weight > 65535)
            problems << tr("the weight of 192.168.0.%1 must be 0 to 65535").arg(server.host);
    }
    return problems;
}
