// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipaddress.h"

#include <QTest>

class TestIpAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void storesIpv4InFirstWord();
    void unicast_data();
    void unicast();
};

void TestIpAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("withPort80");

    QTest::newRow("the how-to's VIP") << "192.168.10.254" << true << "192.168.10.254" << "192.168.10.254:80";
    QTest::newRow("IPv6 compressed") << "2001:db8::1" << true << "2001:db8::1" << "[2001:db8::1]:80";
    QTest::newRow("IPv6 written long is shortened")
        << "2001:0db8:0000:0000:0000:0000:0000:0001" << true << "2001:db8::1" << "[2001:db8::1]:80";
    QTest::newRow("IPv4-mapped IPv6") << "::ffff:10.0.0.1" << true << "::ffff:10.0.0.1" << "[::ffff:10.0.0.1]:80";
    QTest::newRow("octet too large") << "192.168.0.256" << false << "" << "";
    QTest::newRow("shorthand is refused") << "10.1" << false << "" << "";
    QTest::newRow("host name") << "www.example.com" << false << "" << "";
    QTest::newRow("brackets are not part of an address") << "[::1]" << false << "" << "";
    QTest::newRow("empty") << "" << false << "" << "";
}

void TestIpAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto address = IpAddress::parse(text);
    QCOMPARE(address.has_value(), valid);
    if (!valid)
        return;
    QFETCH(QString, canonical);
    QFETCH(QString, withPort80);
    QCOMPARE(address->toString(), canonical);
    QCOMPARE(address->toStringWithPort(80), withPort80);
}

void TestIpAddress::storesIpv4InFirstWord()
{
    const auto address = IpAddress::parse(u"192.168.0.160");
    QVERIFY(address && address->isV4());
    QCOMPARE(address->word(0), 0xc0a800a0u);
    QCOMPARE(address->word(1), 0u);
    QCOMPARE(IpAddress::fromV4(0xc0a800a0u), *address);
}

void TestIpAddress::unicast_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unicast");
    QTest::newRow("private") << "192.168.0.160" << true;
    QTest::newRow("any") << "0.0.0.0" << false;
    QTest::newRow("broadcast") << "255.255.255.255" << false;
    QTest::newRow("multicast") << "224.0.0.81" << false;
    QTest::newRow("IPv6 global") << "2001:db8::10" << true;
    QTest::newRow("IPv6 unspecified") << "::" << false;
    QTest::newRow("IPv6 multicast") << "ff02::1" << false;
}

void TestIpAddress::unicast()
{
    QFETCH(QString, text);
    QFETCH(bool, unicast);
    QCOMPARE(IpAddress::parse(text)->isUnicast(), unicast);
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
