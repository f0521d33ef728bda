// SPDX-License-Identifier: GPL-2.0-or-later
// lc, wlc, sed, nq, fo, ovf and twos: loads, products, ties and explanations.
#include "simscheduler.h"
#include "simschedulertesting.h"

#include <QTest>

using namespace SchedulerTesting;

class TestLeastConnectionSchedulers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void leastConnectionCountsTotalConnections();
    void leastConnectionSkipsQuiescedAndOverloaded();
    void weightedLeastConnectionComparesProducts();
    void weightedLeastConnectionExplains();
    void shortestExpectedDelayCountsTheNewConnection();
    void neverQueueTakesTheFirstIdleServer();
    void failoverTakesTheHighestWeight();
    void overflowMovesOnAboveTheWeight();
    void twoRandomChoicesIsRepeatableAndRespectsWeights();
    void noExplanationWithoutAskingAndAlwaysOneWithIt();
};

void TestLeastConnectionSchedulers::leastConnectionCountsTotalConnections()
{
    // 6.1.192's overhead is active * 256 + total: one active connection (257) is
    // heavier than 256 inactive ones (256). With the older active * 256 + inactive it
    // would be a tie, won by the first (180).
    Service service;
    SimDestination *d170 = service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    setActive(d180, 1);
    setActive(d170, 0, 256);
    auto scheduler = SimScheduler::create(Scheduler::LeastConnection, 0, service.list);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"170"}));
    // A tie goes to the first in the list.
    setActive(d170, 1);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"180"}));
    // lc ignores the weight's size.
    service.setWeight(d180, 100);
    setActive(d180, 2);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"170"}));
}

void TestLeastConnectionSchedulers::leastConnectionSkipsQuiescedAndOverloaded()
{
    Service service;
    SimDestination *d160 = service.add(160, 1);
    SimDestination *d170 = service.add(170, 0);
    SimDestination *d180 = service.add(180, 1);
    setActive(d160, 5);
    setActive(d180, 3);
    auto scheduler = SimScheduler::create(Scheduler::LeastConnection, 0, service.list);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"180"})); // 170 idle but quiesced
    d180->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"160"}));
    d160->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"none"}));
    Q_UNUSED(d170);
}

void TestLeastConnectionSchedulers::weightedLeastConnectionComparesProducts()
{
    {
        // 180(w1, 2 active: 514), 170(w2, 3 active: 771): 514 * 2 > 771 * 1, so 170.
        Service service;
        setActive(service.add(170, 2), 3);
        setActive(service.add(180, 1), 2);
        auto scheduler = SimScheduler::create(Scheduler::WeightedLeastConnection, 0, service.list);
        QCOMPARE(picks(*scheduler, service, 1), QStringList({"170"}));
    }
    {
        // 180(w1, 257), 170(w2, 514): 257 * 2 == 514 * 1, a tie stays with the first.
        Service service;
        setActive(service.add(170, 2), 2);
        setActive(service.add(180, 1), 1);
        auto scheduler = SimScheduler::create(Scheduler::WeightedLeastConnection, 0, service.list);
        QCOMPARE(picks(*scheduler, service, 1), QStringList({"180"}));
    }
    {
        // The first candidate must have a weight: idle 180(w0) is skipped, 170 starts.
        // A later weight-0 server compares loh * 0 > doh * w: never true.
        Service service;
        service.add(160, 0);
        setActive(service.add(170, 1), 4);
        service.add(180, 0);
        auto scheduler = SimScheduler::create(Scheduler::WeightedLeastConnection, 0, service.list);
        QCOMPARE(picks(*scheduler, service, 1), QStringList({"170"}));
        service.list.at(1)->overloaded = true;
        QCOMPARE(picks(*scheduler, service, 1), QStringList({"none"}));
    }
}

void TestLeastConnectionSchedulers::weightedLeastConnectionExplains()
{
    Service service;
    setActive(service.add(160, 1), 3);
    setActive(service.add(170, 2), 2);
    auto scheduler = SimScheduler::create(Scheduler::WeightedLeastConnection, 0, service.list);
    QString why;
    SimDestination *chosen = scheduler->schedule(service.list, request(), &why);
    QCOMPARE(host(chosen), QStringLiteral("170"));
    QCOMPARE(why, QStringLiteral("wlc chose 192.168.0.170:80: overhead 514/2 beats 771/1 for 192.168.0.160:80"));
}

void TestLeastConnectionSchedulers::shortestExpectedDelayCountsTheNewConnection()
{
    // 180(w1, 0 active: 1), 170(w3, 2 active: 3): 1 * 3 == 3 * 1, tie -> 180.
    Service service;
    SimDestination *d170 = service.add(170, 3);
    service.add(180, 1);
    setActive(d170, 2);
    auto scheduler = SimScheduler::create(Scheduler::ShortestExpectedDelay, 0, service.list);
    service.scheduler = scheduler.get();
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"180"}));
    // Weight 4: 1 * 4 > 3 * 1 -> 170. Inactive connections do not count for sed.
    service.setWeight(d170, 4);
    d170->inactiveConnections = 1000;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"170"}));
}

