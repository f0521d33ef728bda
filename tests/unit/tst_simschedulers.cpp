// SPDX-License-Identifier: GPL-2.0-or-later
// The expected picks below were worked out by hand from the Debian 12 kernel's
// (6.1.192) net/netfilter/ipvs/ip_vs_*.c; the hash values (sh, dh, mh) from a separate
// Python transcription of the kernel's arithmetic, checked against the SipHash test
// vectors of lib/test_siphash.c.
#include "schedulers/destinationhashing.h"
#include "schedulers/kernelhash.h"
#include "schedulers/localitybased.h"
#include "schedulers/maglevhashing.h"
#include "schedulers/sourcehashing.h"
#include "simscheduler.h"

#include <QTest>

#include <memory>
#include <vector>

namespace {
IpAddress ip(const char *text)
{
    return *IpAddress::parse(QString::fromLatin1(text));
}

/// A service's destination list as the kernel keeps it: newest first.
struct Service {
    std::vector<std::unique_ptr<SimDestination>> owned;
    SimDestinations list;
    SimScheduler *scheduler = nullptr;

    /// 192.168.0.<host>:80, added at the front like list_add_rcu, with the add_dest hook.
    SimDestination *add(int host, int weight)
    {
        auto d = std::make_unique<SimDestination>();
        d->address = IpAddress::fromV4(0xc0a80000u | std::uint32_t(host));
        d->port = 80;
        d->weight = weight;
        list.prepend(d.get());
        owned.push_back(std::move(d));
        if (scheduler)
            scheduler->destinationAdded(list, list.constFirst());
        return list.constFirst();
    }
    void remove(SimDestination *d)
    {
        const int index = int(list.indexOf(d));
        list.removeAt(index);
        if (scheduler)
            scheduler->destinationRemoved(list, d, index);
    }
    void setWeight(SimDestination *d, int weight)
    {
        d->weight = weight;
        if (scheduler)
            scheduler->destinationUpdated(list, d);
    }
};

QString host(const SimDestination *d)
{
    return d ? QString::number(d->address.v4() & 0xff) : QStringLiteral("none");
}

SchedulingRequest request(const char *source = "10.0.0.7", std::uint16_t sourcePort = 40000,
                          const char *destination = "192.168.10.254", std::int64_t nowMs = 0)
{
    SchedulingRequest r;
    r.source = ip(source);
    r.sourcePort = sourcePort;
    r.destination = ip(destination);
    r.destinationPort = 80;
    r.nowMs = nowMs;
    return r;
}

QStringList picks(SimScheduler &scheduler, const Service &service, int count,
                  const SchedulingRequest &r = request())
{
    QStringList result;
    for (int i = 0; i < count; ++i)
        result.append(host(scheduler.schedule(service.list, r, nullptr)));
    return result;
}

void setActive(SimDestination *d, std::uint32_t active, std::uint32_t inactive = 0)
{
    d->activeConnections = active;
    d->inactiveConnections = inactive;
}
} // namespace

class TestSimSchedulers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySchedulerCanBeCreated();
    void kernelHashArithmetic();
    void hsiphashMatchesTheKernelTestVectors_data();
    void hsiphashMatchesTheKernelTestVectors();

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

    void leastConnectionCountsTotalConnections();
    void leastConnectionSkipsQuiescedAndOverloaded();
    void weightedLeastConnectionComparesProducts();
    void weightedLeastConnectionExplains();
    void shortestExpectedDelayCountsTheNewConnection();
    void neverQueueTakesTheFirstIdleServer();

    void sourceHashingTableFollowsWeights();
    void sourceHashingPicksByClient_data();
    void sourceHashingPicksByClient();
    void sourceHashingFallback();
    void sourceHashingRebuildsOnChanges();

    void destinationHashingPicksByDestination_data();
    void destinationHashingPicksByDestination();

    void maglevPermutationAndTable();
    void maglevPicksByClient_data();
    void maglevPicksByClient();
    void maglevTableFollowsWeights();
    void maglevKeepsQuiescedServersInTheTable();
    void maglevRemovalMovesLittleElse();

    void localityKeepsTheCachedServer();
    void localityReplacesAnOverloadedServer();
    void localityIgnoresRemovedServersUntilTheyReturn();
    void localityEntriesExpireAfterADay();
    void localityTableIsBounded();
    void replicatedSetGrowsUnderLoad();
    void replicatedSetShrinksWhenUnchanged();

    void failoverTakesTheHighestWeight();
    void overflowMovesOnAboveTheWeight();
    void twoRandomChoicesIsRepeatableAndRespectsWeights();
    void noExplanationWithoutAskingAndAlwaysOneWithIt();
};

