// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectiontable.h"

#include <QBuffer>
#include <QTest>

namespace {
// As the kernel writes the file (ip_vs_conn_seq_show): the how-to's NAT lab, a DR
// entry, a persistence template, an IPv6 one, and a SIP entry with pe data.
const char *procText =
    "Pro FromIP   FPrt ToIP     TPrt DestIP   DPrt State       Expires PEName PEData\n"
    "TCP C0A80A0A D431 C0A80AFE 0050 C0A800A0 0050 ESTABLISHED     899\n"
    "TCP C0A80A0A D432 C0A80AFE 0050 C0A800AA 0050 TIME_WAIT        61\n"
    "TCP C0A80A0B 0000 C0A800C8 0050 C0A800B4 0050 NONE            359\n"
    "UDP 2001:0db8:0000:0000:0000:0000:0000:0010 8AE4 2001:0db8:0000:0000:0000:0000:0000:0001 0035 "
    "2001:0db8:0000:0000:0000:0000:0000:00a0 0035 UDP             299\n"
    "UDP 0A000005 13C4 0A000001 13C4 0A000101 13C4 UDP             120 sip 6a6f686e\n";
} // namespace

class TestConnectionTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryKindOfLine();
    void badLinesAreReportedNotGuessed_data();
    void badLinesAreReportedNotGuessed();
    void filtersByServiceServerClientAndState();
    void pagesAgreeWithTheWholeFileFilteredAtOnce_data();
    void pagesAgreeWithTheWholeFileFilteredAtOnce();
    void listsLikeIpvsadm();
    void exportsCsv();
};

void TestConnectionTable::parsesEveryKindOfLine()
{
    const ConnectionTable::ParseResult result = ConnectionTable::parse(QString::fromLatin1(procText));
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.entries.size(), 5);
    const ConnectionEntry &first = result.entries.at(0);
    QCOMPARE(first.protocol, QStringLiteral("TCP"));
    QCOMPARE(first.client.toString(), QStringLiteral("192.168.10.10"));
    QCOMPARE(first.clientPort, 54321);
    QCOMPARE(first.virtualAddress.toStringWithPort(first.virtualPort), QStringLiteral("192.168.10.254:80"));
    QCOMPARE(first.destination.toStringWithPort(first.destinationPort), QStringLiteral("192.168.0.160:80"));
    QCOMPARE(first.state, QStringLiteral("ESTABLISHED"));
    QCOMPARE(first.expiresSeconds, 899u);
    QCOMPARE(result.entries.at(3).client.toString(), QStringLiteral("2001:db8::10"));
    QCOMPARE(result.entries.at(3).destination.toString(), QStringLiteral("2001:db8::a0"));
    QCOMPARE(result.entries.at(4).persistenceEngine, QStringLiteral("sip"));
    QCOMPARE(result.entries.at(4).persistenceEngineData, QStringLiteral("6a6f686e"));
}

void TestConnectionTable::badLinesAreReportedNotGuessed_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("error");
    QTest::newRow("too few fields") << "TCP C0A80A0A D431 C0A80AFE 0050" << "line 2: expected 9 or 11 fields, found 5";
    QTest::newRow("address not hex") << "TCP C0A80AZZ D431 C0A80AFE 0050 C0A800A0 0050 ESTABLISHED 899"
                                     << "line 2: an address is neither 8 hex digits nor IPv6";
    QTest::newRow("port too long") << "TCP C0A80A0A 1D431 C0A80AFE 0050 C0A800A0 0050 ESTABLISHED 899"
                                   << "line 2: a port is not 4 hex digits";
    QTest::newRow("negative expiry") << "TCP C0A80A0A D431 C0A80AFE 0050 C0A800A0 0050 ESTABLISHED -1"
                                     << "line 2: expiry '-1' is not a number of seconds";
}

void TestConnectionTable::badLinesAreReportedNotGuessed()
{
    QFETCH(QString, line);
    QFETCH(QString, error);
    const auto result = ConnectionTable::parse(QStringLiteral("Pro FromIP ...\n") + line
                                               + QStringLiteral("\nUDP 0A000005 13C4 0A000001 13C4 0A000101 13C4 UDP 120\n"));
    QCOMPARE(result.errors, QStringList{error});
    QCOMPARE(result.entries.size(), 1); // the good line after it is kept
}

void TestConnectionTable::pagesAgreeWithTheWholeFileFilteredAtOnce_data()
{
    QTest::addColumn<QString>("virtualAddress");
    QTest::addColumn<int>("virtualPort");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("state");
    QTest::newRow("everything") << QString() << 0 << QString() << QString();
    QTest::newRow("a service") << "192.168.10.254" << 80 << QString() << QString();
    QTest::newRow("a real server") << QString() << 0 << "192.168.0.160" << QString();
    QTest::newRow("a port only") << QString() << 53 << QString() << QString();
    QTest::newRow("IPv6, by a full parse") << "2001:db8::1" << 0 << QString() << QString();
    QTest::newRow("a state") << QString() << 0 << QString() << "TIME_WAIT";
    QTest::newRow("nothing matches") << "10.9.9.9" << 0 << QString() << QString();
}

