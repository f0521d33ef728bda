// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsadmcommand.h"
#include "ruleswriter.h"

#include <QTest>

class TestIpvsadmCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void defaultsAreIpvsadms();
    void timeoutsAndDaemons();
};

// Each accepted command is written back as ipvsadm -S would write it.
void TestIpvsadmCommand::accepted_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("rule");

    QTest::newRow("Listing 1 service") << "-A -t 192.168.10.254:80 -s wlc" << "-A -t 192.168.10.254:80 -s wlc";
    QTest::newRow("long options") << "--add-service --tcp-service 192.168.10.254:80 --scheduler rr"
                                  << "-A -t 192.168.10.254:80 -s rr";
    QTest::newRow("option=value") << "--add-service --udp-service=10.0.0.1:53 --scheduler=sh"
                                  << "-A -u 10.0.0.1:53 -s sh";
    QTest::newRow("value attached to short option") << "-A -t10.0.0.1:80 -srr" << "-A -t 10.0.0.1:80 -s rr";
    QTest::newRow("-p without value is 360 s") << "-A -t 10.0.0.1:443 -p" << "-A -t 10.0.0.1:443 -s wlc -p 360";
    QTest::newRow("-p then another option") << "-A -t 10.0.0.1:443 -p -s rr" << "-A -t 10.0.0.1:443 -s rr -p 360";
    QTest::newRow("persistence with netmask") << "-A -t 10.0.0.1:443 -p 600 -M 255.255.255.0"
                                              << "-A -t 10.0.0.1:443 -s wlc -p 600 -M 255.255.255.0";
    QTest::newRow("full netmask is not written") << "-A -t 10.0.0.1:443 -p 600 -M 255.255.255.255"
                                                 << "-A -t 10.0.0.1:443 -s wlc -p 600";
    QTest::newRow("IPv6 with prefix") << "-A -t [2001:db8::1]:443 -p 120 -M 64"
                                      << "-A -t [2001:db8::1]:443 -s wlc -p 120 -M 64";
    QTest::newRow("fwmark IPv6") << "-A -f 2 -6 -s rr" << "-A -f 2 -6 -s rr";
    QTest::newRow("SCTP") << "-A --sctp-service 10.0.0.1:3868 -s rr" << "-A --sctp-service 10.0.0.1:3868 -s rr";
    QTest::newRow("port by service name") << "-A -t 10.0.0.1:http -s rr" << "-A -t 10.0.0.1:80 -s rr";
    QTest::newRow("one-packet and pe") << "-A -u 10.0.0.1:5060 -p 60 --pe sip -o"
                                       << "-A -u 10.0.0.1:5060 -s wlc -p 60 --pe sip -o";
    QTest::newRow("sh flags") << "-A -t 10.0.0.1:80 -s sh -b sh-port,sh-fallback"
                              << "-A -t 10.0.0.1:80 -s sh -b sh-fallback,sh-port";
    QTest::newRow("mh flags") << "-A -t 10.0.0.1:80 -s mh -b mh-port" << "-A -t 10.0.0.1:80 -s mh -b mh-port";
    QTest::newRow("generic flag on wlc") << "-A -t 10.0.0.1:80 -b flag-3" << "-A -t 10.0.0.1:80 -s wlc -b flag-3";

    QTest::newRow("Listing 1 real server") << "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m"
                                           << "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1";
    QTest::newRow("Listing 9 real server without port")
        << "-a -t 192.168.0.200:80 -r 192.168.0.160 -g" << "-a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1";
    QTest::newRow("DR ignores a port, as ipvsadm does")
        << "-a -t 192.168.0.200:80 -r 192.168.0.160:8080" << "-a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1";
    QTest::newRow("NAT keeps its own port") << "-a -t 10.0.0.1:80 -r 192.168.0.160:8080 -m -w 3"
                                            << "-a -t 10.0.0.1:80 -r 192.168.0.160:8080 -m -w 3";
    QTest::newRow("ipip tunnel") << "-a -t 10.0.0.1:80 -r 192.168.0.160 -i"
                                 << "-a -t 10.0.0.1:80 -r 192.168.0.160:80 -i -w 1 --tun-type ipip";
    QTest::newRow("GUE tunnel") << "-a -t 10.0.0.1:80 -r 192.168.0.160 -i --tun-type gue --tun-port 6080 --tun-csum"
                                << "-a -t 10.0.0.1:80 -r 192.168.0.160:80 -i -w 1 --tun-type gue --tun-port 6080 --tun-csum";
    QTest::newRow("GUE default checksum") << "-a -t 10.0.0.1:80 -r 192.168.0.160 -i --tun-type gue --tun-port 6080"
                                          << "-a -t 10.0.0.1:80 -r 192.168.0.160:80 -i -w 1 --tun-type gue --tun-port 6080 --tun-nocsum";
    QTest::newRow("GRE tunnel") << "-a -t 10.0.0.1:80 -r 192.168.0.160 -i --tun-type gre --tun-csum"
                                << "-a -t 10.0.0.1:80 -r 192.168.0.160:80 -i -w 1 --tun-type gre --tun-csum";
    QTest::newRow("thresholds are not in the rules format")
        << "-a -t 10.0.0.1:80 -r 192.168.0.160:80 -m -x 100 -y 50"
        << "-a -t 10.0.0.1:80 -r 192.168.0.160:80 -m -w 1";
    QTest::newRow("IPv6 real server under IPv6 service")
        << "-a -t [2001:db8::1]:80 -r [2001:db8::10]:8080 -m"
        << "-a -t [2001:db8::1]:80 -r [2001:db8::10]:8080 -m -w 1";
    QTest::newRow("fwmark real server without port") << "-a -f 1 -r 192.168.0.160 -g"
                                                     << "-a -f 1 -r 192.168.0.160:0 -g -w 1";
}

