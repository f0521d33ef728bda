// SPDX-License-Identifier: GPL-2.0-or-later
// The lab's description and the commands it equals: the how-to's addresses, what is
// refused, and that a DR/TUN real server gets what the real-server setup says it needs.
#include "labcommands.h"
#include "labdescription.h"
#include "realserversetup.h"
#include "ruleswriter.h"

#include <QRegularExpression>
#include <QTest>

class TestLabDescription : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void howToNatIsListing1WithoutTheDirector()
    {
        const LabDescription lab = LabDescription::howTo(ForwardingMethod::Masquerading);
        QCOMPARE(lab.vip().toString(), QStringLiteral("192.168.10.254"));
        QCOMPARE(lab.directorLanAddress().toString(), QStringLiteral("192.168.0.254"));
        QCOMPARE(lab.serverGateway().toString(), QStringLiteral("192.168.0.254"));
        QCOMPARE(RulesWriter::rules(lab.table()), QStringLiteral("-A -t 192.168.10.254:80 -s wlc\n"
                                                                 "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1\n"
                                                                 "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 1\n"
                                                                 "-a -t 192.168.10.254:80 -r 192.168.0.180:80 -m -w 1\n"));
        QVERIFY(lab.problems().isEmpty());
    }

    void howToDrIsListing9()
    {
        LabDescription lab = LabDescription::howTo(ForwardingMethod::DirectRouting);
        lab.scheduler = Scheduler::WeightedRoundRobin;
        lab.servers = {{160, 1}, {170, 2}, {180, 3}};
        QCOMPARE(lab.vip().toString(), QStringLiteral("192.168.0.200"));
        QCOMPARE(lab.serverGateway().toString(), QStringLiteral("192.168.0.252"));
        QCOMPARE(RulesWriter::rules(lab.table()), QStringLiteral("-A -t 192.168.0.200:80 -s wrr\n"
                                                                 "-a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1\n"
                                                                 "-a -t 192.168.0.200:80 -r 192.168.0.170:80 -g -w 2\n"
                                                                 "-a -t 192.168.0.200:80 -r 192.168.0.180:80 -g -w 3\n"));
        QCOMPARE(LabDescription::answerText(170), QStringLiteral("This is 170"));
    }

    void problems_data()
    {
        QTest::addColumn<LabDescription>("lab");
        QTest::addColumn<QString>("problem");
        LabDescription lab = LabDescription::howTo(ForwardingMethod::DirectRouting);
        lab.servers.clear();
        QTest::newRow("no real server") << lab << QStringLiteral("at least one real server");
        lab = LabDescription::howTo(ForwardingMethod::DirectRouting);
        lab.servers.append({200, 1});
        QTest::newRow(".200 is the DR VIP") << lab << QStringLiteral("192.168.0.200 cannot be a real server");
        lab.servers = {{160, 1}, {160, 2}};
        QTest::newRow("twice") << lab << QStringLiteral("192.168.0.160 is listed twice");
        lab.servers = {{251, 1}};
        QTest::newRow("RouterA") << lab << QStringLiteral("192.168.0.251 cannot be a real server");
        lab.servers = {{160, 70000}};
        QTest::newRow("weight too big") << lab << QStringLiteral("must be 0 to 65535");
        lab.servers.clear();
        for (int host = 10; host < 10 + LabDescription::maxServers + 1; ++host)
            lab.servers.append({host, 1});
        QTest::newRow("nine real servers") << lab << QStringLiteral("at most 8 real servers");
        lab = LabDescription::howTo(ForwardingMethod::Local);
        QTest::newRow("local forwarding") << lab << QStringLiteral("NAT, DR or TUN");
    }

    void problems()
    {
        QFETCH(LabDescription, lab);
        QFETCH(QString, problem);
        const QString all = lab.problems().join(u'|');
        QVERIFY2(all.contains(problem), qPrintable(all));
    }

    void natCommands()
    {
        const QString script = LabCommands::script(LabCommands::build(LabDescription::howTo(ForwardingMethod::Masquerading)));
        for (const char *line : {"ip netns add lvs-lab-director",
                                 "ip -n lvs-lab-client link add eth0 type veth peer name eth0 netns lvs-lab-director",
                                 "ip -n lvs-lab-director addr add 192.168.10.254/24 dev eth0",
                                 "ip -n lvs-lab-director addr add 192.168.0.254/24 dev eth1",
                                 "ip netns exec lvs-lab-director sysctl -w net.ipv4.ip_forward=1",
                                 "ip -n lvs-lab-rs170 addr add 192.168.0.170/24 dev eth0",
                                 "ip -n lvs-lab-rs170 route add default via 192.168.0.254",
                                 "ip -n lvs-lab-lan link set rs170 master br0",
                                 "ip netns exec lvs-lab-director ipvsadm -A -t 192.168.10.254:80 -s wlc",
                                 "ip netns exec lvs-lab-director ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.180:80 -m -w 1"})
            QVERIFY2(script.contains(QLatin1String(line) + u'\n'), line);
        QVERIFY(!script.contains(u"arp_ignore"));
        QVERIFY(!script.contains(u"lvs-lab-router"));
    }

    void everyNamespaceHasThePrefix()
    {
        for (ForwardingMethod method :
             {ForwardingMethod::Masquerading, ForwardingMethod::DirectRouting, ForwardingMethod::Tunnelling}) {
            const LabDescription lab = LabDescription::howTo(method);
            const QStringList names = LabCommands::namespaces(lab);
            for (const LabCommand &command : LabCommands::build(lab)) {
                if (command.kind == LabCommand::Kind::Netns || command.kind == LabCommand::Kind::Modprobe)
                    QVERIFY(command.netns.isEmpty());
                else
                    QVERIFY2(names.contains(command.netns), qPrintable(command.line()));
            }
            for (const QString &name : names)
                QVERIFY(name.startsWith(u"lvs-lab-"));
            const QList<LabCommand> down = LabCommands::teardown(lab);
            QCOMPARE(down.size(), names.size());
            QCOMPARE(down.first().line(), QStringLiteral("ip netns delete ") + names.first());
        }
    }

    // A DR or TUN real server of the lab gets every sysctl that `lvsctl realserver-setup
    // --apply-script` gives a Linux real server of the same table, and its VIP device.
    void realServersGetWhatTheSetupSays_data()
    {
        QTest::addColumn<ForwardingMethod>("method");
        QTest::addColumn<QString>("vipLine");
        QTest::newRow("DR") << ForwardingMethod::DirectRouting
                            << QStringLiteral("ip -n lvs-lab-rs160 addr add 192.168.0.200/32 dev lo");
        QTest::newRow("TUN") << ForwardingMethod::Tunnelling
                             << QStringLiteral("ip -n lvs-lab-rs160 addr add 192.168.0.200/32 dev tunl0");
    }

    void realServersGetWhatTheSetupSays()
    {
        QFETCH(ForwardingMethod, method);
        QFETCH(QString, vipLine);
        const LabDescription lab = LabDescription::howTo(method);
        RealServerSetup::Options options;
        options.server = LabDescription::serverAddress(160);
        options.gateway = LabDescription::routerB();
        const RealServerSetup::Result setup = RealServerSetup::forRealServers(lab.table(), RealServerSetup::OperatingSystem::Linux, options);
        QVERIFY(setup.ok());
        QStringList expected;
        for (const RealServerSetup::Snippet &snippet : setup.snippets) {
            if (snippet.kind != RealServerSetup::Snippet::Kind::Commands || snippet.use != RealServerSetup::Snippet::Use::ApplyNow)
                continue;
            static const QRegularExpression sysctl(QStringLiteral("^sysctl -w (\\S+)$"), QRegularExpression::MultilineOption);
            for (auto it = sysctl.globalMatch(snippet.text); it.hasNext();)
                expected << it.next().captured(1);
        }
        QVERIFY(!expected.isEmpty());
        QStringList ours;
        QStringList lines;
        for (const LabCommand &command : LabCommands::build(lab)) {
            lines << command.line();
            if (command.netns == LabCommands::serverNamespace(160) && command.kind == LabCommand::Kind::Sysctl)
                ours << command.sysctlKey() + u'=' + command.sysctlValue();
        }
        for (const QString &setting : std::as_const(expected))
            QVERIFY2(ours.contains(setting), qPrintable(setting));
        QVERIFY(lines.contains(vipLine));
        QVERIFY(lines.contains(QStringLiteral("ip -n lvs-lab-rs160 route add default via 192.168.0.252")));
        QVERIFY(lines.contains(QStringLiteral("ip -n lvs-lab-director route add default via 192.168.0.251")));
        QVERIFY(lines.contains(QStringLiteral("ip -n lvs-lab-director addr add 192.168.0.200/32 dev eth0")));
        // The ARP settings come before the server's LAN link exists.
        const int arp = lines.indexOf(QStringLiteral("ip netns exec lvs-lab-rs160 sysctl -w net.ipv4.conf.all.arp_ignore=1"));
        const int cable = lines.indexOf(
            QStringLiteral("ip -n lvs-lab-rs160 link add eth0 type veth peer name rs160 netns lvs-lab-lan"));
        QVERIFY(arp >= 0 && cable > arp);
        QCOMPARE(lines.contains(QStringLiteral("modprobe ipip")), method == ForwardingMethod::Tunnelling);
    }
};

QTEST_GUILESS_MAIN(TestLabDescription)
#include "tst_labdescription.moc"
