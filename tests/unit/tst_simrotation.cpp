// SPDX-License-Identifier: GPL-2.0-or-later
// rr and wrr: the kernel's cursors, steps and restarts, and every scheduler's creation.
#include "simscheduler.h"
#include "simschedulertesting.h"

#include <QTest>

using namespace SchedulerTesting;

class TestRoundRobinSchedulers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySchedulerCanBeCreated();
    void roundRobinWalksNewestFirst();
    void roundRobinSkipsQuiescedAndOverloaded();
    void roundRobinKeepsItsPlaceWhenAServerIsAdded();
    void roundRobinStepsBackWhenItsServerIsRemoved();
    void roundRobinExplains();
    void weightedRoundRobinFromACreatedService();
    void weightedRoundRobinFromIncrementalAdds();
    void weightedRoundRobinUsesTheGcdAsStep();
    void weightedRoundRobinSkipsQuiescedAndOverloaded();
    void weightedRoundRobinRestartsOnChanges();
};

void TestRoundRobinSchedulers::everySchedulerCanBeCreated()
{
    Service service;
    service.add(160, 1);
    for (Scheduler s : Schedulers::all()) {
        auto scheduler = SimScheduler::create(s, 0, service.list);
        QVERIFY2(scheduler, qPrintable(Schedulers::name(s)));
        QCOMPARE(host(scheduler->schedule(service.list, request(), nullptr)), QStringLiteral("160"));
    }
}

void TestRoundRobinSchedulers::roundRobinWalksNewestFirst()
{
    // Added 160, 170, 180 -> list 180, 170, 160; the cursor starts at the head.
    Service service;
    auto scheduler = SimScheduler::create(Scheduler::RoundRobin, 0, {});
    service.scheduler = scheduler.get();
    service.add(160, 1);
    service.add(170, 1);
    service.add(180, 1);
    QCOMPARE(picks(*scheduler, service, 7), QStringList({"180", "170", "160", "180", "170", "160", "180"}));
}

void TestRoundRobinSchedulers::roundRobinSkipsQuiescedAndOverloaded()
{
    Service service;
    auto scheduler = SimScheduler::create(Scheduler::RoundRobin, 0, {});
    service.scheduler = scheduler.get();
    service.add(160, 1);
    SimDestination *d170 = service.add(170, 0); // quiesced
    SimDestination *d180 = service.add(180, 5); // rr ignores the size of a weight
    QCOMPARE(picks(*scheduler, service, 4), QStringList({"180", "160", "180", "160"}));
    // Cursor on 160; 180 overloaded: the walk wraps round to 160 itself.
    d180->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 2), QStringList({"160", "160"}));
    service.list.constLast()->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 1), QStringList({"none"}));
    service.setWeight(d170, 1);
    QCOMPARE(picks(*scheduler, service, 2), QStringList({"170", "170"}));
}

void TestRoundRobinSchedulers::roundRobinKeepsItsPlaceWhenAServerIsAdded()
{
    // 180, 170 picked; the cursor is a pointer to 170, so 190 added at the front is
    // reached only after the walk wraps: 160, 190, 180, 170.
    Service service;
    auto scheduler = SimScheduler::create(Scheduler::RoundRobin, 0, {});
    service.scheduler = scheduler.get();
    service.add(160, 1);
    service.add(170, 1);
    service.add(180, 1);
    QCOMPARE(picks(*scheduler, service, 2), QStringList({"180", "170"}));
    service.add(190, 1);
    QCOMPARE(picks(*scheduler, service, 4), QStringList({"160", "190", "180", "170"}));
}

