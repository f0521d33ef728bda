// SPDX-License-Identifier: GPL-2.0-or-later
// The change batch Apply takes: every kind of change survives the trip with what it
// means, and damage is named with the change it is in.
#include "changebatch.h"
#include "planner.h"
#include "rulesparser.h"

#include <QTest>

namespace {
IpvsTable parseTable(const char *text)
{
    RulesParseResult parsed = RulesParser::parse(QString::fromLatin1(text));
    if (!parsed.ok())
        qFatal("bad test table: %s", qPrintable(parsed.errors.first().message));
    return parsed.table;
}
} // namespace

class TestChangeBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKindRoundTrips();
    void damageNamesTheChange();
};

void TestChangeBatch::everyKindRoundTrips()
{
    const IpvsTable before = parseTable("-A -t 192.168.10.254:80 -s wlc\n"
                                        "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                                        "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"
                                        "-A -u 10.0.0.1:53 -s rr\n");
    IpvsTable after = parseTable("-A -t 192.168.10.254:80 -s sh -b sh-port -p 600 -M 255.255.0.0\n"
                                 "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3 -x 100 -y 10\n"
                                 "-a -t 192.168.10.254:80 -r 192.168.0.180 -i --tun-type gue --tun-port 6080 --tun-csum\n"
                                 "-A -f 7 -6 -s mh --pe sip -p 60\n"
                                 "-a -f 7 -6 -r 2001:db8::10 -g\n");
    after.timeouts = Timeouts{100, 20, 30};
    const QList<TableChange> plan = Planner::plan(before, after);
    QList<TableChange::Kind> kinds;
    for (const TableChange &change : plan)
        kinds.append(change.kind);
    for (auto kind : {TableChange::Kind::AddService, TableChange::Kind::EditService, TableChange::Kind::DeleteService,
                      TableChange::Kind::AddServer, TableChange::Kind::EditServer, TableChange::Kind::DeleteServer,
                      TableChange::Kind::SetTimeouts})
        QVERIFY2(kinds.contains(kind), qPrintable(QString::number(int(kind))));

    QList<TableChange> decoded;
    QString error;
    QVERIFY2(ChangeBatch::decode(ChangeBatch::encode(plan), &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.size(), plan.size());
    // Applied to the table before, the decoded changes give the table after.
    IpvsTable result = before;
    for (const TableChange &change : decoded) {
        const QStringList refusals = change.applyTo(result);
        QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(QStringLiteral("; "))));
    }
    QVERIFY(result.sameConfiguration(after));
    for (qsizetype i = 0; i < plan.size(); ++i)
        QCOMPARE(decoded.at(i).ipvsadmCommand(), plan.at(i).ipvsadmCommand());
}

void TestChangeBatch::damageNamesTheChange()
{
    const IpvsTable table = parseTable("-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -m\n");
    const QByteArray good = ChangeBatch::encode(Planner::plan(IpvsTable{}, table));
    QList<TableChange> decoded;
    QString error;
    QVERIFY(!ChangeBatch::decode(good.left(good.size() - 3), &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("change 2 of 2: it ends too early")), qPrintable(error));
    QVERIFY(!ChangeBatch::decode(QByteArray("LVST\x01", 5), &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("not an LVS Studio change batch")), qPrintable(error));
    QVERIFY(!ChangeBatch::decode(good + "!", &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("bytes after the last change")), qPrintable(error));
    QVERIFY(decoded.isEmpty()); // untouched by every failure
    for (qsizetype length = 0; length < good.size(); ++length)
        QVERIFY(!ChangeBatch::decode(good.left(length), &decoded, &error));
}

QTEST_GUILESS_MAIN(TestChangeBatch)
#include "tst_changebatch.moc"