void TestSimSchedulers::everySchedulerCanBeCreated()
{
    Service service;
    service.add(160, 1);
    for (Scheduler s : Schedulers::all()) {
        auto scheduler = SimScheduler::create(s, 0, service.list);
        QVERIFY2(scheduler, qPrintable(Schedulers::name(s)));
        QCOMPARE(host(scheduler->schedule(service.list, request(), nullptr)), QStringLiteral("160"));
    }
}

void TestSimSchedulers::kernelHashArithmetic()
{
    // hash_32(0x0a000007, 8) = (0x0a000007 * 0x61c88647 mod 2^32) >> 24.
    QCOMPARE(KernelHash::hash32(0x0a000007u, 8), 114u);
    QCOMPARE(KernelHash::foldedAddress(ip("10.0.0.7")), 0x0a000007u);
    // 2001:0db8:0000:...:0010 folds to 0x20010db8 ^ 0x10.
    QCOMPARE(KernelHash::foldedAddress(ip("2001:db8::10")), 0x20010da8u);
    QCOMPARE(KernelHash::fls(0), 0);
    QCOMPARE(KernelHash::fls(1000), 10);
    QCOMPARE(KernelHash::gcd(12, 18), 6);
}

void TestSimSchedulers::hsiphashMatchesTheKernelTestVectors_data()
{
    // lib/test_siphash.c, 64-bit: key 00..0f, input bytes 00..len-1.
    QTest::addColumn<int>("length");
    QTest::addColumn<uint>("expected");
    QTest::newRow("empty") << 0 << 0x050fc4dcu;
    QTest::newRow("one byte") << 1 << 0x7d57ca93u;
    QTest::newRow("four bytes, mh's case") << 4 << 0x88d38328u;
    QTest::newRow("seven bytes") << 7 << 0x9bb11140u;
    QTest::newRow("one word") << 8 << 0x8d299a8eu;
    QTest::newRow("word and a byte") << 9 << 0x6c063de4u;
    QTest::newRow("two words") << 16 << 0x7d908b66u;
    QTest::newRow("63 bytes") << 63 << 0xb7bbb3a8u;
}

void TestSimSchedulers::hsiphashMatchesTheKernelTestVectors()
{
    QFETCH(int, length);
    QFETCH(uint, expected);
    std::uint8_t data[64];
    for (int i = 0; i < 64; ++i)
        data[i] = std::uint8_t(i);
    const KernelHash::HsipKey key{0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL};
    QCOMPARE(KernelHash::hsiphash(data, std::size_t(length), key), expected);
    if (length == 4)
        QCOMPARE(KernelHash::hsiphash(0x03020100u, key), expected);
}

void TestSimSchedulers::roundRobinWalksNewestFirst()
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

void TestSimSchedulers::roundRobinSkipsQuiescedAndOverloaded()
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

void TestSimSchedulers::roundRobinKeepsItsPlaceWhenAServerIsAdded()
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

void TestSimSchedulers::roundRobinStepsBackWhenItsServerIsRemoved()
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

void TestSimSchedulers::roundRobinExplains()
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

void TestSimSchedulers::weightedRoundRobinFromACreatedService()
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

void TestSimSchedulers::weightedRoundRobinFromIncrementalAdds()
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

void TestSimSchedulers::weightedRoundRobinUsesTheGcdAsStep()
{
    // A(4), B(2): di = 2, mw = 4 - (2 - 1) = 3. cw 3: A | cw 1: A, B | cw -1 -> 3: A ...
    Service service;
    service.add(2, 2);
    service.add(1, 4);
    auto scheduler = SimScheduler::create(Scheduler::WeightedRoundRobin, 0, service.list);
    QCOMPARE(picks(*scheduler, service, 6), QStringList({"1", "1", "2", "1", "1", "2"}));
}

void TestSimSchedulers::weightedRoundRobinSkipsQuiescedAndOverloaded()
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

void TestSimSchedulers::weightedRoundRobinRestartsOnChanges()
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

void TestSimSchedulers::leastConnectionCountsTotalConnections()
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

void TestSimSchedulers::leastConnectionSkipsQuiescedAndOverloaded()
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

void TestSimSchedulers::weightedLeastConnectionComparesProducts()
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

void TestSimSchedulers::weightedLeastConnectionExplains()
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

void TestSimSchedulers::shortestExpectedDelayCountsTheNewConnection()
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

void TestSimSchedulers::neverQueueTakesTheFirstIdleServer()
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

