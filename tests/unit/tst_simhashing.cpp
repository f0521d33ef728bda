// SPDX-License-Identifier: GPL-2.0-or-later
// sh, dh and mh: the kernel's hash arithmetic, bucket and lookup tables, fallback.
#include "schedulers/destinationhashing.h"
#include "schedulers/kernelhash.h"
#include "schedulers/maglevhashing.h"
#include "schedulers/sourcehashing.h"
#include "simschedulertesting.h"

#include <QTest>

using namespace SchedulerTesting;

class TestHashingSchedulers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kernelHashArithmetic();
    void hsiphashMatchesTheKernelTestVectors_data();
    void hsiphashMatchesTheKernelTestVectors();
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
};

void TestHashingSchedulers::kernelHashArithmetic()
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

void TestHashingSchedulers::hsiphashMatchesTheKernelTestVectors_data()
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

void TestHashingSchedulers::hsiphashMatchesTheKernelTestVectors()
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

void TestHashingSchedulers::sourceHashingTableFollowsWeights()
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

void TestHashingSchedulers::sourceHashingPicksByClient_data()
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

void TestHashingSchedulers::sourceHashingPicksByClient()
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

void TestHashingSchedulers::sourceHashingFallback()
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

void TestHashingSchedulers::sourceHashingRebuildsOnChanges()
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

void TestHashingSchedulers::destinationHashingPicksByDestination_data()
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

void TestHashingSchedulers::destinationHashingPicksByDestination()
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

void TestHashingSchedulers::maglevPermutationAndTable()
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

void TestHashingSchedulers::maglevPicksByClient_data()
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

void TestHashingSchedulers::maglevPicksByClient()
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

void TestHashingSchedulers::maglevTableFollowsWeights()
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

void TestHashingSchedulers::maglevKeepsQuiescedServersInTheTable()
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

void TestHashingSchedulers::maglevRemovalMovesLittleElse()
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

QTEST_GUILESS_MAIN(TestHashingSchedulers)
#include "tst_simhashing.moc"
