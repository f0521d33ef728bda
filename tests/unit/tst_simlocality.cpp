// SPDX-License-Identifier: GPL-2.0-or-later
// lblc and lblcr: the per-destination cache, its expiry, bounds and replicated sets.
#include "schedulers/localitybased.h"
#include "simschedulertesting.h"

#include <QTest>

using namespace SchedulerTesting;

class TestLocalitySchedulers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void localityKeepsTheCachedServer();
    void localityReplacesAnOverloadedServer();
    void localityIgnoresRemovedServersUntilTheyReturn();
    void localityEntriesExpireAfterADay();
    void localityTableIsBounded();
    void replicatedSetGrowsUnderLoad();
    void replicatedSetShrinksWhenUnchanged();
};

void TestLocalitySchedulers::localityKeepsTheCachedServer()
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

void TestLocalitySchedulers::localityReplacesAnOverloadedServer()
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

void TestLocalitySchedulers::localityIgnoresRemovedServersUntilTheyReturn()
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

void TestLocalitySchedulers::localityEntriesExpireAfterADay()
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

void TestLocalitySchedulers::localityTableIsBounded()
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

void TestLocalitySchedulers::replicatedSetGrowsUnderLoad()
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

void TestLocalitySchedulers::replicatedSetShrinksWhenUnchanged()
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

QTEST_GUILESS_MAIN(TestLocalitySchedulers)
#include "tst_simlocality.moc"