void TestSimSchedulers::sourceHashingTableFollowsWeights()
{
    // List 170(2), 160(1): buckets 170, 170, 160, 170, 170, 160 ... = 171 and 85.
    Service service;
    service.add(160, 1);
    service.add(170, 2);
    SourceHashingScheduler sh(0, service.list);
    QCOMPARE(host(sh.buckets()[0]), QStringLiteral("170"));
    QCOMPARE(host(sh.buckets()[1]), QStringLiteral("170"));
    QCOMPARE(host(sh.buckets()[2]), QStringLiteral("160"));
    QCOMPARE(std::count(sh.buckets().cbegin(), sh.buckets().cend(), service.list.at(0)), 171);
    QCOMPARE(std::count(sh.buckets().cbegin(), sh.buckets().cend(), service.list.at(1)), 85);

    // Weight 0 still takes one bucket per round: 180(0), 170(2), 160(1) -> 64/128/64.
    Service quiesced;
    quiesced.add(160, 1);
    quiesced.add(170, 2);
    quiesced.add(180, 0);
    SourceHashingScheduler withZero(0, quiesced.list);
    QCOMPARE(std::count(withZero.buckets().cbegin(), withZero.buckets().cend(), quiesced.list.at(0)), 64);
    QCOMPARE(std::count(withZero.buckets().cbegin(), withZero.buckets().cend(), quiesced.list.at(1)), 128);
}

void TestSimSchedulers::sourceHashingPicksByClient_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("usePort");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QString>("server");
    // With table 170, 170, 160 repeating, bucket b holds 160 when b % 3 == 2.
    QTest::newRow("10.0.0.7") << "10.0.0.7" << false << 114 << "170";
    QTest::newRow("10.0.0.8") << "10.0.0.8" << false << 212 << "160";
    QTest::newRow("10.0.0.9") << "10.0.0.9" << false << 54 << "170";
    QTest::newRow("192.168.10.10") << "192.168.10.10" << false << 5 << "160";
    QTest::newRow("IPv6 folds its words") << "2001:db8::10" << false << 192 << "170";
    // sh-port: hash_32(40000 + address).
    QTest::newRow("10.0.0.7 port 40000") << "10.0.0.7" << true << 22 << "170";
    QTest::newRow("10.0.0.9 port 40000") << "10.0.0.9" << true << 218 << "160";
    QTest::newRow("172.16.5.20 port 40000") << "172.16.5.20" << true << 74 << "160";
}

void TestSimSchedulers::sourceHashingPicksByClient()
{
    QFETCH(QString, source);
    QFETCH(bool, usePort);
    QFETCH(int, bucket);
    QFETCH(QString, server);
    Service service;
    service.add(160, 1);
    service.add(170, 2);
    auto scheduler = SimScheduler::create(Scheduler::SourceHashing, usePort ? std::uint32_t(SchedulerFlag2) : 0u, service.list);
    SchedulingRequest r = request();
    r.source = *IpAddress::parse(source);
    QCOMPARE(SourceHashingScheduler::bucketFor(r.source, usePort ? 40000 : 0), bucket);
    QString why;
    QCOMPARE(host(scheduler->schedule(service.list, r, &why)), server);
    QVERIFY2(why.endsWith(QStringLiteral(" hashes to bucket %1").arg(bucket)), qPrintable(why));
    // The same client always lands on the same server.
    QCOMPARE(picks(*scheduler, service, 3, r), QStringList({server, server, server}));
}

void TestSimSchedulers::sourceHashingFallback()
{
    // 170 quiesced. Without sh-fallback its clients get no server. With it, the probe
    // starts at bucket 2 * home: 10.0.0.7 (home 114) probes 228 (170), 229 (170),
    // 230 (160); 10.0.0.9 (home 54) probes 108 (170), 109 (170), 110 (160).
    Service service;
    service.add(160, 1);
    SimDestination *d170 = service.add(170, 2);
    auto plain = SimScheduler::create(Scheduler::SourceHashing, 0, service.list);
    auto fallback = SimScheduler::create(Scheduler::SourceHashing, SchedulerFlag1, service.list);
    d170->weight = 0; // as the kernel, the table is rebuilt only by the hooks
    QCOMPARE(picks(*plain, service, 1, request("10.0.0.7")), QStringList({"none"}));
    QCOMPARE(picks(*plain, service, 1, request("10.0.0.8")), QStringList({"160"}));
    QString why;
    QCOMPARE(host(fallback->schedule(service.list, request("10.0.0.7"), &why)), QStringLiteral("160"));
    QVERIFY2(why.endsWith(QStringLiteral("fallback found bucket 230")), qPrintable(why));
    fallback->schedule(service.list, request("10.0.0.9"), &why);
    QVERIFY2(why.endsWith(QStringLiteral("fallback found bucket 110")), qPrintable(why));
    service.list.constLast()->overloaded = true;
    QCOMPARE(picks(*fallback, service, 1, request("10.0.0.7")), QStringList({"none"}));
}

