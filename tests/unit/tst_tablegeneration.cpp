// SPDX-License-Identifier: GPL-2.0-or-later
// The generation Apply compares: every configurable value changes it; counters, live
// values and the order the kernel lists things in do not.
#include "rulesparser.h"
#include "tablegeneration.h"

#include <QTest>

#include <algorithm>
#include <functional>

namespace {
IpvsTable table()
{
    RulesParseResult parsed = RulesParser::parse(QStringLiteral("-A -t 192.168.10.254:80 -s wlc -p 600\n"
                                                                "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3\n"
                                                                "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"
                                                                "-A -u 10.0.0.1:53 -s rr\n"
                                                                "-a -u 10.0.0.1:53 -r 10.0.1.1:53 -i --tun-type gue --tun-port 6080\n"
                                                                "-A -f 7 -s sh\n"));
    if (!parsed.ok())
        qFatal("bad test table");
    return parsed.table;
}
using Edit = std::function<void(IpvsTable &)>;
} // namespace
Q_DECLARE_METATYPE(Edit)

class TestTableGeneration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stableAndIndependentOfOrderAndCounters();
    void everyConfigurableValueCounts_data();
    void everyConfigurableValueCounts();
};

void TestTableGeneration::stableAndIndependentOfOrderAndCounters()
{
    const IpvsTable original = table();
    const std::uint64_t generation = TableGeneration::of(original);
    QCOMPARE(TableGeneration::of(table()), generation);

    IpvsTable shuffled = original;
    std::reverse(shuffled.services.begin(), shuffled.services.end());
    std::reverse(shuffled.services[2].realServers.begin(), shuffled.services[2].realServers.end());
    QCOMPARE(TableGeneration::of(shuffled), generation);

    IpvsTable busy = original;
    busy.services[0].stats.connections = 12345;
    busy.services[0].realServers[0].connections.active = 17;
    busy.services[0].realServers[1].stats.inBytesPerSecond = 99;
    QCOMPARE(TableGeneration::of(busy), generation);

    IpvsTable withDefaults = original;
    withDefaults.timeouts = Timeouts{};
    QCOMPARE(TableGeneration::of(withDefaults), generation); // no timeouts = the kernel's defaults
}

void TestTableGeneration::everyConfigurableValueCounts_data()
{
    QTest::addColumn<Edit>("edit");
    auto row = [](const char *name, Edit edit) { QTest::newRow(name) << edit; };
    row("weight", [](IpvsTable &t) { t.services[0].realServers[0].weight = 4; });
    row("upper threshold", [](IpvsTable &t) { t.services[0].realServers[0].upperThreshold = 100; });
    row("lower threshold", [](IpvsTable &t) { t.services[0].realServers[0].lowerThreshold = 1; });
    row("forwarding", [](IpvsTable &t) { t.services[0].realServers[0].forwarding = ForwardingMethod::DirectRouting; });
    row("real-server port", [](IpvsTable &t) { t.services[0].realServers[0].port = 8080; });
    row("tunnel port", [](IpvsTable &t) { t.services[1].realServers[0].tunnelPort = 6081; });
    row("tunnel checksum", [](IpvsTable &t) { t.services[1].realServers[0].tunnelChecksum = TunnelChecksum::Checksum; });
    row("scheduler", [](IpvsTable &t) { t.services[0].scheduler = Scheduler::RoundRobin; });
    row("scheduler flags", [](IpvsTable &t) { t.services[2].schedulerFlags = 1; });
    row("persistence", [](IpvsTable &t) { t.services[0].persistent = false; });
    row("persistence timeout", [](IpvsTable &t) { t.services[0].persistenceTimeout = 601; });
    row("netmask", [](IpvsTable &t) { t.services[0].persistenceNetmask = 0xffffff00; });
    row("persistence engine", [](IpvsTable &t) { t.services[1].persistenceEngine = QStringLiteral("sip"); });
    row("one-packet", [](IpvsTable &t) { t.services[1].onePacket = true; });
    row("fwmark", [](IpvsTable &t) { t.services[2].firewallMark = 8; });
    row("fwmark family", [](IpvsTable &t) { t.services[2].firewallMarkFamily = IpAddress::Family::V6; });
    row("service port", [](IpvsTable &t) { t.services[0].port = 81; });
    row("a real server fewer", [](IpvsTable &t) { t.services[0].realServers.removeLast(); });
    row("a real server moved to another service",
        [](IpvsTable &t) { t.services[2].realServers.append(t.services[0].realServers.takeLast()); });
    row("a service fewer", [](IpvsTable &t) { t.services.removeLast(); });
    row("timeouts", [](IpvsTable &t) { t.timeouts = Timeouts{900, 120, 301}; });
    row("a sync daemon", [](IpvsTable &t) { t.syncDaemons.append(SyncDaemon{}); });
}

void TestTableGeneration::everyConfigurableValueCounts()
{
    QFETCH(Edit, edit);
    IpvsTable changed = table();
    edit(changed);
    QVERIFY(TableGeneration::of(changed) != TableGeneration::of(table()));
}

QTEST_GUILESS_MAIN(TestTableGeneration)
#include "tst_tablegeneration.moc"
