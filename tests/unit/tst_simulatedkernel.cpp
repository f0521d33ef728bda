// SPDX-License-Identifier: GPL-2.0-or-later
// The simulated kernel around its schedulers: connection lifecycle and timeouts,
// persistence templates, thresholds, the rate estimator, all-or-nothing changes, the
// trash, the traffic generator's determinism and the connection script.
#include "connectionscript.h"
#include "dbustypes.h"
#include "planner.h"
#include "rulesparser.h"
#include "simulatedbackend.h"
#include "simulatedkernel.h"
#include "tablegeneration.h"
#include "timerwheel.h"
#include "trafficgenerator.h"

#include <QSignalSpy>
#include <QTest>

namespace {
IpvsTable parseTable(const QString &text)
{
    const RulesParseResult result = RulesParser::parse(text);
    if (!result.ok())
        qFatal("bad test table: %s", qPrintable(result.errors.first().message));
    return result.table;
}

void load(SimulatedKernel &kernel, const QString &rules)
{
    const QStringList refusals = kernel.apply(Planner::plan(kernel.configuration(), parseTable(rules)));
    if (!refusals.isEmpty())
        qFatal("refused: %s", qPrintable(refusals.join(u';')));
}

SimulatedKernel::Flow tcp(const char *client, std::uint16_t port, std::int64_t lengthMs = -1)
{
    SimulatedKernel::Flow flow;
    flow.client = *IpAddress::parse(QString::fromLatin1(client));
    flow.clientPort = port;
    flow.destination = *IpAddress::parse(u"192.168.10.254");
    flow.destinationPort = 80;
    flow.lengthMs = lengthMs;
    return flow;
}

QString server(const SimulatedKernel::Opened &opened)
{
    return opened.scheduled ? opened.server->address.toString() : QStringLiteral("-");
}

// The index-th real server added: the table lists them newest first, as the kernel does.
RealServer realServer(const IpvsTable &table, int service, int index)
{
    const QList<RealServer> &servers = table.services.at(service).realServers;
    return servers.at(servers.size() - 1 - index);
}

const QString twoServers = QStringLiteral("-A -t 192.168.10.254:80 -s rr\n"
                                          "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1\n"
                                          "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 1\n");
}

