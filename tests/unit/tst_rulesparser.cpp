// SPDX-License-Identifier: GPL-2.0-or-later
#include "rulesparser.h"
#include "ruleswriter.h"

#include <QFile>
#include <QTest>

namespace {
QString readData(const QString &relative)
{
    QFile file(QStringLiteral(LVS_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}
} // namespace

class TestRulesParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listing1();
    void listing9();
    void scriptThatEditsAsItGoes();
    void continuationQuotesAndComments();
    void everyMistakeIsReported();
    void kernelRefusalsAreReported_data();
    void kernelRefusalsAreReported();
    void timeoutsAndDaemonsAreKept();
    void rulesRoundTrip_data();
    void rulesRoundTrip();
};

void TestRulesParser::listing1()
{
    const RulesParseResult result = RulesParser::parse(readData(QStringLiteral("howto/listing1.sh")));
    QVERIFY(result.ok());
    QCOMPARE(result.table.services.size(), 1);
    const VirtualService &service = result.table.services.first();
    QCOMPARE(service.displayName(), QStringLiteral("TCP 192.168.10.254:80"));
    QCOMPARE(service.scheduler, Scheduler::WeightedLeastConnection);
    QCOMPARE(service.realServers.size(), 4);
    for (const RealServer &server : service.realServers) {
        QCOMPARE(server.forwarding, ForwardingMethod::Masquerading);
        QCOMPARE(server.port, 80);
        QCOMPARE(server.weight, 1u);
    }
    // The kernel keeps the newest real server first.
    QCOMPARE(service.realServers.first().address.toString(), QStringLiteral("192.168.0.254"));
}

void TestRulesParser::listing9()
{
    const RulesParseResult result = RulesParser::parse(readData(QStringLiteral("howto/listing9.sh")));
    QVERIFY(result.ok());
    QCOMPARE(result.table.services.size(), 1);
    const VirtualService &service = result.table.services.first();
    QCOMPARE(service.realServers.size(), 3);
    for (const RealServer &server : service.realServers) {
        QCOMPARE(server.forwarding, ForwardingMethod::DirectRouting);
        QCOMPARE(server.port, 80); // "-r 192.168.0.160 -g" takes the service's port
    }
}

void TestRulesParser::scriptThatEditsAsItGoes()
{
    const QString script = QStringLiteral(
        "#!/bin/bash\n"
        "ipvsadm -C\n"
        "ipvsadm -A -t 10.0.0.1:80 -s rr\n"
        "ipvsadm -A -t 10.0.0.2:80\n"
        "ipvsadm -a -t 10.0.0.1:80 -r 192.168.0.1:80 -m\n"
        "ipvsadm -a -t 10.0.0.1:80 -r 192.168.0.2:80 -m\n"
        "ipvsadm -e -t 10.0.0.1:80 -r 192.168.0.2:80 -m -w 5\n"
        "ipvsadm -d -t 10.0.0.1:80 -r 192.168.0.1:80\n"
        "ipvsadm -E -t 10.0.0.1:80 -s wrr\n"
        "ipvsadm -D -t 10.0.0.2:80\n"
        "/sbin/ipvsadm -Ln --stats\n"
        "ipvsadm -Z\n");
    const RulesParseResult result = RulesParser::parse(script);
    QVERIFY(result.ok());
    QCOMPARE(RulesWriter::rules(result.table), QStringLiteral("-A -t 10.0.0.1:80 -s wrr\n"
                                                             "-a -t 10.0.0.1:80 -r 192.168.0.2:80 -m -w 5\n"));
}

void TestRulesParser::continuationQuotesAndComments()
{
    const QString script = QStringLiteral(
        "# a comment\n"
        "\n"
        "ipvsadm -A -t 10.0.0.1:80 \\\n"
        "    -s rr   # trailing comment\n"
        "ipvsadm -a -t '10.0.0.1:80' -r \"192.168.0.1\" -g\r\n"
        "\t-a -t 10.0.0.1:80 -r 192.168.0.3 -w 2\n");
    const RulesParseResult result = RulesParser::parse(script);
    QVERIFY(result.ok());
    QCOMPARE(RulesWriter::rules(result.table), QStringLiteral("-A -t 10.0.0.1:80 -s rr\n"
                                                             "-a -t 10.0.0.1:80 -r 192.168.0.1:80 -g -w 1\n"
                                                             "-a -t 10.0.0.1:80 -r 192.168.0.3:80 -g -w 2\n"));
}

void TestRulesParser::everyMistakeIsReported()
{
    const RulesParseResult result = RulesParser::parse(readData(QStringLiteral("howto/three-mistakes.sh")));
    QCOMPARE(result.errors.size(), 3);
    QCOMPARE(result.errors.at(0).line, 3);
    QCOMPARE(result.errors.at(0).message, QStringLiteral("-w 70000: the weight must be a number from 0 to 65535"));
    QCOMPARE(result.errors.at(1).line, 5);
    QCOMPARE(result.errors.at(1).message, QStringLiteral("-b sh-port: scheduler flag 'sh-port' needs the sh scheduler, not wlc"));
    QCOMPARE(result.errors.at(2).line, 7);
    QCOMPARE(result.errors.at(2).message,
             QStringLiteral("real server [2001:db8::10]:80: an IPv6 real server under an IPv4 service needs tunnelling, not masquerading"));
    QCOMPARE(result.errors.at(2).text, QStringLiteral("ipvsadm -a -t 192.168.10.254:80 -r [2001:db8::10]:80 -m"));
    // A line with a mistake changes nothing; the good lines still count.
    QCOMPARE(result.table.services.size(), 1);
    QCOMPARE(result.table.services.first().realServers.size(), 2);
}

void TestRulesParser::kernelRefusalsAreReported_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("service added twice") << "-A -t 10.0.0.1:80\n-A -t 10.0.0.1:80 -s rr\n" << 2
                                         << "service TCP 10.0.0.1:80 already exists";
    QTest::newRow("edit of a missing service") << "-E -t 10.0.0.1:80 -s rr\n" << 1
                                               << "service TCP 10.0.0.1:80 does not exist";
    QTest::newRow("real server of a missing service") << "-a -t 10.0.0.1:80 -r 10.0.0.2\n" << 1
                                                      << "service TCP 10.0.0.1:80 does not exist";
    QTest::newRow("UDP is another service") << "-A -t 10.0.0.1:53\n-a -u 10.0.0.1:53 -r 10.0.0.2\n" << 2
                                            << "service UDP 10.0.0.1:53 does not exist";
    QTest::newRow("real server added twice") << "-A -t 10.0.0.1:80\n-a -t 10.0.0.1:80 -r 10.0.0.2\n-a -t 10.0.0.1:80 -r 10.0.0.2 -w 3\n"
                                             << 3 << "real server 10.0.0.2:80 is already in service TCP 10.0.0.1:80";
    QTest::newRow("delete of a missing real server") << "-A -t 10.0.0.1:80\n-d -t 10.0.0.1:80 -r 10.0.0.9\n" << 2
                                                     << "real server 10.0.0.9:80 is not in service TCP 10.0.0.1:80";
    QTest::newRow("non-ipvsadm shell command") << "echo 1 > /proc/sys/net/ipv4/ip_forward\n" << 1
                                               << "not an ipvsadm command or rule: 'echo'";
    QTest::newRow("unterminated quote") << "ipvsadm -A -t '10.0.0.1:80\n" << 1 << "unterminated ' quote";
    QTest::newRow("restore from stdin") << "ipvsadm -R\n" << 1
                                        << "-R reads rules from standard input; give that file instead";
    QTest::newRow("second master daemon") << "--start-daemon master\n--start-daemon master --syncid 2\n" << 2
                                          << "a master sync daemon is already running";
    QTest::newRow("stopping a daemon that is not running") << "--stop-daemon backup\n" << 1
                                                           << "no backup sync daemon is running";
}

