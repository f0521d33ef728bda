// SPDX-License-Identifier: GPL-2.0-or-later
#include "validation.h"

#include <QTest>

using Field = ValidationIssue::Field;

namespace {
VirtualService tcpService(const char *address, std::uint16_t port)
{
    VirtualService service;
    service.protocol = Protocol::Tcp;
    service.address = *IpAddress::parse(QString::fromLatin1(address));
    service.port = port;
    return service;
}

RealServer server(const char *address, std::uint16_t port, ForwardingMethod forwarding)
{
    RealServer r;
    r.address = *IpAddress::parse(QString::fromLatin1(address));
    r.port = port;
    r.forwarding = forwarding;
    return r;
}
} // namespace

Q_DECLARE_METATYPE(VirtualService)
Q_DECLARE_METATYPE(RealServer)

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void service_data();
    void service();
    void realServer_data();
    void realServer();
    void tableFindsDuplicates();
    void howtoListingsAreValid();
};

void TestValidation::service_data()
{
    QTest::addColumn<VirtualService>("service");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("the how-to's NAT service") << tcpService("192.168.10.254", 80) << QStringList{};

    VirtualService anyPort = tcpService("192.168.0.200", 0);
    QTest::newRow("port 0 without persistence")
        << anyPort << QStringList{"service TCP 192.168.0.200:0: port 0 (any port) needs persistence"};
    anyPort.persistent = true;
    QTest::newRow("port 0 with persistence") << anyPort << QStringList{};

    VirtualService ops = tcpService("10.0.0.1", 80);
    ops.onePacket = true;
    QTest::newRow("one-packet scheduling on TCP")
        << ops << QStringList{"service TCP 10.0.0.1:80: one-packet scheduling is only for UDP services"};
    ops.protocol = Protocol::Udp;
    QTest::newRow("one-packet scheduling on UDP") << ops << QStringList{};

    VirtualService timeout = tcpService("10.0.0.1", 443);
    timeout.persistent = true;
    timeout.persistenceTimeout = 0;
    QTest::newRow("persistence timeout 0")
        << timeout << QStringList{"service TCP 10.0.0.1:443: persistence timeout 0 is out of range 1 to 2678400 seconds"};

    VirtualService prefix = tcpService("2001:db8::80", 443);
    prefix.persistent = true;
    prefix.persistenceNetmask = 129;
    QTest::newRow("IPv6 prefix 129")
        << prefix << QStringList{"service TCP [2001:db8::80]:443: IPv6 persistence prefix 129 is out of range 1 to 128"};

    VirtualService engine = tcpService("10.0.0.1", 5060);
    engine.persistenceEngine = QStringLiteral("http");
    QTest::newRow("unknown persistence engine")
        << engine << QStringList{"service TCP 10.0.0.1:5060: unknown persistence engine 'http' (the kernel has 'sip')"};

    VirtualService mark;
    mark.firewallMark = 1;
    QTest::newRow("fwmark service needs no address") << mark << QStringList{};

    VirtualService noAddress;
    noAddress.port = 80;
    QTest::newRow("no address") << noAddress << QStringList{"service TCP :80: no address"};
}

void TestValidation::service()
{
    QFETCH(VirtualService, service);
    QFETCH(QStringList, messages);
    QStringList actual;
    for (const ValidationIssue &issue : Validation::checkService(service))
        actual.append(issue.message);
    QCOMPARE(actual, messages);
}

