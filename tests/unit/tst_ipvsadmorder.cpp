// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsadmorder.h"
#include "rulesparser.h"
#include "ruleswriter.h"

#include <QTest>

namespace {
QStringList serviceOrder(const QString &rules)
{
    const RulesParseResult result = RulesParser::parse(rules);
    if (!result.ok())
        qFatal("bad test input: %s", qPrintable(result.errors.first().message));
    QStringList names;
    for (const VirtualService *service : IpvsadmOrder::services(result.table))
        names.append(service->displayName());
    return names;
}
} // namespace

class TestIpvsadmOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servicesByMarkFamilyProtocolAddressPort();
    void realServersByAddressThenPort();
    void addressesFarApartCompareWrappedAround();
    void aCycleFollowsGlibcMergeSort();
};

void TestIpvsadmOrder::servicesByMarkFamilyProtocolAddressPort()
{
    const QStringList order = serviceOrder(QStringLiteral(
        "-A -f 5\n"
        "-A --sctp-service 10.0.0.1:80\n"
        "-A -u 10.0.0.1:80\n"
        "-A -t [2001:db8::1]:80\n"
        "-A -t 10.0.0.2:80\n"
        "-A -t 10.0.0.1:443\n"
        "-A -t 10.0.0.1:80\n"
        "-A -f 2 -6\n"
        "-A -f 2\n"));
    QCOMPARE(order, (QStringList{"TCP 10.0.0.1:80", "TCP 10.0.0.1:443", "TCP 10.0.0.2:80", "UDP 10.0.0.1:80",
                                 "SCTP 10.0.0.1:80", "TCP [2001:db8::1]:80", "FWM 2", "FWM 2 IPv6", "FWM 5"}));
}

void TestIpvsadmOrder::realServersByAddressThenPort()
{
    const RulesParseResult result = RulesParser::parse(QStringLiteral(
        "-A -t 10.0.0.1:80\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.9:80 -m\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.10:81 -m\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.10:80 -m\n"
        "-a -t 10.0.0.1:80 -r 192.168.0.160:80 -m\n"));
    QVERIFY(result.ok());
    QStringList order;
    for (const RealServer *server : IpvsadmOrder::realServers(result.table.services.first()))
        order.append(server->endpoint());
    QCOMPARE(order, (QStringList{"192.168.0.9:80", "192.168.0.10:80", "192.168.0.10:81", "192.168.0.160:80"}));
}

void TestIpvsadmOrder::addressesFarApartCompareWrappedAround()
{
    // 0x0a000001 - 0xc8000001 wraps to a positive int in ipvsadm, so 10.x sorts after 200.x.
    VirtualService low, high;
    low.address = *IpAddress::parse(u"10.0.0.1");
    high.address = *IpAddress::parse(u"200.0.0.1");
    low.port = high.port = 80;
    QVERIFY(IpvsadmOrder::compareServices(low, high) > 0);
    QVERIFY(IpvsadmOrder::compareServices(high, low) < 0);
    QCOMPARE(serviceOrder(QStringLiteral("-A -t 10.0.0.1:80\n-A -t 200.0.0.1:80\n")),
             (QStringList{"TCP 200.0.0.1:80", "TCP 10.0.0.1:80"}));
}

void TestIpvsadmOrder::aCycleFollowsGlibcMergeSort()
{
    // 10 < 100 < 200 < 10 under ipvsadm's comparison: the result depends on the input
    // order, exactly as glibc's merge sort gives it (worked by hand in the comments).
    // Input 10,100,200: [10] + sort[100,200]=[100,200]; merge: 10 vs 100 -> 10 first.
    QCOMPARE(serviceOrder(QStringLiteral("-A -t 10.0.0.1:80\n-A -t 100.0.0.1:80\n-A -t 200.0.0.1:80\n")),
             (QStringList{"TCP 10.0.0.1:80", "TCP 100.0.0.1:80", "TCP 200.0.0.1:80"}));
    // Input 200,100,10: [200] + sort[100,10]=[10,100]; merge: 200 vs 10 -> 200 first.
    QCOMPARE(serviceOrder(QStringLiteral("-A -t 200.0.0.1:80\n-A -t 100.0.0.1:80\n-A -t 10.0.0.1:80\n")),
             (QStringList{"TCP 200.0.0.1:80", "TCP 10.0.0.1:80", "TCP 100.0.0.1:80"}));
}

QTEST_GUILESS_MAIN(TestIpvsadmOrder)
#include "tst_ipvsadmorder.moc"