void TestRulesParser::kernelRefusalsAreReported()
{
    QFETCH(QString, script);
    QFETCH(int, line);
    QFETCH(QString, message);
    const RulesParseResult result = RulesParser::parse(script);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, line);
    QCOMPARE(result.errors.first().message, message);
}

void TestRulesParser::timeoutsAndDaemonsAreKept()
{
    const RulesParseResult result = RulesParser::parse(
        u"ipvsadm --set 3600 0 60\nipvsadm --start-daemon master --mcast-interface eth1 --syncid 3\n"
        u"ipvsadm -A -t 10.0.0.1:80\nipvsadm -a -t 10.0.0.1:80 -r 10.0.0.2:80 -m -x 100 -y 50\n");
    QVERIFY(result.ok());
    QCOMPARE(result.table.timeouts, (Timeouts{3600, 120, 60}));
    QCOMPARE(result.table.syncDaemons.size(), 1);
    QCOMPARE(result.table.syncDaemons.first().interface, QStringLiteral("eth1"));
    QCOMPARE(result.table.services.first().realServers.first().upperThreshold, 100u);
    // The rules format drops all three, as ipvsadm -S does; the script keeps them.
    QCOMPARE(RulesWriter::rules(result.table),
             QStringLiteral("-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 10.0.0.2:80 -m -w 1\n"));
    const QString script = RulesWriter::script(result.table);
    QVERIFY(script.contains(QStringLiteral("ipvsadm --set 3600 120 60\n")));
    QVERIFY(script.contains(QStringLiteral("ipvsadm -a -t 10.0.0.1:80 -r 10.0.0.2:80 -m -w 1 -x 100 -y 50\n")));
    QVERIFY(script.contains(QStringLiteral("ipvsadm --start-daemon master --mcast-interface eth1 --syncid 3\n")));
    // And reading the script back gives the same table.
    const RulesParseResult again = RulesParser::parse(script);
    QVERIFY(again.ok());
    QVERIFY(again.table.sameConfiguration(result.table));
}