void TestIpvsadmCommand::accepted()
{
    QFETCH(QString, line);
    QFETCH(QString, rule);
    QString error;
    const auto command = IpvsadmCommand::parse(line.split(QLatin1Char(' ')), &error);
    QVERIFY2(command, qPrintable(error));
    if (command->kind == IpvsadmCommand::Kind::AddService)
        QCOMPARE(RulesWriter::addServiceRule(command->service), rule);
    else
        QCOMPARE(RulesWriter::addRealServerRule(command->service, command->server), rule);
}

void TestIpvsadmCommand::refused_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("weight 70000") << "-a -t 10.0.0.1:80 -r 10.0.0.2 -w 70000"
                                  << "-w 70000: the weight must be a number from 0 to 65535";
    QTest::newRow("sh-port on wlc") << "-A -t 10.0.0.1:80 -s wlc -b sh-port"
                                    << "-b sh-port: scheduler flag 'sh-port' needs the sh scheduler, not wlc";
    QTest::newRow("unknown flag") << "-A -t 10.0.0.1:80 -s sh -b sticky" << "-b sticky: unknown scheduler flag 'sticky'";
    QTest::newRow("unknown scheduler") << "-A -t 10.0.0.1:80 -s fastest"
                                       << "-s fastest: unknown scheduler (known: rr wrr lc wlc lblc lblcr dh sh sed nq fo ovf mh twos)";
    QTest::newRow("host name") << "-A -t www.example.com:80"
                               << "-t www.example.com:80: 'www.example.com' is not a numeric IPv4 or IPv6 address (host names are not resolved)";
    QTest::newRow("port out of range") << "-A -t 10.0.0.1:70000"
                                       << "-t 10.0.0.1:70000: port '70000' is neither a number from 0 to 65535 nor a known service name";
    QTest::newRow("IPv6 without brackets but with port") << "-A -t [2001:db8::1]80"
                                                         << "-t [2001:db8::1]80: expected [IPv6 address]:port";
    QTest::newRow("two commands") << "-A -D -t 10.0.0.1:80" << "two commands in one line: -A and -D";
    QTest::newRow("no command") << "-t 10.0.0.1:80"
                                << "no command: expected one of -A -E -D -a -e -d -C --set --start-daemon --stop-daemon";
    QTest::newRow("command not first") << "--sctp-service 10.0.0.5:3868 -A -s lc"
                                       << "-A must come first, as ipvsadm requires (found --sctp-service before it)";
    QTest::newRow("no service") << "-A -s rr" << "-A needs a service: -t, -u or --sctp-service ADDRESS:PORT, or -f MARK";
    QTest::newRow("no real server") << "-a -t 10.0.0.1:80 -m" << "-a needs a real server: -r ADDRESS[:PORT]";
    QTest::newRow("weight on a service") << "-A -t 10.0.0.1:80 -w 3" << "option -w does not apply to -A";
    QTest::newRow("scheduler on a real server") << "-a -t 10.0.0.1:80 -r 10.0.0.2 -s rr"
                                                << "option -s does not apply to -a";
    QTest::newRow("unknown option") << "-A -t 10.0.0.1:80 --turbo" << "unknown option '--turbo'";
    QTest::newRow("unknown short option") << "-A -t 10.0.0.1:80 -Q" << "unknown option '-Q' in '-Q'";
    QTest::newRow("missing value") << "-A -t" << "-t needs a value";
    QTest::newRow("fwmark 0") << "-A -f 0" << "-f 0: a firewall mark is a number from 1 to 4294967295";
    QTest::newRow("-6 before -f") << "-A -6 -f 1" << "-6 must follow -f: it makes a firewall-mark service IPv6";
    QTest::newRow("tunnel option on DR") << "-a -t 10.0.0.1:80 -r 10.0.0.2 --tun-type gre"
                                         << "--tun-type needs tunnelling (-i), not the default direct routing";
    QTest::newRow("tunnel option on NAT") << "-a -t 10.0.0.1:80 -r 10.0.0.2 -m --tun-csum"
                                          << "--tun-csum needs tunnelling (-i), not NAT";
    QTest::newRow("GUE without port") << "-a -t 10.0.0.1:80 -r 10.0.0.2 -i --tun-type gue"
                                      << "--tun-type gue needs --tun-port";
    QTest::newRow("port on GRE") << "-a -t 10.0.0.1:80 -r 10.0.0.2 -i --tun-type gre --tun-port 5"
                                 << "--tun-port does not apply to the gre tunnel type";
    QTest::newRow("checksum on ipip") << "-a -t 10.0.0.1:80 -r 10.0.0.2 -i --tun-csum"
                                      << "--tun-csum does not apply to the ipip tunnel type";
    QTest::newRow("two checksum options") << "-a -t 10.0.0.1:80 -r 10.0.0.2 -i --tun-type gre --tun-csum --tun-nocsum"
                                          << "--tun-nocsum: only one of --tun-nocsum, --tun-csum and --tun-remcsum";
    QTest::newRow("persistence timeout 0") << "-A -t 10.0.0.1:80 -p 0"
                                           << "-p 0: the persistence timeout must be a number from 1 to 2678400";
    QTest::newRow("bad IPv4 netmask") << "-A -t 10.0.0.1:80 -p 60 -M 255.255.0"
                                      << "-M 255.255.0: an IPv4 netmask such as 255.255.255.0 is expected";
    QTest::newRow("IPv6 prefix 200") << "-A -t [::1]:80 -p 60 -M 200"
                                     << "-M 200: the IPv6 prefix length must be a number from 1 to 128";
    QTest::newRow("--set with two values") << "--set 900 120" << "--set needs three timeouts: tcp tcpfin udp (0 leaves one unchanged)";
    QTest::newRow("--set with a word") << "--set 900 soon 300"
                                       << "--set: tcpfin timeout 'soon' must be a number of seconds from 0 to 2678400";
    QTest::newRow("daemon role") << "--start-daemon primary" << "--start-daemon primary: the daemon is 'master' or 'backup'";
    QTest::newRow("stray argument") << "-A -t 10.0.0.1:80 extra" << "unexpected argument 'extra'";
    QTest::newRow("value on a flag") << "-A -t 10.0.0.1:80 --ops=yes" << "--ops takes no value";
}