void TestSimSchedulers::sourceHashingRebuildsOnChanges()
{
    Service service;
    SourceHashingScheduler sh(0, {});
    service.scheduler = &sh;
    QCOMPARE(picks(sh, service, 1), QStringList({"none"}));
    service.add(160, 1);
    SimDestination *d170 = service.add(170, 1);
    // 170, 160 alternate: bucket 114 (10.0.0.7) is even -> 170.
    QCOMPARE(picks(sh, service, 1), QStringList({"170"}));
    service.setWeight(d170, 2); // 170, 170, 160: 114 % 3 == 0 -> 170; 212 % 3 == 2 -> 160
    QCOMPARE(picks(sh, service, 1, request("10.0.0.8")), QStringList({"160"}));
    service.remove(d170);
    QCOMPARE(picks(sh, service, 2, request("10.0.0.7")), QStringList({"160", "160"}));
}

void TestSimSchedulers::destinationHashingPicksByDestination_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QString>("server");
    // List 180, 170, 160 -> bucket b holds list[b % 3]; weights play no part.
    QTest::newRow("192.168.10.254") << "192.168.10.254" << 56 << "160";
    QTest::newRow("10.1.1.1") << "10.1.1.1" << 118 << "170";
    QTest::newRow("10.1.1.2") << "10.1.1.2" << 216 << "180";
    QTest::newRow("IPv6") << "2001:db8::1" << 63 << "180";
}

void TestSimSchedulers::destinationHashingPicksByDestination()
{
    QFETCH(QString, destination);
    QFETCH(int, bucket);
    QFETCH(QString, server);
    Service service;
    SimDestination *d160 = service.add(160, 1);
    service.add(170, 5);
    service.add(180, 1);
    auto scheduler = SimScheduler::create(Scheduler::DestinationHashing, 0, service.list);
    SchedulingRequest r = request();
    r.destination = *IpAddress::parse(destination);
    QCOMPARE(DestinationHashingScheduler::bucketFor(r.destination), bucket);
    QCOMPARE(picks(*scheduler, service, 2, r), QStringList({server, server}));
    // The client does not matter.
    r.source = ip("172.16.0.1");
    QCOMPARE(picks(*scheduler, service, 1, r), QStringList({server}));
    // A quiesced or overloaded server in the bucket means no server; no fallback.
    d160->weight = 0;
    service.list.at(0)->overloaded = true;
    QCOMPARE(picks(*scheduler, service, 1, r),
             QStringList({server == QLatin1String("170") ? server : QStringLiteral("none")}));
}

void TestSimSchedulers::maglevPermutationAndTable()
{
    // offset = hsiphash(port + addr, key1) % 4093, skip = hsiphash(.., key2) % 4092 + 1:
    // 180: 2537/2661, 170: 2067/2062, 160: 3563/1409. With weight 1 each, turns of one
    // slot each fill 4093 slots as 1365/1364/1364 (180 goes first and takes the odd one).
    Service service;
    service.add(160, 1);
    service.add(170, 1);
    service.add(180, 1);
    MaglevHashingScheduler mh(0, service.list);
    QCOMPARE(int(mh.lookup().size()), 4093);
    QCOMPARE(host(mh.lookup()[2537]), QStringLiteral("180")); // each server's first choice
    QCOMPARE(host(mh.lookup()[2067]), QStringLiteral("170"));
    QCOMPARE(host(mh.lookup()[3563]), QStringLiteral("160"));
    QCOMPARE(std::count(mh.lookup().cbegin(), mh.lookup().cend(), service.list.at(0)), 1365);
    QCOMPARE(std::count(mh.lookup().cbegin(), mh.lookup().cend(), service.list.at(1)), 1364);
    QCOMPARE(std::count(mh.lookup().cbegin(), mh.lookup().cend(), service.list.at(2)), 1364);
}

void TestSimSchedulers::maglevPicksByClient_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("usePort");
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("server");
    QTest::newRow("10.0.0.7") << "10.0.0.7" << false << 754 << "180";
    QTest::newRow("10.0.0.8") << "10.0.0.8" << false << 2959 << "160";
    QTest::newRow("10.0.0.3") << "10.0.0.3" << false << 3741 << "170";
    QTest::newRow("192.168.10.10") << "192.168.10.10" << false << 2131 << "180";
    QTest::newRow("IPv6") << "2001:db8::10" << false << 897 << "180";
    QTest::newRow("10.0.0.8 port 40000") << "10.0.0.8" << true << 2352 << "180";
    QTest::newRow("10.0.0.9 port 40000") << "10.0.0.9" << true << 405 << "170";
}

