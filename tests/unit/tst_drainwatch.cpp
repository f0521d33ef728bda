// SPDX-License-Identifier: GPL-2.0-or-later
// "Drain, then remove": a real server is due once the kernel has it at weight 0 and its
// active connections are gone, or its deadline has passed; not before the drain applies.
#include "drainwatch.h"
#include "rulesparser.h"

#include <QTest>

namespace {
IpvsTable table(std::uint32_t weight, std::uint32_t active, std::uint32_t inactive = 0)
{
    IpvsTable result = RulesParser::parse(u"-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -m\n").table;
    RealServer &server = result.services[0].realServers[0];
    server.weight = weight;
    server.connections.active = active;
    server.connections.inactive = inactive;
    return result;
}
const IpAddress address = *IpAddress::parse(u"10.0.1.1");
} // namespace

class TestDrainWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dueWhenActiveConnectionsEnd();
    void dueAtTheDeadlineEvenWithConnections();
    void notDueBeforeTheDrainIsApplied();
    void forgottenWhenGoneOrForgotten();
};

void TestDrainWatch::dueWhenActiveConnectionsEnd()
{
    DrainWatch watch;
    const ServiceKey key = table(0, 0).services[0].key();
    watch.watch(key, address, 80, 300'000);
    QVERIFY(watch.takeDue(table(0, 3, 10), 1000).isEmpty());
    QVERIFY(watch.isWatched(key, address, 80));
    // Inactive connections only wait for their timeout: they do not hold the server.
    const QList<DrainWatch::Entry> due = watch.takeDue(table(0, 0, 10), 2000);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().address, address);
    QCOMPARE(due.first().port, 80);
    QVERIFY(watch.isEmpty());
    QVERIFY(watch.takeDue(table(0, 0), 3000).isEmpty()); // once only
}

void TestDrainWatch::dueAtTheDeadlineEvenWithConnections()
{
    DrainWatch watch;
    watch.watch(table(0, 0).services[0].key(), address, 80, 60'000);
    QVERIFY(watch.takeDue(table(0, 5), 59'999).isEmpty());
    QCOMPARE(watch.takeDue(table(0, 5), 60'000).size(), 1);
}

void TestDrainWatch::notDueBeforeTheDrainIsApplied()
{
    DrainWatch watch;
    watch.watch(table(0, 0).services[0].key(), address, 80, 1000);
    // Still at weight 1 in the kernel: neither no connections nor the deadline count.
    QVERIFY(watch.takeDue(table(1, 0), 5000).isEmpty());
    QVERIFY(!watch.isEmpty());
    QCOMPARE(watch.takeDue(table(0, 0), 6000).size(), 1);
}

void TestDrainWatch::forgottenWhenGoneOrForgotten()
{
    DrainWatch watch;
    const ServiceKey key = table(0, 0).services[0].key();
    watch.watch(key, address, 80, 1000);
    QVERIFY(watch.takeDue(IpvsTable{}, 0).isEmpty()); // removed by someone else
    QVERIFY(watch.isEmpty());
    watch.watch(key, address, 80, 1000);
    watch.watch(key, address, 80, 2000); // watched once, with the later deadline
    watch.forget(key, address, 80);
    QVERIFY(watch.isEmpty());
}

QTEST_GUILESS_MAIN(TestDrainWatch)
#include "tst_drainwatch.moc"