class TestSimulatedKernel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timerWheelFiresInOrderAcrossTurns()
    {
        TimerWheel wheel;
        wheel.add(70000, 1, 0); // beyond one turn of the wheel (65.5 s)
        wheel.add(5, 2, 0);
        wheel.add(70000 - 65536, 3, 0); // the same slot, one turn earlier
        QList<std::uint32_t> fired;
        wheel.advanceTo(10000, [&](const TimerWheel::Entry &entry) { fired.append(entry.slot); });
        QCOMPARE(fired, (QList<std::uint32_t>{2, 3}));
        wheel.advanceTo(69999, [&](const TimerWheel::Entry &entry) { fired.append(entry.slot); });
        QCOMPARE(fired.size(), 2);
        wheel.advanceTo(70000, [&](const TimerWheel::Entry &entry) { fired.append(entry.slot); });
        QCOMPARE(fired, (QList<std::uint32_t>{2, 3, 1}));
        QCOMPARE(wheel.size(), std::size_t(0));
    }

    void tcpConnectionIsActiveThenInactiveUntilTcpFin()
    {
        SimulatedKernel kernel;
        load(kernel, twoServers);
        const SimulatedKernel::Opened opened = kernel.open(tcp("10.1.0.1", 1000));
        QVERIFY(opened.scheduled);
        IpvsTable table = kernel.table();
        // rr starts at the head of the kernel's list: the server added last.
        QCOMPARE(server(opened), QStringLiteral("192.168.0.170"));
        QCOMPARE(realServer(table, 0, 1).connections.active, 1u);
        QCOMPARE(table.services.at(0).stats.connections, 1u);

        kernel.advanceTo(1000);
        kernel.close(opened.connection);
        table = kernel.table();
        QCOMPARE(realServer(table, 0, 1).connections.active, 0u);
        QCOMPARE(realServer(table, 0, 1).connections.inactive, 1u);
        kernel.advanceTo(1000 + 120 * 1000 - 1);
        QCOMPARE(kernel.connectionCount(), std::size_t(1));
        kernel.advanceTo(1000 + 120 * 1000);
        QCOMPARE(kernel.connectionCount(), std::size_t(0));
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.inactive, 0u);
    }

    void connectionOfKnownLengthClosesItself()
    {
        SimulatedKernel kernel;
        load(kernel, twoServers);
        kernel.open(tcp("10.1.0.1", 1000, 3000));
        kernel.advanceTo(2999);
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.active, 1u);
        kernel.advanceTo(3000);
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.active, 0u);
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.inactive, 1u);
    }

    void udpIsInactiveUntilItsTimeoutAfterTheLastPacket()
    {
        SimulatedKernel kernel;
        load(kernel, QStringLiteral("-A -u 192.168.10.254:53 -s rr\n-a -u 192.168.10.254:53 -r 192.168.0.160:53 -m\n"));
        SimulatedKernel::Flow flow = tcp("10.1.0.1", 1000, 2000);
        flow.protocol = Protocol::Udp;
        flow.destinationPort = 53;
        QVERIFY(kernel.open(flow).scheduled);
        QCOMPARE(realServer(kernel.table(), 0, 0).connections.inactive, 1u);
        QCOMPARE(realServer(kernel.table(), 0, 0).connections.active, 0u);
        kernel.advanceTo(2000 + 300 * 1000 - 1);
        QCOMPARE(kernel.connectionCount(), std::size_t(1));
        kernel.advanceTo(2000 + 300 * 1000);
        QCOMPARE(kernel.connectionCount(), std::size_t(0));
    }

    void aHandleNeverNamesALaterConnectionInItsSlot()
    {
        SimulatedKernel kernel;
        load(kernel, twoServers);
        const auto first = kernel.open(tcp("10.1.0.1", 1000)); // held, idle
        kernel.advanceTo(900 * 1000);                          // removed by the tcp timeout
        QCOMPARE(kernel.connectionCount(), std::size_t(0));
        const auto second = kernel.open(tcp("10.1.0.2", 1000)); // reuses the slot
        kernel.close(first.connection);                          // stale: nothing happens
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.active
                     + realServer(kernel.table(), 0, 0).connections.active,
                 1u);
        kernel.close(second.connection);
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.active
                     + realServer(kernel.table(), 0, 0).connections.active,
                 0u);
    }

    void listsItsConnectionsAsIpvsadmLncDoes()
    {
        SimulatedKernel kernel;
        load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s rr -p 300\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                                    "-A -u 192.168.10.254:53 -s rr\n-a -u 192.168.10.254:53 -r 192.168.0.170:53 -m\n"));
        const auto held = kernel.open(tcp("10.1.0.1", 1000)); // held open, idle
        SimulatedKernel::Flow dns = tcp("10.1.0.2", 2000, 0);
        dns.protocol = Protocol::Udp;
        dns.destinationPort = 53;
        QVERIFY(kernel.open(dns).scheduled);
        kernel.advanceTo(10'500);
        kernel.close(held.connection);

        QStringList lines;
        for (const ConnectionEntry &entry : kernel.connectionEntries())
            lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(entry.protocol, entry.state, entry.client.toStringWithPort(entry.clientPort),
                                  entry.virtualAddress.toStringWithPort(entry.virtualPort),
                                  entry.destination.toStringWithPort(entry.destinationPort))
                             .arg(entry.expiresSeconds));
        lines.sort();
        QCOMPARE(lines, (QStringList{
                            // Closed by the client: FIN_WAIT until the tcpfin timeout.
                            u"TCP FIN_WAIT 10.1.0.1:1000 192.168.10.254:80 192.168.0.160:80 120"_qs,
                            // The template: no client port, its timeout from its last use.
                            u"TCP NONE 10.1.0.1:0 192.168.10.254:80 192.168.0.160:80 290"_qs,
                            u"UDP UDP 10.1.0.2:2000 192.168.10.254:53 192.168.0.170:53 290"_qs,
                        }));
        QCOMPARE(kernel.connectionEntries(1).size(), 1);
    }

    void onePacketSchedulingKeepsNoEntry()
    {
        SimulatedKernel kernel;
        load(kernel, QStringLiteral("-A -u 192.168.10.254:53 -s rr -o\n-a -u 192.168.10.254:53 -r 192.168.0.160:53 -m\n"));
        SimulatedKernel::Flow flow = tcp("10.1.0.1", 1000, 0);
        flow.protocol = Protocol::Udp;
        flow.destinationPort = 53;
        const auto opened = kernel.open(flow);
        QVERIFY(opened.scheduled);
        QCOMPARE(opened.connection, SimulatedKernel::noConnection);
        QCOMPARE(kernel.connectionCount(), std::size_t(0));
        QCOMPARE(kernel.table().services.at(0).stats.connections, 1u);
    }

    void persistenceSendsAClientBackEvenToAQuiescedServer()
    {
        SimulatedKernel kernel;
        load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s rr -p 360\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"));
        const auto first = kernel.open(tcp("10.1.0.1", 1000));
        const auto second = kernel.open(tcp("10.1.0.1", 1001));
        const auto other = kernel.open(tcp("10.1.0.2", 1000));
        QCOMPARE(server(first), QStringLiteral("192.168.0.170"));
        QVERIFY(!first.byTemplate);
        QCOMPARE(server(second), QStringLiteral("192.168.0.170"));
        QVERIFY(second.byTemplate);
        QCOMPARE(server(other), QStringLiteral("192.168.0.160"));
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.persistent, 1u);
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.active, 2u);

        // Quiesce 170: its client still goes there (the classic surprise) ...
        load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s rr -p 360\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 0\n"));
        QCOMPARE(server(kernel.open(tcp("10.1.0.1", 1002))), QStringLiteral("192.168.0.170"));
        // ... unless expire_quiescent_template says otherwise.
        kernel.setExpireQuiescentTemplate(true);
        QCOMPARE(server(kernel.open(tcp("10.1.0.1", 1003))), QStringLiteral("192.168.0.160"));
    }

    void templateOutlivesItsConnectionsByItsTimeout()
    {
        SimulatedKernel kernel;
        load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s rr -p 60\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"));
        kernel.open(tcp("10.1.0.1", 1000, 100000)); // longer than the template's 60 s
        kernel.advanceTo(60000);
        QCOMPARE(realServer(kernel.table(), 0, 0).connections.persistent, 1u); // still controlling
        kernel.advanceTo(100000 + 120000); // closed, then gone after tcpfin
        QCOMPARE(realServer(kernel.table(), 0, 0).connections.inactive, 0u);
        kernel.advanceTo(100000 + 120000 + 60000);
        QCOMPARE(realServer(kernel.table(), 0, 0).connections.persistent, 0u);
        QCOMPARE(kernel.connectionCount(), std::size_t(0));
    }

    void persistenceNetmaskGroupsClients()
    {
        SimulatedKernel kernel;
        load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s rr -p 360 -M 255.255.255.0\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"));
        QCOMPARE(server(kernel.open(tcp("10.1.0.1", 1000))), QStringLiteral("192.168.0.170"));
        QCOMPARE(server(kernel.open(tcp("10.1.0.99", 1000))), QStringLiteral("192.168.0.170"));
        QCOMPARE(server(kernel.open(tcp("10.1.1.1", 1000))), QStringLiteral("192.168.0.160"));
    }

    void upperThresholdOverloadsUntilBelowThreeQuarters()
    {
        SimulatedKernel kernel;
        load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s rr\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -x 2\n"));
        QStringList picks;
        QList<std::uint32_t> to170;
        for (int i = 0; i < 6; ++i) {
            const auto opened = kernel.open(tcp("10.1.0.1", std::uint16_t(1000 + i)));
            picks.append(server(opened).section(u'.', 3));
            if (server(opened).endsWith(QLatin1String("170")))
                to170.append(opened.connection);
        }
        // 170 takes two, is overloaded at its threshold of 2, and rr passes it over.
        QCOMPARE(picks, (QStringList{u"170"_qs, u"160"_qs, u"170"_qs, u"160"_qs, u"160"_qs, u"160"_qs}));
        // One closed and expired: from 2 to 1, below the lower threshold in force
        // (2 - 2/4 = 2), the overload lifts.
        kernel.close(to170.first());
        kernel.advanceTo(120000);
        QCOMPARE(server(kernel.open(tcp("10.1.0.1", 2000))), QStringLiteral("192.168.0.170"));
    }

    void estimatorSmoothsAsTheKernels()
    {
        SimulatedKernel kernel;
        load(kernel, twoServers);
        // 100 connections in each two-second period: 50/s. The estimate moves a quarter
        // of the way each tick: 51200 >> 2 = 12800 -> 12/s, then 22400 -> 22/s.
        for (int period = 0; period < 2; ++period) {
            for (int i = 0; i < 100; ++i)
                kernel.open(tcp("10.1.0.1", std::uint16_t(period * 100 + i), 10));
            kernel.advanceTo((period + 1) * 2000);
            const std::uint64_t expected[] = {12, 22};
            QCOMPARE(kernel.table().services.at(0).stats.connectionsPerSecond, expected[period]);
        }
        kernel.zero();
        QCOMPARE(kernel.table().services.at(0).stats.connections, 0u);
        QCOMPARE(kernel.table().services.at(0).stats.connectionsPerSecond, 0u);
    }

    void repliesCountOnlyThroughANatDirector()
    {
        SimulatedKernel kernel;
        load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s rr\n"
                                    "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -g\n"));
        SimulatedKernel::Flow flow = tcp("10.1.0.1", 1000, 10);
        flow.outPackets = 10;
        flow.outBytes = 10000;
        kernel.open(flow);
        kernel.advanceTo(10);
        QCOMPARE(kernel.table().services.at(0).stats.outPackets, 0u);
        QCOMPARE(kernel.table().services.at(0).stats.inPackets, 1u);
    }

    void aRefusedBatchChangesNothing()
    {
        SimulatedKernel kernel;
        load(kernel, twoServers);
        const IpvsTable before = kernel.configuration();
        VirtualService udp;
        udp.protocol = Protocol::Udp;
        udp.address = *IpAddress::parse(u"192.168.10.254");
        udp.port = 53;
        RealServer missing;
        missing.address = *IpAddress::parse(u"192.168.0.160");
        missing.port = 53;
        VirtualService unknown = udp;
        unknown.port = 54;
        const QStringList refusals = kernel.apply({TableChange::addService(udp), TableChange::addServer(unknown, missing)});
        QVERIFY(!refusals.isEmpty());
        QVERIFY(kernel.configuration().sameConfiguration(before));
        QCOMPARE(kernel.serviceCount(), 1);
    }

    void aDeletedServerKeepsItsConnectionsAndComesBackWithThem()
    {
        SimulatedKernel kernel;
        load(kernel, twoServers);
        kernel.open(tcp("10.1.0.1", 1000)); // to 170
        load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s rr\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"));
        QCOMPARE(server(kernel.open(tcp("10.1.0.1", 1001))), QStringLiteral("192.168.0.160"));
        load(kernel, twoServers);
        QCOMPARE(realServer(kernel.table(), 0, 1).endpoint(), QStringLiteral("192.168.0.170:80"));
        QCOMPARE(realServer(kernel.table(), 0, 1).connections.active, 1u);
    }

    void aServiceAddedAgainTakesBackItsServersFromTheTrash()
    {
        // As the real kernel does (seen in the rig): the counts come back, the counters do not.
        SimulatedKernel kernel;
        load(kernel, twoServers);
        kernel.open(tcp("10.1.0.1", 1000)); // to 170, held open
        load(kernel, QString());
        QCOMPARE(kernel.serviceCount(), 0);
        load(kernel, twoServers);
        const RealServer revived = realServer(kernel.table(), 0, 1);
        QCOMPARE(revived.endpoint(), QStringLiteral("192.168.0.170:80"));
        QCOMPARE(revived.connections.active, 1u);
        QCOMPARE(revived.stats.connections, 0u);
        // ... and lc-like schedulers see them: wlc now prefers the idle 160.
        load(kernel, QString(twoServers).replace(u"-s rr"_qs, u"-s wlc"_qs));
        QCOMPARE(server(kernel.open(tcp("10.1.0.2", 1000))), QStringLiteral("192.168.0.160"));
    }

    void trafficIsTheSameForTheSameSeed()
    {
        const auto run = [](std::uint64_t seed) {
            SimulatedKernel kernel;
            load(kernel, QStringLiteral("-A -t 192.168.10.254:80 -s wlc\n"
                                        "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1\n"
                                        "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 3\n"));
            TrafficGenerator::Settings settings;
            settings.seed = seed;
            settings.connectionsPerSecond = 200;
            TrafficGenerator traffic(kernel, settings);
            traffic.run(20000);
            return std::make_pair(kernel.table(), traffic.opened());
        };
        const auto [first, openedFirst] = run(7);
        const auto [again, openedAgain] = run(7);
        const auto [other, openedOther] = run(8);
        QCOMPARE(openedFirst, openedAgain);
        QCOMPARE(realServer(first, 0, 0).stats, realServer(again, 0, 0).stats);
        QCOMPARE(realServer(first, 0, 1).connections, realServer(again, 0, 1).connections);
        QVERIFY(realServer(first, 0, 0).stats != realServer(other, 0, 0).stats);
        // About 200/s for 20 s, and wlc gives the weight-3 server about three times as many.
        QVERIFY2(openedFirst > 3600 && openedFirst < 4400, qPrintable(QString::number(openedFirst)));
        const double ratio = double(realServer(first, 0, 1).stats.connections) / double(realServer(first, 0, 0).stats.connections);
        QVERIFY2(ratio > 2.5 && ratio < 3.5, qPrintable(QString::number(ratio)));
        QVERIFY(first.services.at(0).stats.connectionsPerSecond > 150);
    }

    void scriptParsesAndNamesItsMistakes()
    {
        const ConnectionScript::Parsed good = ConnectionScript::parse(
            QStringLiteral("# a lesson\nopen 10.1.0.1:1000 192.168.10.254:80\nwait 1.5\nclose 10.1.0.1:1000\n"
                           "open [2001:db8::1]:1000 [2001:db8::80]:80 udp\n"));
        QVERIFY(good.error.isEmpty());
        QCOMPARE(good.steps.size(), 4);
        QCOMPARE(good.steps.at(1).waitMs, 1500);
        QCOMPARE(good.steps.at(3).protocol, Protocol::Udp);
        QCOMPARE(ConnectionScript::parse(QStringLiteral("\nopen 10.1.0.1 192.168.10.254:80\n")).error,
                 QStringLiteral("line 2: '10.1.0.1' is not an address:port"));
        QCOMPARE(ConnectionScript::parse(QStringLiteral("open 10.1.0.1:1 10.0.0.1:80\nclose 10.1.0.9:1\n")).error,
                 QStringLiteral("line 2: no open connection from 10.1.0.9:1"));
        QCOMPARE(ConnectionScript::parse(QStringLiteral("open 10.1.0.1:1 10.0.0.1:80\nopen 10.1.0.1:1 10.0.0.2:80\n")).error,
                 QStringLiteral("line 2: 10.1.0.1:1 is already open (a client cannot reuse a port it holds)"));
        QCOMPARE(ConnectionScript::parse(QStringLiteral("wait nan\n")).error,
                 QStringLiteral("line 1: 'wait' takes a number of seconds (0 to 86400)"));
        QCOMPARE(ConnectionScript::parse(QStringLiteral("jump 3\n")).error,
                 QStringLiteral("line 1: unknown step 'jump' (open, close or wait)"));
        QCOMPARE(ConnectionScript::parse(QStringLiteral("open 10.1.0.1:1 [2001:db8::80]:80\n")).error,
                 QStringLiteral("line 1: the client and the virtual address are of different families"));
    }

    void scriptRunsOnTheKernel()
    {
        SimulatedKernel kernel;
        load(kernel, twoServers);
        const auto parsed = ConnectionScript::parse(QStringLiteral(
            "open 10.1.0.1:1000 192.168.10.254:80\nopen 10.1.0.2:1000 192.168.10.254:80\n"
            "close 10.1.0.1:1000\nopen 10.1.0.3:1000 192.168.10.254:81\n"));
        QString error;
        const auto outcomes = ConnectionScript::run(kernel, parsed.steps, true, &error);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).server.toString(), QStringLiteral("192.168.0.170"));
        QCOMPARE(outcomes.at(1).server.toString(), QStringLiteral("192.168.0.160"));
        QVERIFY(!outcomes.at(2).scheduled); // no service on port 81
        QVERIFY(!outcomes.at(0).why.isEmpty());
        QVERIFY(error.isEmpty());
    }

    void backendRefusesAStaleGenerationAndShowsTrafficAtOnce()
    {
        SimulatedBackend backend;
        QVERIFY(backend.load(SimulatedBackend::demoTable()));
        backend.warmUp(60000);
        QSignalSpy read(&backend, &Backend::tableRead);
        backend.refresh();
        QVERIFY(read.wait(1000));
        const auto table = read.first().at(0).value<IpvsTable>();
        QCOMPARE(table.services.size(), 2);
        QVERIFY(table.services.at(0).stats.connections > 1000);
        QVERIFY(table.services.at(0).stats.connectionsPerSecond > 0);

        QSignalSpy failed(&backend, &Backend::applyFailed);
        backend.apply(12345, {}, false);
        QVERIFY(failed.wait(1000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("org.lvsstudio.Error.Conflict"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatedKernel)
#include "tst_simulatedkernel.moc"