void TestSimSchedulers::maglevPicksByClient()
{
    QFETCH(QString, source);
    QFETCH(bool, usePort);
    QFETCH(int, slot);
    QFETCH(QString, server);
    Service service;
    service.add(160, 1);
    service.add(170, 1);
    service.add(180, 1);
    auto scheduler = SimScheduler::create(Scheduler::MaglevHashing, usePort ? std::uint32_t(SchedulerFlag2) : 0u, service.list);
    SchedulingRequest r = request();
    r.source = *IpAddress::parse(source);
    QCOMPARE(MaglevHashingScheduler::slotFor(r.source, usePort ? 40000 : 0), slot);
    QString why;
    QCOMPARE(host(scheduler->schedule(service.list, r, &why)), server);
    QVERIFY2(why.endsWith(QStringLiteral("hashes to slot %1 of 4093").arg(slot)), qPrintable(why));
    QCOMPARE(picks(*scheduler, service, 3, r), QStringList({server, server, server}));
}

void TestSimSchedulers::maglevTableFollowsWeights()
{
    // Weights 3:2:1 (gcd 1, 3 < 2^6 so no shift): rounds of 3+2+1 slots give
    // 2047/1364/682; 300:200:100 divide by the gcd 100 into the same turns.
    Service service;
    SimDestination *d160 = service.add(160, 1);
    SimDestination *d170 = service.add(170, 2);
    SimDestination *d180 = service.add(180, 3);
    MaglevHashingScheduler mh(0, service.list);
    service.scheduler = &mh;
    auto count = [&](const SimDestination *d) { return std::count(mh.lookup().cbegin(), mh.lookup().cend(), d); };
    QCOMPARE(count(d180), 2047);
    QCOMPARE(count(d170), 1364);
    QCOMPARE(count(d160), 682);
    const std::vector<SimDestination *> before = mh.lookup();
    service.setWeight(d180, 300);
    service.setWeight(d170, 200);
    service.setWeight(d160, 100);
    QVERIFY(mh.lookup() == before);
    // 1000:1 -> max/gcd = 1000 has 10 bits, shift 4: turns 62 and (0 -> 1) = 1.
    service.remove(d160);
    service.setWeight(d180, 1000);
    service.setWeight(d170, 1);
    QCOMPARE(count(d180), 4029);
    QCOMPARE(count(d170), 64);
}

void TestSimSchedulers::maglevKeepsQuiescedServersInTheTable()
{
    // Quiescing 170 keeps its last_weight 1, so the table does not change; 10.0.0.3
    // (slot 3741, 170) gets no server, or with mh-fallback the first available server
    // among rehashes with offsets 3741, 3742 ...: 160 at slot 1744. 10.0.0.18 -> 180.
    for (const bool withFallback : {false, true}) {
        Service service;
        service.add(160, 1);
        SimDestination *d170 = service.add(170, 1);
        service.add(180, 1);
        MaglevHashingScheduler mh(withFallback ? std::uint32_t(SchedulerFlag1) : 0u, service.list);
        service.scheduler = &mh;
        const std::vector<SimDestination *> before = mh.lookup();
        service.setWeight(d170, 0);
        QVERIFY(mh.lookup() == before);
        QString why;
        const QString picked = host(mh.schedule(service.list, request("10.0.0.3"), &why));
        QCOMPARE(picked, withFallback ? QStringLiteral("160") : QStringLiteral("none"));
        if (withFallback) {
            QVERIFY2(why.endsWith(QStringLiteral("fallback rehashed to slot 1744")), qPrintable(why));
            QCOMPARE(picks(mh, service, 1, request("10.0.0.18")), QStringList({"180"}));
        }
        QCOMPARE(picks(mh, service, 1, request("10.0.0.7")), QStringList({"180"}));
        // Back to weight 1: the same table, 170 serves its clients again.
        service.setWeight(d170, 1);
        QCOMPARE(picks(mh, service, 1, request("10.0.0.3")), QStringList({"170"}));
    }
    {
        // A server added with weight 0 has last_weight 0 and takes no slot.
        Service service;
        service.add(160, 1);
        MaglevHashingScheduler mh(0, service.list);
        service.scheduler = &mh;
        SimDestination *zero = service.add(170, 0);
        QCOMPARE(std::count(mh.lookup().cbegin(), mh.lookup().cend(), zero), 0);
        service.setWeight(service.list.at(1), 0); // the only weighted server quiesced: table kept
        QCOMPARE(std::count(mh.lookup().cbegin(), mh.lookup().cend(), service.list.at(1)), 4093);
        QCOMPARE(picks(mh, service, 1), QStringList({"none"}));
    }
}