void TestValidation::realServer_data()
{
    QTest::addColumn<VirtualService>("service");
    QTest::addColumn<RealServer>("server");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<int>("field");

    const VirtualService web = tcpService("192.168.10.254", 80);
    QTest::newRow("NAT real server with its own port")
        << web << server("192.168.0.160", 8080, ForwardingMethod::Masquerading) << QStringList{} << -1;

    RealServer heavy = server("192.168.0.170", 80, ForwardingMethod::Masquerading);
    heavy.weight = 70000;
    QTest::newRow("weight 70000")
        << web << heavy << QStringList{"real server 192.168.0.170:80: weight 70000 is out of range 0 to 65535"}
        << int(Field::Weight);

    RealServer quiesced = server("192.168.0.170", 80, ForwardingMethod::Masquerading);
    quiesced.weight = 0;
    QTest::newRow("weight 0 quiesces, it is valid") << web << quiesced << QStringList{} << -1;

    QTest::newRow("IPv6 real server under an IPv4 service with masquerading")
        << web << server("2001:db8::160", 80, ForwardingMethod::Masquerading)
        << QStringList{"real server [2001:db8::160]:80: an IPv6 real server under an IPv4 service needs "
                       "tunnelling, not masquerading"}
        << int(Field::Forwarding);
    QTest::newRow("IPv6 real server under an IPv4 service with tunnelling")
        << web << server("2001:db8::160", 80, ForwardingMethod::Tunnelling) << QStringList{} << -1;

    QTest::newRow("direct routing to another port")
        << web << server("192.168.0.160", 8080, ForwardingMethod::DirectRouting)
        << QStringList{"real server 192.168.0.160:8080: direct routing keeps the service's port 80; only "
                       "masquerading can change it to 8080"}
        << int(Field::Port);

    VirtualService mark;
    mark.firewallMark = 7;
    QTest::newRow("direct routing under a fwmark service, port 0")
        << mark << server("192.168.0.160", 0, ForwardingMethod::DirectRouting) << QStringList{} << -1;

    RealServer thresholds = server("192.168.0.180", 80, ForwardingMethod::Masquerading);
    thresholds.upperThreshold = 10;
    thresholds.lowerThreshold = 50;
    QTest::newRow("lower threshold above upper")
        << web << thresholds
        << QStringList{"real server 192.168.0.180:80: lower threshold 50 is above the upper threshold 10"}
        << int(Field::Thresholds);

    RealServer gue = server("192.168.0.160", 80, ForwardingMethod::Tunnelling);
    gue.tunnelType = TunnelType::Gue;
    QTest::newRow("GUE without a tunnel port")
        << web << gue << QStringList{"real server 192.168.0.160:80: a GUE tunnel needs a tunnel port"}
        << int(Field::Tunnel);
    gue.tunnelPort = 6080;
    gue.tunnelChecksum = TunnelChecksum::RemoteChecksum;
    QTest::newRow("GUE with remote checksum") << web << gue << QStringList{} << -1;

    RealServer gre = server("192.168.0.160", 80, ForwardingMethod::Tunnelling);
    gre.tunnelType = TunnelType::Gre;
    gre.tunnelChecksum = TunnelChecksum::RemoteChecksum;
    QTest::newRow("GRE with remote checksum")
        << web << gre << QStringList{"real server 192.168.0.160:80: remote checksum offload applies to GUE only, not gre"}
        << int(Field::Tunnel);

    RealServer ipipPort = server("192.168.0.160", 80, ForwardingMethod::Tunnelling);
    ipipPort.tunnelPort = 5555;
    QTest::newRow("ipip with a tunnel port")
        << web << ipipPort << QStringList{"real server 192.168.0.160:80: a tunnel port applies to GUE only, not ipip"}
        << int(Field::Tunnel);

    RealServer natTunnel = server("192.168.0.160", 80, ForwardingMethod::Masquerading);
    natTunnel.tunnelType = TunnelType::Gre;
    QTest::newRow("tunnel options on masquerading")
        << web << natTunnel << QStringList{"real server 192.168.0.160:80: tunnel options need tunnelling, not masquerading"}
        << int(Field::Tunnel);

    QTest::newRow("multicast real server")
        << web << server("224.0.0.1", 80, ForwardingMethod::Masquerading)
        << QStringList{"real server 224.0.0.1:80: 224.0.0.1 is not a unicast address"} << int(Field::Address);
}

void TestValidation::realServer()
{
    QFETCH(VirtualService, service);
    QFETCH(RealServer, server);
    QFETCH(QStringList, messages);
    QFETCH(int, field);
    const QList<ValidationIssue> issues = Validation::checkRealServer(service, server);
    QStringList actual;
    for (const ValidationIssue &issue : issues)
        actual.append(issue.message);
    QCOMPARE(actual, messages);
    if (field >= 0)
        QCOMPARE(int(issues.first().field), field);
}

void TestValidation::tableFindsDuplicates()
{
    IpvsTable table;
    VirtualService web = tcpService("192.168.10.254", 80);
    web.realServers = {server("192.168.0.160", 80, ForwardingMethod::Masquerading),
                       server("192.168.0.160", 80, ForwardingMethod::Masquerading)};
    table.services = {web, tcpService("192.168.10.254", 80)};
    const QList<ValidationIssue> issues = Validation::checkTable(table);
    // Each duplicate is reported once, at its second appearance.
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).message,
             QStringLiteral("real server 192.168.0.160:80 appears twice in service TCP 192.168.10.254:80"));
    QCOMPARE(issues.at(1).message, QStringLiteral("service TCP 192.168.10.254:80 appears twice"));
    QCOMPARE(issues.at(1).field,
             ValidationIssue::Field::Identity);
}

void TestValidation::howtoListingsAreValid()
{
    IpvsTable table;
    VirtualService nat = tcpService("192.168.10.254", 80);
    for (const char *address : {"192.168.0.160", "192.168.0.170", "192.168.0.180", "192.168.0.254"})
        nat.realServers.append(server(address, 80, ForwardingMethod::Masquerading));
    VirtualService dr = tcpService("192.168.0.200", 80);
    for (const char *address : {"192.168.0.160", "192.168.0.170", "192.168.0.180"})
        dr.realServers.append(server(address, 80, ForwardingMethod::DirectRouting));
    table.services = {nat, dr};
    QVERIFY(Validation::checkTable(table).isEmpty());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
