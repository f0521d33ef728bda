// SPDX-License-Identifier: GPL-2.0-or-later
// The scheduler panel: its header names the shown service's scheduler, picks arrive
// newest first, other services' picks stay out, and the list is capped.
#include "rulesparser.h"
#include "schedulerpanel.h"

#include <QTest>

namespace {
VirtualService parseService(const char *rules)
{
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(rules));
    if (!result.ok())
        qFatal("bad test input");
    return result.table.services.first();
}
} // namespace

class TestSchedulerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerNamesTheSchedulerAndExplainsIt();
    void picksNewestFirstOnlyForTheShownService();
    void keepsTheLatestPicksOnly();
};

void TestSchedulerPanel::headerNamesTheSchedulerAndExplainsIt()
{
    SchedulerPanel panel;
    panel.setService(parseService("-A -t 192.168.0.200:80 -s wlc\n"));
    QVERIFY(panel.headerText().contains(QStringLiteral("TCP 192.168.0.200:80")));
    QVERIFY(panel.headerText().contains(QStringLiteral("wlc")));
    QVERIFY(panel.headerText().contains(Schedulers::description(Scheduler::WeightedLeastConnection)));
}

void TestSchedulerPanel::picksNewestFirstOnlyForTheShownService()
{
    const VirtualService dr = parseService("-A -t 192.168.0.200:80 -s rr\n");
    const VirtualService nat = parseService("-A -t 192.168.10.254:80 -s rr\n");
    SchedulerPanel panel;
    panel.addPick(dr.key(), QStringLiteral("before any service"));
    QVERIFY(panel.picks().isEmpty());

    panel.setService(dr);
    panel.addPick(dr.key(), QStringLiteral("first"));
    panel.addPick(nat.key(), QStringLiteral("another service"));
    panel.addPick(dr.key(), QStringLiteral("second"));
    QCOMPARE(panel.picks(), (QStringList{QStringLiteral("second"), QStringLiteral("first")}));

    panel.setService(dr); // a refresh of the same service keeps the list
    QCOMPARE(panel.picks().size(), 2);
    panel.clear();
    QVERIFY(panel.picks().isEmpty());

    panel.addPick(dr.key(), QStringLiteral("third"));
    panel.setService(nat); // another service starts afresh
    QVERIFY(panel.picks().isEmpty());
}

void TestSchedulerPanel::keepsTheLatestPicksOnly()
{
    const VirtualService service = parseService("-A -t 192.168.0.200:80 -s rr\n");
    SchedulerPanel panel;
    panel.setService(service);
    for (int i = 0; i < SchedulerPanel::maximumPicks + 50; ++i)
        panel.addPick(service.key(), QString::number(i));
    const QStringList picks = panel.picks();
    QCOMPARE(picks.size(), SchedulerPanel::maximumPicks);
    QCOMPARE(picks.first(), QString::number(SchedulerPanel::maximumPicks + 49));
    QCOMPARE(picks.last(), QStringLiteral("50"));
}

QTEST_MAIN(TestSchedulerPanel)
#include "tst_schedulerpanel.moc"