void TestSimSchedulers::maglevRemovalMovesLittleElse()
{
    // 1000 clients 10.1.0.0 .. 10.1.3.231 over 180, 170, 160 (weight 1): 308 land on
    // 180. Removing 180 moves those 308 and, Maglev being nearly but not perfectly
    // minimal, exactly one other client (10.1.2.13, from 160 to 170).
    Service service;
    service.add(160, 1);
    service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    MaglevHashingScheduler mh(0, service.list);
    service.scheduler = &mh;
    QHash<quint32, const SimDestination *> before;
    int on180 = 0;
    for (quint32 i = 0; i < 1000; ++i) {
        SchedulingRequest r = request();
        r.source = IpAddress::fromV4(0x0a010000u + i);
        before.insert(i, mh.schedule(service.list, r, nullptr));
        on180 += before.value(i) == d180;
    }
    QCOMPARE(on180, 308);
    service.remove(d180);
    QStringList movedOthers;
    for (quint32 i = 0; i < 1000; ++i) {
        SchedulingRequest r = request();
        r.source = IpAddress::fromV4(0x0a010000u + i);
        const SimDestination *now = mh.schedule(service.list, r, nullptr);
        QVERIFY(now);
        QVERIFY(now != d180);
        if (before.value(i) != d180 && before.value(i) != now)
            movedOthers.append(r.source.toString());
    }
    QCOMPARE(movedOthers, QStringList({"10.1.2.13"}));
}

void TestSimSchedulers::localityKeepsTheCachedServer()
{
    // All idle: wlc picks the first, 180, and caches it for the VIP 10.1.1.1.
    Service service;
    SimDestination *d160 = service.add(160, 1);
    SimDestination *d170 = service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    LocalityLeastConnectionScheduler lblc;
    service.scheduler = &lblc;
    const SchedulingRequest vip1 = request("10.0.0.7", 40000, "10.1.1.1");
    QCOMPARE(picks(lblc, service, 1, vip1), QStringList({"180"}));
    QCOMPARE(lblc.entryCount(), 1);
    // 180 has 1 active (not above its weight 1): still cached although 170 is idle.
    setActive(d180, 1);
    QString why;
    QCOMPARE(host(lblc.schedule(service.list, vip1, &why)), QStringLiteral("180"));
    QCOMPARE(why, QStringLiteral("lblc chose 192.168.0.180:80: destination 10.1.1.1 is cached to it"));
    // The overload flag does not invalidate the cache; only lblc's own test does.
    d180->overloaded = true;
    QCOMPARE(picks(lblc, service, 1, vip1), QStringList({"180"}));
    d180->overloaded = false;
    // Another VIP gets the weighted least-connection server: 170.
    QCOMPARE(picks(lblc, service, 1, request("10.0.0.7", 40000, "10.1.1.2")), QStringList({"170"}));
    QCOMPARE(lblc.entryCount(), 2);
    // Everyone above weight and nobody below half load: not overloaded, stays cached.
    setActive(d180, 5);
    setActive(d170, 2);
    setActive(d160, 2);
    QCOMPARE(picks(lblc, service, 1, vip1), QStringList({"180"}));
}

void TestSimSchedulers::localityReplacesAnOverloadedServer()
{
    Service service;
    service.add(160, 1);
    SimDestination *d170 = service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    LocalityLeastConnectionScheduler lblc;
    service.scheduler = &lblc;
    const SchedulingRequest vip = request("10.0.0.7", 40000, "10.1.1.1");
    QCOMPARE(picks(lblc, service, 1, vip), QStringList({"180"}));
    // 180: 2 active > weight 1 while 170 is below half load (0 * 2 < 1): overloaded.
    // wlc: 180 (514) loses to 170 (0); 160 (0) only ties. The entry now names 170.
    setActive(d180, 2);
    QString why;
    QCOMPARE(host(lblc.schedule(service.list, vip, &why)), QStringLiteral("170"));
    QCOMPARE(why, QStringLiteral("lblc chose 192.168.0.170:80 for destination 10.1.1.1: its cached "
                                 "192.168.0.180:80 has 2 active connections, more than its weight 1, while another "
                                 "server is below half load; weighted least connection: overhead 0/1 ties with 0/1 "
                                 "for 192.168.0.160:80, and it comes first in the kernel's list (newest first)"));
    setActive(d180, 0);
    setActive(d170, 1);
    QCOMPARE(picks(lblc, service, 1, vip), QStringList({"170"}));
    // A quiesced cached server is replaced too.
    service.setWeight(d170, 0);
    QCOMPARE(picks(lblc, service, 1, vip), QStringList({"180"}));
    QCOMPARE(lblc.entryCount(), 1);
}