void TestLeastConnectionSchedulers::neverQueueTakesTheFirstIdleServer()
{
    Service service;
    SimDestination *d160 = service.add(160, 10);
    SimDestination *d170 = service.add(170, 5);
    SimDestination *d180 = service.add(180, 1);
    setActive(d180, 3);
    auto scheduler = SimScheduler::create(Scheduler::NeverQueue, 0, service.list);
    // 170 and 160 are idle: the first idle one wins, whatever the weights.
    QString why;
    QCOMPARE(host(scheduler->schedule(service.list, request(), &why)), QStringLiteral("170"));
    QCOMPARE(why, QStringLiteral("nq chose 192.168.0.170:80: it is idle (no active connection)"));
    // Nobody idle: (a+1)/w = 4/1, 2/5, 3/10 -> 160.
    setActive(d170, 1);
    setActive(d160, 2);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"160"}));
    // An idle but quiesced or overloaded server does not count.
    setActive(d170, 0);
    d170->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"160"}));
}

void TestLeastConnectionSchedulers::failoverTakesTheHighestWeight()
{
    Service service;
    SimDestination *d160 = service.add(160, 5);
    SimDestination *d170 = service.add(170, 5);
    SimDestination *d180 = service.add(180, 2);
    auto scheduler = SimScheduler::create(Scheduler::WeightedFailover, 0, service.list);
    // 170 and 160 tie at 5: the first in the list (170) wins; connections do not matter.
    setActive(d170, 1000);
    QCOMPARE(picks(*scheduler, service, 2), QStringList({"170", "170"}));
    d170->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"160"}));
    d160->weight = 0;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"180"}));
    d180->weight = 0;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"none"}));
}

void TestLeastConnectionSchedulers::overflowMovesOnAboveTheWeight()
{
    Service service;
    SimDestination *d160 = service.add(160, 1);
    SimDestination *d170 = service.add(170, 3);
    SimDestination *d180 = service.add(180, 3);
    auto scheduler = SimScheduler::create(Scheduler::WeightedOverflow, 0, service.list);
    // 180 and 170 tie at 3: the first wins while its active connections do not exceed 3.
    setActive(d180, 3);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"180"}));
    setActive(d180, 4);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"170"}));
    setActive(d170, 4);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"160"}));
    setActive(d160, 2);
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"none"}));
    setActive(d170, 0);
    d170->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"none"}));
}

void TestLeastConnectionSchedulers::twoRandomChoicesIsRepeatableAndRespectsWeights()
{
    Service service;
    service.add(160, 1);
    service.add(170, 0);
    service.add(180, 3);
    auto first = SimScheduler::create(Scheduler::TwoRandomChoices, 0, service.list, 42);
    auto second = SimScheduler::create(Scheduler::TwoRandomChoices, 0, service.list, 42);
    const QStringList run = picks(*first, service, 200);
    QCOMPARE(picks(*second, service, 200), run);
    QVERIFY(!run.contains(QStringLiteral("170")));
    // With equal (zero) load the first draw wins, drawn 3:1 by weight (plus the
    // inclusive upper end, which lands on the last server: 160).
    const auto on180 = run.count(QStringLiteral("180"));
    QVERIFY2(on180 > 110 && on180 < 180, qPrintable(QString::number(on180)));
    // Load counts: 180 busy, 160 idle -> whenever 160 is drawn it wins.
    setActive(service.list.at(0), 10);
    const QStringList loaded = picks(*first, service, 200);
    QVERIFY(loaded.count(QStringLiteral("160")) > run.count(QStringLiteral("160")));
    for (SimDestination *d : std::as_const(service.list))
        d->overloaded = true;
    QCOMPARE(picks(*first, service, 1), QStringList({"none"}));
}

void TestLeastConnectionSchedulers::noExplanationWithoutAskingAndAlwaysOneWithIt()
{
    Service service;
    service.add(160, 1);
    service.add(170, 2);
    for (Scheduler s : Schedulers::all()) {
        auto scheduler = SimScheduler::create(s, 0, service.list);
        QString why;
        scheduler->schedule(service.list, request(), &why);
        QVERIFY2(why.startsWith(Schedulers::name(s) + QLatin1Char(' ')), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral(" chose 192.168.0.")), qPrintable(why));
        // A fresh one: lblc's cache would still (rightly) serve the address.
        scheduler = SimScheduler::create(s, 0, service.list);
        for (SimDestination *d : std::as_const(service.list))
            d->overloaded = true;
        scheduler->schedule(service.list, request(), &why);
        QVERIFY2(why.startsWith(Schedulers::name(s) + QStringLiteral(" found no server")), qPrintable(why));
        for (SimDestination *d : std::as_const(service.list))
            d->overloaded = false;
    }
}

QTEST_GUILESS_MAIN(TestLeastConnectionSchedulers)
#include "tst_simleastconnection.moc"
