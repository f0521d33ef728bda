// SPDX-License-Identifier: GPL-2.0-or-later
// The detail pane's charts: what is drawn for a service and a real server, in B/s or
// bit/s, over the chosen span, and the share of new connections beside the weights.
#include "detailpane.h"
#include "rulesparser.h"

#include <QBarSet>
#include <QLineSeries>
#include <QTest>

namespace {
const IpAddress first = *IpAddress::parse(u"10.0.1.1");
const IpAddress second = *IpAddress::parse(u"10.0.1.2");

/// wlc over weights 1 and 3; after `seconds` s of 4 new connections a second, split 1:3.
IpvsTable tableAt(int seconds)
{
    IpvsTable table = RulesParser::parse(u"-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -m -w 1\n"
                                         u"-a -t 10.0.0.1:80 -r 10.0.1.2:80 -m -w 3\n")
                          .table;
    VirtualService &service = table.services[0];
    service.findRealServer(first, 80)->stats.connections = std::uint64_t(seconds);
    service.findRealServer(first, 80)->stats.inBytes = std::uint64_t(seconds) * 1000;
    service.findRealServer(second, 80)->stats.connections = std::uint64_t(seconds) * 3;
    service.stats.connections = std::uint64_t(seconds) * 4;
    service.stats.inBytes = std::uint64_t(seconds) * 1000;
    service.stats.outBytes = std::uint64_t(seconds) * 2'500'000;
    return table;
}

RateHistory historyOf(int seconds)
{
    RateHistory history;
    for (int second = 0; second <= seconds; ++second)
        history.record(tableAt(second), second * 1000);
    return history;
}
} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsTheSelectedService();
    void chartsARealServerInBits();
    void theSpanLimitsWhatIsDrawn();
    void sharesOfConnectionsBesideWeights();
    void nothingSelectedOrGone();
};

void TestDetailPane::chartsTheSelectedService()
{
    DetailPane pane;
    const RateHistory history = historyOf(30);
    pane.showService(tableAt(0).services[0].key());
    pane.redraw(history, tableAt(30));
    QCOMPARE(pane.connectionsSeries()->count(), 31);
    // x is seconds before the newest sample; 4 new connections a second after the first.
    QCOMPARE(pane.connectionsSeries()->at(30), QPointF(0, 4));
    QCOMPARE(pane.connectionsSeries()->at(0).x(), -30.0);
    // 2.5 MB/s out is drawn as 2.5 on an MB/s axis.
    QCOMPARE(pane.outSeries()->at(30).y(), 2.5);
    QCOMPARE(pane.throughputAxisTitle(), u"MB/s");
}

void TestDetailPane::chartsARealServerInBits()
{
    DetailPane pane;
    pane.setThroughputInBits(true);
    const RateHistory history = historyOf(10);
    pane.showRealServer(tableAt(0).services[0].key(), first, 80);
    pane.redraw(history, tableAt(10));
    QCOMPARE(pane.connectionsSeries()->at(10).y(), 1.0);
    // 1000 B/s is 8 kbit/s.
    QCOMPARE(pane.inSeries()->at(10).y(), 8.0);
    QCOMPARE(pane.throughputAxisTitle(), u"kbit/s");
}

void TestDetailPane::theSpanLimitsWhatIsDrawn()
{
    DetailPane pane;
    const RateHistory history = historyOf(200);
    pane.showService(tableAt(0).services[0].key());
    pane.setSpan(60'000);
    pane.redraw(history, tableAt(200));
    QCOMPARE(pane.connectionsSeries()->count(), 61);
    pane.setSpan(300'000);
    pane.redraw(history, tableAt(200));
    QCOMPARE(pane.connectionsSeries()->count(), 201);
}

void TestDetailPane::sharesOfConnectionsBesideWeights()
{
    DetailPane pane;
    const RateHistory history = historyOf(20);
    // The same for the service or one of its servers: the service's split.
    pane.showRealServer(tableAt(0).services[0].key(), first, 80);
    pane.redraw(history, tableAt(20));
    // Biggest share on top, which for horizontal bars is the last category.
    QCOMPARE(pane.shareCategories(), (QStringList{u"10.0.1.1:80"_qs, u"10.0.1.2:80"_qs}));
    QCOMPARE(pane.connectionShare()->at(0), 25.0);
    QCOMPARE(pane.connectionShare()->at(1), 75.0);
    QCOMPARE(pane.weightShare()->at(0), 25.0);
    QCOMPARE(pane.weightShare()->at(1), 75.0);
}

void TestDetailPane::nothingSelectedOrGone()
{
    DetailPane pane;
    const RateHistory history = historyOf(5);
    pane.redraw(history, tableAt(5));
    QCOMPARE(pane.connectionsSeries()->count(), 0);
    pane.showService(tableAt(0).services[0].key());
    pane.redraw(history, tableAt(5));
    QCOMPARE(pane.connectionsSeries()->count(), 6);
    // The service was deleted: the pane empties rather than drawing a ghost.
    pane.redraw(RateHistory{}, IpvsTable{});
    QCOMPARE(pane.connectionsSeries()->count(), 0);
    QVERIFY(pane.shareCategories().isEmpty());
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