void TestIpvsadmCommand::refused()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!IpvsadmCommand::parse(line.split(QLatin1Char(' ')), &error));
    QCOMPARE(error, message);
}

void TestIpvsadmCommand::defaultsAreIpvsadms()
{
    QString error;
    const auto service = IpvsadmCommand::parse({"-A", "-t", "10.0.0.1:80"}, &error);
    QVERIFY(service);
    QCOMPARE(service->service.scheduler, Scheduler::WeightedLeastConnection);
    QVERIFY(!service->service.persistent);
    QCOMPARE(service->service.persistenceNetmask, 0xffffffffu);

    const auto server = IpvsadmCommand::parse({"-a", "-t", "10.0.0.1:80", "-r", "10.0.0.2"}, &error);
    QVERIFY(server);
    QCOMPARE(server->server.forwarding, ForwardingMethod::DirectRouting);
    QCOMPARE(server->server.weight, 1u);
    QCOMPARE(server->server.port, 80);

    const auto v6 = IpvsadmCommand::parse({"-A", "-t", "[::1]:80", "-p"}, &error);
    QVERIFY(v6);
    QCOMPARE(v6->service.persistenceNetmask, 128u);
    QCOMPARE(v6->service.persistenceTimeout, 360u);

    const auto listing = IpvsadmCommand::parse({"-Ln"}, &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->kind, IpvsadmCommand::Kind::List);
    QVERIFY(!listing->changesConfiguration());
}

void TestIpvsadmCommand::timeoutsAndDaemons()
{
    QString error;
    const auto set = IpvsadmCommand::parse({"--set", "3600", "0", "60"}, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->kind, IpvsadmCommand::Kind::SetTimeouts);
    QCOMPARE(set->timeouts, (Timeouts{3600, 0, 60}));

    const auto daemon = IpvsadmCommand::parse(
        {"--start-daemon", "backup", "--mcast-interface", "eth1", "--syncid", "7", "--mcast-group", "224.0.0.90",
         "--mcast-port", "9000", "--mcast-ttl", "2", "--sync-maxlen", "1400"},
        &error);
    QVERIFY2(daemon, qPrintable(error));
    QCOMPARE(daemon->daemon.role, SyncDaemon::Role::Backup);
    QCOMPARE(daemon->daemon.interface, QStringLiteral("eth1"));
    QCOMPARE(daemon->daemon.syncId, 7);
    QCOMPARE(daemon->daemon.group.toString(), QStringLiteral("224.0.0.90"));
    QCOMPARE(daemon->daemon.port, 9000);
    QCOMPARE(daemon->daemon.ttl, 2);
    QCOMPARE(daemon->daemon.maxLength, 1400);

    QVERIFY(!IpvsadmCommand::parse({"--start-daemon", "master", "--mcast-group", "10.0.0.1"}, &error));
    QCOMPARE(error, QStringLiteral("--mcast-group 10.0.0.1: a multicast group address is expected"));
}

QTEST_GUILESS_MAIN(TestIpvsadmCommand)
#include "tst_ipvsadmcommand.moc"