void TestConnectionTable::pagesAgreeWithTheWholeFileFilteredAtOnce()
{
    QFETCH(QString, virtualAddress);
    QFETCH(int, virtualPort);
    QFETCH(QString, destination);
    QFETCH(QString, state);
    ConnectionTable::Filter filter;
    if (!virtualAddress.isEmpty())
        filter.virtualAddress = IpAddress::parse(virtualAddress);
    if (virtualPort)
        filter.virtualPort = std::uint16_t(virtualPort);
    if (!destination.isEmpty())
        filter.destination = IpAddress::parse(destination);
    if (!state.isEmpty())
        filter.state = state;
    // The sample three times over, a bad line among them: every page size, every start.
    QByteArray text = procText;
    text += QByteArray(procText).mid(QByteArray(procText).indexOf('\n') + 1) + "TCP C0A80AZZ broken\n";
    text += QByteArray(procText).mid(QByteArray(procText).indexOf('\n') + 1);
    const QList<ConnectionEntry> expected = ConnectionTable::filter(ConnectionTable::parse(QString::fromLatin1(text)).entries, filter);
    for (int limit = 1; limit <= 4; ++limit) {
        for (quint64 first = 0; first <= quint64(expected.size()) + 1; ++first) {
            QBuffer file(&text);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ConnectionTable::Page page = ConnectionTable::readPage(file, filter, first, limit);
            QCOMPARE(page.matching, quint64(expected.size()));
            QCOMPARE(page.entries, expected.mid(qsizetype(first), limit));
            QCOMPARE(page.errors.size(), 1); // the broken line, on every page
        }
    }
}

void TestConnectionTable::filtersByServiceServerClientAndState()
{
    const auto entries = ConnectionTable::parse(QString::fromLatin1(procText)).entries;
    ConnectionTable::Filter byService;
    byService.virtualAddress = IpAddress::parse(u"192.168.10.254");
    byService.virtualPort = 80;
    QCOMPARE(ConnectionTable::filter(entries, byService).size(), 2);
    ConnectionTable::Filter byServer;
    byServer.destination = IpAddress::parse(u"192.168.0.170");
    QCOMPARE(ConnectionTable::filter(entries, byServer).size(), 1);
    ConnectionTable::Filter byState;
    byState.state = QStringLiteral("UDP");
    byState.limit = 1;
    QCOMPARE(ConnectionTable::filter(entries, byState).size(), 1);
    ConnectionTable::Filter byClient;
    byClient.client = IpAddress::parse(u"192.168.10.10");
    QCOMPARE(ConnectionTable::filter(entries, byClient).size(), 2);
}

void TestConnectionTable::listsLikeIpvsadm()
{
    const auto entries = ConnectionTable::parse(QString::fromLatin1(procText)).entries.mid(0, 2);
    QCOMPARE(ConnectionTable::listing(entries),
             QStringLiteral("IPVS connection entries\n"
                            "pro expire state       source             virtual            destination\n"
                            "TCP 14:59  ESTABLISHED 192.168.10.10:54321 192.168.10.254:80  192.168.0.160:80\n"
                            "TCP 01:01  TIME_WAIT   192.168.10.10:54322 192.168.10.254:80  192.168.0.170:80\n"));
}

void TestConnectionTable::exportsCsv()
{
    const ConnectionTable::ParseResult result = ConnectionTable::parse(QString::fromLatin1(procText));
    const QStringList lines = ConnectionTable::csv(result.entries.mid(0, 1)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3); // header, one entry, the empty remainder after the last CRLF
    QCOMPARE(lines[0], u"protocol,expires_seconds,state,client,client_port,virtual_address,virtual_port,real_server,"
                       u"real_server_port");
    const ConnectionEntry &first = result.entries.first();
    QCOMPARE(lines[1], QStringLiteral("TCP,%1,ESTABLISHED,192.168.10.10,54321,192.168.10.254,80,192.168.0.160,80")
                           .arg(first.expiresSeconds));
    QVERIFY(lines[2].isEmpty());
    // A field holding the separator is quoted, as RFC 4180 says.
    ConnectionEntry odd = first;
    odd.state = QStringLiteral("A,\"B\"");
    QVERIFY(ConnectionTable::csv({odd}).contains(u",\"A,\"\"B\"\"\","));
}

QTEST_GUILESS_MAIN(TestConnectionTable)
#include "tst_connectiontable.moc"