void TestSimSchedulers::localityIgnoresRemovedServersUntilTheyReturn()
{
    Service service;
    service.add(160, 1);
    service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    LocalityLeastConnectionScheduler lblc;
    service.scheduler = &lblc;
    const SchedulingRequest vip = request("10.0.0.7", 40000, "10.1.1.1");
    QCOMPARE(picks(lblc, service, 1, vip), QStringList({"180"}));
    // Removed, 180 sits in the kernel's trash; re-added (a new object with the same
    // address and port), the kernel revives it, and the cache entry with it.
    service.remove(d180);
    SimDestination *again = service.add(180, 1);
    setActive(again, 1); // not above weight: the cache holds
    QCOMPARE(picks(lblc, service, 1, vip), QStringList({"180"}));
    // Removed and not back: the entry is invalid and 170 (first idle) takes over.
    service.remove(again);
    QCOMPARE(picks(lblc, service, 1, vip), QStringList({"170"}));
    // Adding 180 back now does not matter: the entry names 170.
    service.add(180, 1);
    QCOMPARE(picks(lblc, service, 1, vip), QStringList({"170"}));
}

void TestSimSchedulers::localityEntriesExpireAfterADay()
{
    // The timer runs every minute from the first schedule (t = 0); every 30th run
    // (t = 30 min, 60 min ...) drops entries unused for 24 h, so an entry last used at
    // t = 0 goes at the run at exactly t = 24 h.
    Service service;
    SimDestination *d170 = service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    LocalityLeastConnectionScheduler lblc;
    service.scheduler = &lblc;
    const std::int64_t day = 24 * 60 * 60 * 1000;
    QCOMPARE(picks(lblc, service, 1, request("10.0.0.7", 40000, "10.1.1.1", 0)), QStringList({"180"}));
    setActive(d180, 1); // cached 180 now loses to idle 170 in wlc, without being overloaded
    QCOMPARE(picks(lblc, service, 1, request("10.0.0.7", 40000, "10.1.1.2", day - 1)), QStringList({"170"}));
    QCOMPARE(lblc.entryCount(), 2);
    setActive(d170, 1);
    setActive(d180, 0);
    // At t = 24 h the run drops 10.1.1.1 (last used at 0) but not 10.1.1.2.
    QCOMPARE(picks(lblc, service, 1, request("10.0.0.7", 40000, "10.1.1.2", day)), QStringList({"170"}));
    QCOMPARE(lblc.entryCount(), 1);
    QCOMPARE(picks(lblc, service, 1, request("10.0.0.7", 40000, "10.1.1.1", day)), QStringList({"180"}));

    // Used within the day, an entry survives the run.
    LocalityLeastConnectionScheduler fresh;
    QCOMPARE(picks(fresh, service, 1, request("10.0.0.7", 40000, "10.1.1.1", 0)), QStringList({"180"}));
    QCOMPARE(picks(fresh, service, 1, request("10.0.0.7", 40000, "10.1.1.1", day / 2)), QStringList({"180"}));
    setActive(d180, 1);
    setActive(d170, 0);
    QCOMPARE(picks(fresh, service, 1, request("10.0.0.7", 40000, "10.1.1.1", day + 30 * 60 * 1000)),
             QStringList({"180"}));
}

void TestSimSchedulers::localityTableIsBounded()
{
    Service service;
    service.add(160, 1);
    {
        // 16 684 VIPs 10.2.0.0 and up, used at t = 0: 300 over the soft limit of
        // 16 384, so each timer run aims to drop (300 * 4 / 3) = 400 entries idle for
        // 6 min, bucket by bucket from bucket 1. None is idle long enough until the
        // run at 6 min, which empties buckets 1 .. 25 (hash_32 of the address, 10
        // bits): 407 entries. The request at 6 min adds one.
        LocalityLeastConnectionScheduler lblc;
        for (quint32 i = 0; i < 16684; ++i) {
            SchedulingRequest r = request("10.0.0.7", 40000, "10.1.1.1", 0);
            r.destination = IpAddress::fromV4(0x0a020000u + i);
            QVERIFY(lblc.schedule(service.list, r, nullptr));
        }
        QCOMPARE(lblc.entryCount(), 16684);
        QCOMPARE(picks(lblc, service, 1, request("10.0.0.7", 40000, "10.3.0.1", 6 * 60 * 1000 - 1)),
                 QStringList({"160"}));
        QCOMPARE(lblc.entryCount(), 16685);
        QCOMPARE(picks(lblc, service, 1, request("10.0.0.7", 40000, "10.3.0.2", 6 * 60 * 1000)),
                 QStringList({"160"}));
        QCOMPARE(lblc.entryCount(), 16684 - 407 + 2);
    }
    {
        // The table stops growing at 1.5 x 16 384 entries; the address is still served.
        LocalityLeastConnectionReplicatedScheduler lblcr;
        for (quint32 i = 0; i < 24577; ++i) {
            SchedulingRequest r = request();
            r.destination = IpAddress::fromV4(0x0a020000u + i);
            QVERIFY(lblcr.schedule(service.list, r, nullptr));
        }
        QCOMPARE(lblcr.entryCount(), 24576);
    }
}