void TestRulesParser::rulesRoundTrip_data()
{
    QTest::addColumn<QString>("rules");
    QTest::newRow("every forwarding and tunnel option") << QStringLiteral(
        "-A -t 10.0.0.1:80 -s wrr\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.1:80 -g -w 1\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.2:80 -i -w 2 --tun-type ipip\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.3:80 -i -w 3 --tun-type gue --tun-port 6080 --tun-remcsum\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.4:80 -i -w 0 --tun-type gre --tun-csum\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.5:8080 -m -w 65535\n"
        "-a -t 10.0.0.1:80 -r [2001:db8::5]:80 -i -w 1 --tun-type ipip\n");
    QTest::newRow("IPv6, persistence and fwmark") << QStringLiteral(
        "-A -t [2001:db8::1]:443 -s sh -p 120 -M 64 -b sh-fallback\n"
        "-a -t [2001:db8::1]:443 -r [2001:db8::10]:443 -m -w 1\n"
        "-A -f 1 -s rr -p 360 -M 255.255.255.0\n"
        "-a -f 1 -r 192.168.0.1:0 -g -w 1\n"
        "-A -f 2 -6 -s mh -b mh-fallback,mh-port\n"
        "-a -f 2 -6 -r [2001:db8::10]:0 -g -w 1\n");
    QTest::newRow("UDP and SCTP") << QStringLiteral(
        "-A -u 10.0.0.1:5060 -s rr -p 60 --pe sip -o\n"
        "-A --sctp-service 10.0.0.1:3868 -s lc\n");
}

void TestRulesParser::rulesRoundTrip()
{
    QFETCH(QString, rules);
    const RulesParseResult result = RulesParser::parse(rules);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.errors.first().message));
    // These are already in ipvsadm's order, so writing gives the same text back.
    QCOMPARE(RulesWriter::rules(result.table), rules);
}

QTEST_GUILESS_MAIN(TestRulesParser)
#include "tst_rulesparser.moc"
