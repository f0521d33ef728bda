// SPDX-License-Identifier: GPL-2.0-or-later
// The detail pane's history: rates from counter deltas, a bounded memory, rows leaving
// with their service, and shares counted from the connection counters.
#include "ratehistory.h"
#include "rulesparser.h"

#include <QTest>

namespace {
IpvsTable twoServers()
{
    return RulesParser::parse(u"-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -m -w 1\n"
                              u"-a -t 10.0.0.1:80 -r 10.0.1.2:80 -m -w 3\n")
        .table;
}

/// The table with these connection and byte totals on 10.0.1.1 (and `second`
/// connections on 10.0.1.2), and the service's as the kernel sums them.
IpvsTable withCounters(std::uint64_t connections, std::uint64_t inBytes, std::uint64_t second = 0)
{
    IpvsTable table = twoServers();
    VirtualService &service = table.services[0];
    RealServer *first = service.findRealServer(*IpAddress::parse(u"10.0.1.1"), 80);
    first->stats.connections = connections;
    first->stats.inBytes = inBytes;
    service.findRealServer(*IpAddress::parse(u"10.0.1.2"), 80)->stats.connections = second;
    service.stats.connections = connections + second;
    service.stats.inBytes = inBytes;
    return table;
}
} // namespace

class TestRateHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratesComeFromCounterDeltas();
    void theFirstSampleIsTheKernelsEstimate();
    void aZeroedCounterCountsFromZero();
    void oldSamplesLeaveAfterTheWindow();
    void manyRowsShareTheBudget();
    void aRowLeavesWithItsService();
    void newConnectionsOverASpan();
};

void TestRateHistory::ratesComeFromCounterDeltas()
{
    RateHistory history;
    history.record(withCounters(100, 5000), 0);
    history.record(withCounters(130, 9000), 2000); // 30 in 2 s, 4000 B in 2 s
    const RateHistory::Samples *server = history.realServer(twoServers().services[0].key(),
                                                            *IpAddress::parse(u"10.0.1.1"), 80);
    QVERIFY(server);
    QCOMPARE(server->size(), size_t(2));
    QCOMPARE(server->back().connectionsPerSecond, 15.0);
    QCOMPARE(server->back().inBytesPerSecond, 2000.0);
    QCOMPARE(server->back().timestampMs, 2000);
    const RateHistory::Samples *service = history.service(twoServers().services[0].key());
    QVERIFY(service);
    QCOMPARE(service->back().connectionsPerSecond, 15.0);
}

void TestRateHistory::theFirstSampleIsTheKernelsEstimate()
{
    IpvsTable table = withCounters(100, 0);
    table.services[0].stats.connectionsPerSecond = 12;
    table.services[0].stats.outBytesPerSecond = 3400;
    RateHistory history;
    history.record(table, 500);
    const RateHistory::Samples *service = history.service(table.services[0].key());
    QCOMPARE(service->size(), size_t(1));
    QCOMPARE(service->front().connectionsPerSecond, 12.0);
    QCOMPARE(service->front().outBytesPerSecond, 3400.0);
}

void TestRateHistory::aZeroedCounterCountsFromZero()
{
    RateHistory history;
    history.record(withCounters(1000, 0), 0);
    history.record(withCounters(20, 0), 1000); // ipvsadm -Z, then 20 new
    const RateHistory::Samples *service = history.service(twoServers().services[0].key());
    QCOMPARE(service->back().connectionsPerSecond, 20.0);
}

void TestRateHistory::oldSamplesLeaveAfterTheWindow()
{
    RateHistory history(10'000);
    for (int second = 0; second <= 30; ++second)
        history.record(withCounters(std::uint64_t(second) * 5, 0), second * 1000);
    const RateHistory::Samples *service = history.service(twoServers().services[0].key());
    QCOMPARE(service->front().timestampMs, 20'000); // 10 s back from 30 s
    QCOMPARE(service->size(), size_t(11));
}

void TestRateHistory::manyRowsShareTheBudget()
{
    // 3 rows, 30 samples between them: 10 each.
    RateHistory history(3'600'000, 30);
    for (int second = 0; second < 50; ++second)
        history.record(withCounters(std::uint64_t(second), 0), second * 1000);
    QCOMPARE(history.samplesPerRow(), size_t(10));
    const RateHistory::Samples *service = history.service(twoServers().services[0].key());
    QCOMPARE(service->size(), size_t(10));
    QCOMPARE(service->back().timestampMs, 49'000);
    // Never fewer than two, or no rate could be drawn.
    RateHistory tiny(3'600'000, 1);
    tiny.record(withCounters(0, 0), 0);
    tiny.record(withCounters(1, 0), 1000);
    tiny.record(withCounters(2, 0), 2000);
    QCOMPARE(tiny.service(twoServers().services[0].key())->size(), size_t(2));
}

void TestRateHistory::aRowLeavesWithItsService()
{
    RateHistory history;
    const IpvsTable table = withCounters(1, 0);
    history.record(table, 0);
    IpvsTable fewer = table;
    fewer.services[0].realServers.removeIf([](const RealServer &server) { return server.endpoint() == u"10.0.1.2:80"; });
    history.record(fewer, 1000);
    const ServiceKey key = table.services[0].key();
    QVERIFY(history.realServer(key, *IpAddress::parse(u"10.0.1.1"), 80));
    QVERIFY(!history.realServer(key, *IpAddress::parse(u"10.0.1.2"), 80));
    history.record(IpvsTable{}, 2000);
    QVERIFY(!history.service(key));
    QVERIFY(!history.realServer(key, *IpAddress::parse(u"10.0.1.1"), 80));
}

void TestRateHistory::newConnectionsOverASpan()
{
    RateHistory history;
    // 10 new connections a second for a minute, then 50 a second for 10 s.
    std::uint64_t total = 0;
    for (int second = 0; second <= 70; ++second) {
        history.record(withCounters(total, 0), second * 1000);
        total += second < 60 ? 10 : 50;
    }
    const RateHistory::Samples *server = history.realServer(twoServers().services[0].key(),
                                                            *IpAddress::parse(u"10.0.1.1"), 80);
    QCOMPARE(RateHistory::newConnections(*server, 10'000), std::uint64_t(10 * 50));
    QCOMPARE(RateHistory::newConnections(*server, 20'000), std::uint64_t(10 * 50 + 10 * 10));
    QCOMPARE(RateHistory::newConnections(*server, 3'600'000), std::uint64_t(60 * 10 + 10 * 50));
    QCOMPARE(RateHistory::newConnections(RateHistory::Samples{}, 1000), std::uint64_t(0));
}

QTEST_GUILESS_MAIN(TestRateHistory)
#include "tst_ratehistory.moc"