void TestRoundRobinSchedulers::roundRobinStepsBackWhenItsServerIsRemoved()
{
    Service service;
    auto scheduler = SimScheduler::create(Scheduler::RoundRobin, 0, {});
    service.scheduler = scheduler.get();
    service.add(160, 1);
    SimDestination *d170 = service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    // Cursor on 170; ip_vs_rr_del_dest moves it to 180, its predecessor: next is 160.
    QCOMPARE(picks(*scheduler, service, 2), QStringList({"180", "170"}));
    service.remove(d170);
    QCOMPARE(picks(*scheduler, service, 3), QStringList({"160", "180", "160"}));
    // Cursor on 160 (last); removing 180 (before it) leaves the cursor on 160.
    service.remove(d180);
    service.add(190, 1);
    QCOMPARE(picks(*scheduler, service, 3), QStringList({"190", "160", "190"}));
    // Cursor on 190, the first: removing it puts the cursor at the head, so 160 is next.
    service.remove(service.list.constFirst());
    service.add(200, 1);
    service.add(210, 1); // list 210, 200, 160: 210 and 200 are newer than the head cursor
    QCOMPARE(picks(*scheduler, service, 3), QStringList({"210", "200", "160"}));
}

void TestRoundRobinSchedulers::roundRobinExplains()
{
    Service service;
    auto scheduler = SimScheduler::create(Scheduler::RoundRobin, 0, {});
    service.scheduler = scheduler.get();
    service.add(160, 1);
    service.add(170, 0);
    service.add(180, 1);
    QString why;
    scheduler->schedule(service.list, request(), &why);
    QCOMPARE(why, QStringLiteral("rr chose 192.168.0.180:80: first in the list (newest first)"));
    scheduler->schedule(service.list, request(), &why);
    QCOMPARE(why, QStringLiteral("rr chose 192.168.0.160:80: next in turn after 192.168.0.180:80, "
                                 "skipping 1 quiesced or overloaded"));
}

void TestRoundRobinSchedulers::weightedRoundRobinFromACreatedService()
{
    // List 180(3), 170(2), 160(1): gcd 1, cw starts at mw = 3.
    // cw 3: 180 | cw 2: 180, 170 | cw 1: 180, 170, 160 | again.
    Service service;
    service.add(160, 1);
    service.add(170, 2);
    service.add(180, 3);
    auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
    QCOMPARE(picks(*scheduler, service, 12),
             QStringList({"180", "180", "170", "180", "170", "160", "180", "180", "170", "180", "170", "160"}));
}

void TestRoundRobinSchedulers::weightedRoundRobinFromIncrementalAdds()
{
    // An empty service starts with mw = cw = 0. Adding 160(1) sets cw = mw = 1 (cw
    // was 0); adding 170(2) and 180(3) raises mw but keeps cw = 1. So the first
    // round is the cw = 1 pass (180, 170, 160), then cw restarts at 3.
    Service service;
    auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, {});
    service.scheduler = scheduler.get();
    service.add(160, 1);
    service.add(170, 2);
    service.add(180, 3);
    QCOMPARE(picks(*scheduler, service, 10),
             QStringList({"180", "170", "160", "180", "180", "170", "180", "170", "160", "180"}));
}

void TestRoundRobinSchedulers::weightedRoundRobinUsesTheGcdAsStep()
{
    // A(4), B(2): di = 2, mw = 4 - (2 - 1) = 3. cw 3: A | cw 1: A, B | cw -1 -> 3: A ...
    Service service;
    service.add(2, 2);
    service.add(1, 4);
    auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
    QCOMPARE(picks(*scheduler, service, 6), QStringList({"1", "1", "2", "1", "1", "2"}));
}

void TestRoundRobinSchedulers::weightedRoundRobinSkipsQuiescedAndOverloaded()
{
    Service service;
    service.add(160, 1);
    SimDestination *d170 = service.add(170, 0);
    SimDestination *d180 = service.add(180, 3);
    auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
    // 170 never reaches cw >= 1 with weight 0: cw 3, 2, 1 give 180 and the cw 1 pass adds 160.
    QCOMPARE(picks(*scheduler, service, 8), QStringList({"180", "180", "180", "160", "180", "180", "180", "160"}));

    // mw still counts an overloaded server's weight: 180(3, overloaded), 170(2), 160(1).
    Service other;
    other.add(160, 1);
    other.add(170, 2);
    other.add(180, 3)->overloaded = true;
    auto second = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, other.list);
    // cw 3: nobody | cw 2: 170 | cw 1: 170, 160 | cw 3: nobody | cw 2: 170 ...
    QCOMPARE(picks(*second, other, 8), QStringList({"170", "170", "160", "170", "170", "160", "170", "170"}));

    d180->overloaded = true;
    d170->overloaded = true;
    service.list.constLast()->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 2), QStringList({"none", "none"}));
}