void TestSimSchedulers::replicatedSetGrowsUnderLoad()
{
    Service service;
    SimDestination *d160 = service.add(160, 1);
    SimDestination *d170 = service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    LocalityLeastConnectionReplicatedScheduler lblcr;
    service.scheduler = &lblcr;
    const SchedulingRequest vip = request("10.0.0.7", 40000, "10.1.1.1");
    const IpAddress vipAddress = ip("10.1.1.1");
    QCOMPARE(picks(lblcr, service, 1, vip), QStringList({"180"}));
    QCOMPARE(lblcr.serverSet(vipAddress), QList<SimDestination *>({d180}));
    // 180 overloaded (2 > 1, 170 below half): wlc adds 170 at the front of the set.
    setActive(d180, 2);
    QCOMPARE(picks(lblcr, service, 1, vip), QStringList({"170"}));
    QCOMPARE(lblcr.serverSet(vipAddress), QList<SimDestination *>({d170, d180}));
    // Set minimum: 170 (257) beats 180 (514); 1 active is not above weight 1.
    setActive(d170, 1);
    QCOMPARE(picks(lblcr, service, 1, vip), QStringList({"170"}));
    // 170 at 2 too: the set's least is 170 (a tie with 180 stays with the first), it is
    // overloaded while 160 is idle: 160 joins.
    setActive(d170, 2);
    QCOMPARE(picks(lblcr, service, 1, vip), QStringList({"160"}));
    QCOMPARE(lblcr.serverSet(vipAddress), QList<SimDestination *>({d160, d170, d180}));
    // An overloaded-flagged member is skipped by the set minimum.
    setActive(d160, 1);
    d160->overloaded = true;
    setActive(d170, 1);
    QCOMPARE(picks(lblcr, service, 1, vip), QStringList({"170"}));
}

void TestSimSchedulers::replicatedSetShrinksWhenUnchanged()
{
    const std::int64_t hour = 60 * 60 * 1000;
    Service service;
    SimDestination *d160 = service.add(160, 1);
    SimDestination *d170 = service.add(170, 1);
    SimDestination *d180 = service.add(180, 1);
    LocalityLeastConnectionReplicatedScheduler lblcr;
    service.scheduler = &lblcr;
    const IpAddress vipAddress = ip("10.1.1.1");
    auto at = [](std::int64_t nowMs) { return request("10.0.0.7", 40000, "10.1.1.1", nowMs); };
    QCOMPARE(picks(lblcr, service, 1, at(0)), QStringList({"180"}));
    setActive(d180, 2);
    QCOMPARE(picks(lblcr, service, 1, at(0)), QStringList({"170"})); // set 170, 180; modified at 0
    setActive(d180, 1);
    setActive(d170, 1);
    // Used every 12 h so the entry lives; the set is not modified.
    QCOMPARE(picks(lblcr, service, 1, at(12 * hour)), QStringList({"170"}));
    QCOMPARE(picks(lblcr, service, 1, at(24 * hour)), QStringList({"170"}));
    QCOMPARE(lblcr.serverSet(vipAddress).size(), 2);
    // After 24 h without change the most loaded goes: 170 (257) vs 180 (257) tie, the
    // first (170) stays "most"; so 170 leaves, although it was the one picked.
    QCOMPARE(picks(lblcr, service, 1, at(24 * hour + 1)), QStringList({"170"}));
    QCOMPARE(lblcr.serverSet(vipAddress), QList<SimDestination *>({d180}));
    // 180 heavier than idle 160 now, but not overloaded: the one-member set holds.
    setActive(d180, 1, 5);
    QCOMPARE(picks(lblcr, service, 1, at(36 * hour)), QStringList({"180"}));
    QCOMPARE(lblcr.serverSet(vipAddress), QList<SimDestination *>({d180}));
    // Unused from 36 h, the entry goes at the timer's full check at 60 h; then wlc
    // picks idle 160 afresh.
    QCOMPARE(picks(lblcr, service, 1, at(60 * hour)), QStringList({"160"}));
    QCOMPARE(lblcr.serverSet(vipAddress), QList<SimDestination *>({d160}));
    Q_UNUSED(d160);
}

void TestSimSchedulers::failoverTakesTheHighestWeight()
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

void TestSimSchedulers::overflowMovesOnAboveTheWeight()
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

void TestSimSchedulers::twoRandomChoicesIsRepeatableAndRespectsWeights()
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

void TestSimSchedulers::noExplanationWithoutAskingAndAlwaysOneWithIt()
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

QTEST_GUILESS_MAIN(TestSimSchedulers)
#include "tst_simschedulers.moc"
