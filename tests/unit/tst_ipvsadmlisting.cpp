// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsadmlisting.h"
#include "rulesparser.h"

#include <QTest>

namespace {
IpvsTable parseTable(const char *text)
{
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(text));
    if (!result.ok())
        qFatal("bad test table: %s", qPrintable(result.errors.first().message));
    return result.table;
}

const char *listing1 = "ipvsadm -A -t 192.168.10.254:80 -s wlc\n"
                       "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                       "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n";
} // namespace

class TestIpvsadmListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultView();
    void flagsPersistenceAndFwmark();
    void statsRoundLikeIpvsadm();
    void exactStats();
    void rateAndThresholds();
    void longIpv4NamesAreCut();
};

void TestIpvsadmListing::defaultView()
{
    IpvsTable table = parseTable(listing1);
    table.services[0].realServers[0].connections = {3, 12, 0}; // 192.168.0.170, the newest
    QCOMPARE(IpvsadmListing::write(table, {}),
             QStringLiteral("IP Virtual Server version 1.2.1 (size=4096)\n"
                            "Prot LocalAddress:Port Scheduler Flags\n"
                            "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n"
                            "TCP  192.168.10.254:80 wlc\n"
                            "  -> 192.168.0.160:80             Masq    1      0          0         \n"
                            "  -> 192.168.0.170:80             Masq    1      3          12        \n"));
}

void TestIpvsadmListing::flagsPersistenceAndFwmark()
{
    const IpvsTable table = parseTable("-A -t 10.0.0.1:443 -s sh -b sh-port -p 600 -M 255.255.255.0\n"
                                       "-a -t 10.0.0.1:443 -r 10.0.1.1 -g -w 0\n"
                                       "-A -u [2001:db8::1]:5060 -s rr -p 60 -M 64 --pe sip -o\n"
                                       "-A -f 7 -6 -s rr\n"
                                       "-a -f 7 -6 -r [2001:db8::7]:0 -i\n");
    QCOMPARE(IpvsadmListing::write(table, {}),
             QStringLiteral("IP Virtual Server version 1.2.1 (size=4096)\n"
                            "Prot LocalAddress:Port Scheduler Flags\n"
                            "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n"
                            "TCP  10.0.0.1:443 sh (sh-port) persistent 600 mask 255.255.255.0\n"
                            "  -> 10.0.1.1:443                 Route   0      0          0         \n"
                            "UDP  [2001:db8::1]:5060 rr persistent 60 mask 64 pe sip ops\n"
                            "FWM  7 IPv6 rr\n"
                            "  -> [2001:db8::7]:0              Tunnel  1      0          0         \n"));
}

void TestIpvsadmListing::statsRoundLikeIpvsadm()
{
    IpvsTable table = parseTable(listing1);
    Statistics &stats = table.services[0].stats;
    stats.connections = 99999999;      // below 10^8: as it is
    stats.inPackets = 100000000;       // 10^8: in thousands
    stats.outPackets = 2500000000;     // in millions
    stats.inBytes = 12345678901234;    // in billions
    stats.outBytes = 987654321098765432ull; // in trillions
    QCOMPARE(IpvsadmListing::write(table, {IpvsadmListing::View::Stats}),
             QStringLiteral("IP Virtual Server version 1.2.1 (size=4096)\n"
                            "Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes\n"
                            "  -> RemoteAddress:Port\n"
                            "TCP  192.168.10.254:80            99999999  100000K    2500M   12345G  987654T\n"
                            "  -> 192.168.0.160:80                    0        0        0        0        0\n"
                            "  -> 192.168.0.170:80                    0        0        0        0        0\n"));
}

void TestIpvsadmListing::exactStats()
{
    IpvsTable table = parseTable(listing1);
    table.services[0].stats.inBytes = 123456789012345;
    const QString text = IpvsadmListing::write(table, {IpvsadmListing::View::Stats, true});
    QVERIFY2(text.contains(QStringLiteral("TCP  192.168.10.254:80                   0        0        0 123456789012345        0\n")),
             qPrintable(text));
}

void TestIpvsadmListing::rateAndThresholds()
{
    IpvsTable table = parseTable("-A -t 10.0.0.1:80 -s wlc\nipvsadm -a -t 10.0.0.1:80 -r 10.0.1.1:80 -m -x 100 -y 50\n");
    RealServer &server = table.services[0].realServers[0];
    server.stats.connectionsPerSecond = 12;
    server.stats.inBytesPerSecond = 3400;
    server.connections = {7, 2, 0};
    QCOMPARE(IpvsadmListing::write(table, {IpvsadmListing::View::Rate}).section(QLatin1Char('\n'), 4, 4),
             QStringLiteral("  -> 10.0.1.1:80                        12        0        0     3400        0"));
    QCOMPARE(IpvsadmListing::write(table, {IpvsadmListing::View::Thresholds}).section(QLatin1Char('\n'), 1, 4),
             QStringLiteral("Prot LocalAddress:Port            Uthreshold Lthreshold ActiveConn InActConn \n"
                            "  -> RemoteAddress:Port\n"
                            "TCP  10.0.0.1:80 wlc\n"
                            "  -> 10.0.1.1:80                  100        50         7          2         "));
}

void TestIpvsadmListing::longIpv4NamesAreCut()
{
    const IpvsTable table = parseTable("-A --sctp-service 255.255.255.254:65535\n"
                                       "-a --sctp-service 255.255.255.254:65535 -r 255.255.255.253:65535 -m\n");
    const QString text = IpvsadmListing::write(table, {});
    QVERIFY2(text.contains(QStringLiteral("\nSCTP 255.255.255.254:65535 wlc\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\n  -> 255.255.255.253:65535        Masq ")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestIpvsadmListing)
#include "tst_ipvsadmlisting.moc"