void TestRoundRobinSchedulers::weightedRoundRobinRestartsOnChanges()
{
    {
        // 180(3), 170(2), 160(1): picks 180 (cw 3), 180 (cw 2). 160's weight to 2:
        // restart at the head, cw stays 2 (gcd 1): 180, 170, 160 | cw 1: 180, 170, 160.
        Service service;
        SimDestination *d160 = service.add(160, 1);
        service.add(170, 2);
        service.add(180, 3);
        auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
        service.scheduler = scheduler.get();
        QCOMPARE(picks(*scheduler, service, 2), QStringList({"180", "180"}));
        service.setWeight(d160, 2);
        QCOMPARE(picks(*scheduler, service, 10),
                 QStringList({"180", "170", "160", "180", "170", "160", "180", "180", "170", "160"}));
    }
    {
        // Picks 180, 180, 170 (cw 2, cursor 170). Removing 170: head, cw 2:
        // 180 | cw 1: 180, 160 | cw 3: 180 | cw 2: 180 | cw 1: 180, 160.
        Service service;
        service.add(160, 1);
        SimDestination *d170 = service.add(170, 2);
        service.add(180, 3);
        auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
        service.scheduler = scheduler.get();
        QCOMPARE(picks(*scheduler, service, 3), QStringList({"180", "180", "170"}));
        service.remove(d170);
        QCOMPARE(picks(*scheduler, service, 8), QStringList({"180", "180", "160", "180", "180", "180", "160", "180"}));
    }
    {
        // 1(4), 2(2): di 2, mw 3. Picks 1 (cw 3), 1 (cw 1). Adding 3(3): gcd 1, mw 4,
        // cw stays 1: 3, 1, 2 | cw 4: 1 | cw 3: 3, 1 | cw 2: 3, 1, 2 | cw 1: 3 ...
        Service service;
        service.add(2, 2);
        service.add(1, 4);
        auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
        service.scheduler = scheduler.get();
        QCOMPARE(picks(*scheduler, service, 2), QStringList({"1", "1"}));
        service.add(3, 3);
        QCOMPARE(picks(*scheduler, service, 10), QStringList({"3", "1", "2", "1", "3", "1", "3", "1", "2", "3"}));
    }
    {
        // 1(3), 2(2): picks 1 (cw 3), 1 (cw 2). 1's weight to 4: gcd 2, mw 3, and cw 2
        // is realigned to (2 / 2) * 2 + 1 = 3: 1 | cw 1: 1, 2 | again.
        Service service;
        service.add(2, 2);
        SimDestination *one = service.add(1, 3);
        auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
        service.scheduler = scheduler.get();
        QCOMPARE(picks(*scheduler, service, 2), QStringList({"1", "1"}));
        service.setWeight(one, 4);
        QCOMPARE(picks(*scheduler, service, 6), QStringList({"1", "1", "2", "1", "1", "2"}));
    }
    {
        Service service;
        SimDestination *only = service.add(160, 0);
        auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
        service.scheduler = scheduler.get();
        QCOMPARE(picks(*scheduler, service, 1), QStringList({"none"}));
        service.setWeight(only, 1);
        QCOMPARE(picks(*scheduler, service, 2), QStringList({"160", "160"}));
    }
}

QTEST_GUILESS_MAIN(TestRoundRobinSchedulers)
#include "tst_simrotation.moc"
