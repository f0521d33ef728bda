// SPDX-License-Identifier: GPL-2.0-or-later
// The table snapshot GetTable sends: everything survives the round trip, counters and
// live values included, and a damaged snapshot is an error that names the damage.
#include "rulesparser.h"
#include "tablesnapshot.h"

#include <QFile>
#include <QTest>

namespace {
IpvsTable richTable()
{
    const char *rules = "-A -t 192.168.10.254:80 -s wlc -p 600 -M 255.255.255.0\n"
                        "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3 -x 100 -y 50\n"
                        "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -i --tun-type gue --tun-port 6080 --tun-csum\n"
                        "-A -u [2001:db8::1]:53 -s sh -b sh-port -o\n"
                        "-a -u [2001:db8::1]:53 -r [2001:db8::10]:53 -g -w 0\n"
                        "-A -f 7 -6 -s mh -p 60 -M 64 --pe sip\n"
                        "-A --sctp-service 10.0.0.5:3868 -s twos\n";
    RulesParseResult parsed = RulesParser::parse(QString::fromLatin1(rules));
    if (!parsed.ok())
        qFatal("bad test table: %s", qPrintable(parsed.errors.first().message));
    IpvsTable table = parsed.table;
    table.timeouts = Timeouts{100, 20, 30};
    SyncDaemon daemon;
    daemon.role = SyncDaemon::Role::Backup;
    daemon.interface = QStringLiteral("eth1");
    daemon.syncId = 9;
    daemon.maxLength = 1472;
    daemon.group = *IpAddress::parse(u"239.1.1.1");
    daemon.port = 8848;
    daemon.ttl = 1;
    table.syncDaemons = {daemon};
    // Live values, not configuration, must cross too: 64-bit counters beyond 2^32.
    table.services[0].stats = Statistics{1ull << 40, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    table.services[0].realServers[1].connections = ConnectionCounts{11, 12, 13};
    table.services[0].realServers[1].stats.outBytes = ~0ull;
    table.services[0].realServers[0].forwarding = ForwardingMethod::Local;
    return table;
}

bool identical(const IpvsTable &a, const IpvsTable &b)
{
    if (!a.sameConfiguration(b) || a.timeouts != b.timeouts || a.services.size() != b.services.size())
        return false;
    for (qsizetype i = 0; i < a.services.size(); ++i) {
        const VirtualService &x = a.services.at(i);
        const VirtualService &y = b.services.at(i);
        if (!(x.key() == y.key()) || !(x.stats == y.stats) || x.realServers.size() != y.realServers.size())
            return false;
        for (qsizetype j = 0; j < x.realServers.size(); ++j) {
            const RealServer &r = x.realServers.at(j);
            const RealServer &s = y.realServers.at(j);
            if (!r.sameKey(s) || !(r.stats == s.stats) || r.connections.active != s.connections.active
                || r.connections.inactive != s.connections.inactive
                || r.connections.persistent != s.connections.persistent || r.forwarding != s.forwarding)
                return false;
        }
    }
    return true;
}
} // namespace

class TestTableSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEverythingInOrder();
    void emptyTableWithoutTimeouts();
    void damageIsNamed_data();
    void damageIsNamed();
    void everyTruncationIsAnError();
};

void TestTableSnapshot::roundTripKeepsEverythingInOrder()
{
    const IpvsTable table = richTable();
    IpvsTable decoded;
    QString error;
    QVERIFY2(TableSnapshot::decode(TableSnapshot::encode(table), &decoded, &error), qPrintable(error));
    QVERIFY(identical(table, decoded));
    QCOMPARE(decoded.syncDaemons, table.syncDaemons);
    const RealServer *tunnelled = decoded.services.at(0).findRealServer(*IpAddress::parse(u"192.168.0.170"), 80);
    QVERIFY(tunnelled);
    QCOMPARE(tunnelled->tunnelPort, std::uint16_t(6080));
    QCOMPARE(tunnelled->tunnelType, TunnelType::Gue);
    QCOMPARE(decoded.services.at(2).persistenceEngine, QStringLiteral("sip"));
}

void TestTableSnapshot::emptyTableWithoutTimeouts()
{
    IpvsTable decoded = richTable();
    QString error;
    QVERIFY2(TableSnapshot::decode(TableSnapshot::encode(IpvsTable{}), &decoded, &error), qPrintable(error));
    QVERIFY(decoded.services.isEmpty());
    QVERIFY(!decoded.timeouts.has_value());
    QVERIFY(decoded.syncDaemons.isEmpty());
}

void TestTableSnapshot::damageIsNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("named");
    const QByteArray good = TableSnapshot::encode(richTable());
    QTest::newRow("empty") << QByteArray() << QStringLiteral("ends too early");
    QTest::newRow("not a snapshot") << QByteArray("-A -t 10.0.0.1:80 -s rr\n") << QStringLiteral("not an LVS Studio table snapshot");
    QByteArray future = good;
    future[4] = 2; // the version, right after "LVST"
    QTest::newRow("newer format") << future << QStringLiteral("format 2");
    QTest::newRow("trailing bytes") << good + QByteArray("x") << QStringLiteral("bytes after the table");
    // "LVST", version 1, no timeouts flag and three default timeouts, no daemons, then:
    const QByteArray header = QByteArray("LVST\x01\x00", 6) + QByteArray::fromHex("8407" "78" "ac02" "00");
    QTest::newRow("absurd count") << header + QByteArray::fromHex("808ed5c30e") << QStringLiteral("claims 3900000000 services");
    QTest::newRow("unknown protocol") << header + QByteArray::fromHex("01" "29") << QStringLiteral("unknown protocol (41)");
    QTest::newRow("port out of range") << header + QByteArray::fromHex("01" "06" "04" "0a000001" "808004")
                                       << QStringLiteral("service port is out of range (65536)");
    QTest::newRow("endless number") << header + QByteArray(12, char(0xff)) << QStringLiteral("number too large");
}

void TestTableSnapshot::damageIsNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, named);
    IpvsTable table = richTable();
    const IpvsTable before = table;
    QString error;
    QVERIFY(!TableSnapshot::decode(bytes, &table, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("the helper's table snapshot cannot be read: ")), qPrintable(error));
    QVERIFY(identical(table, before)); // untouched
}

void TestTableSnapshot::everyTruncationIsAnError()
{
    const QByteArray good = TableSnapshot::encode(richTable());
    for (qsizetype length = 0; length < good.size(); ++length) {
        IpvsTable table;
        QString error;
        QVERIFY2(!TableSnapshot::decode(good.left(length), &table, &error), qPrintable(QString::number(length)));
    }
}

QTEST_GUILESS_MAIN(TestTableSnapshot)
#include "tst_tablesnapshot.moc"
