// SPDX-License-Identifier: GPL-2.0-or-later
// The lab on the simulated kernel: its requests answered by the simulated scheduler in
// the weights' proportions, the director's table readable as any backend's, and the
// errors of a lab that is not there or not valid.
#include "backend.h"
#include "dbuserrors.h"
#include "simulatedlab.h"

#include <QSignalSpy>
#include <QTest>

namespace {
QList<LabAnswer> send(SimulatedLab &lab, int count)
{
    QSignalSpy answered(&lab, &Lab::answered);
    lab.sendRequests(count);
    if (!answered.wait(5000))
        return {};
    return answered.first().first().value<QList<LabAnswer>>();
}

bool build(SimulatedLab &lab, const LabDescription &description)
{
    QSignalSpy created(&lab, &Lab::created);
    lab.create(description);
    return created.wait(5000);
}
} // namespace

class TestSimulatedLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<LabAnswer>>(); }

    void weightsProportions_data()
    {
        QTest::addColumn<ForwardingMethod>("method");
        QTest::addColumn<Scheduler>("scheduler");
        QTest::addColumn<QList<LabServer>>("servers");
        QTest::addColumn<QString>("counts");
        QTest::newRow("NAT wrr 1:2:3") << ForwardingMethod::Masquerading << Scheduler::WeightedRoundRobin
                                       << QList<LabServer>{{160, 1}, {170, 2}, {180, 3}}
                                       << QStringLiteral("160=10 170=20 180=30");
        QTest::newRow("DR wrr 1:2:3") << ForwardingMethod::DirectRouting << Scheduler::WeightedRoundRobin
                                      << QList<LabServer>{{160, 1}, {170, 2}, {180, 3}}
                                      << QStringLiteral("160=10 170=20 180=30");
        QTest::newRow("TUN rr") << ForwardingMethod::Tunnelling << Scheduler::RoundRobin
                                << QList<LabServer>{{160, 1}, {170, 1}, {180, 1}} << QStringLiteral("160=20 170=20 180=20");
        QTest::newRow("NAT wlc, closed fetches count as inactive")
            << ForwardingMethod::Masquerading << Scheduler::WeightedLeastConnection
            << QList<LabServer>{{160, 1}, {170, 1}, {180, 1}} << QStringLiteral("160=20 170=20 180=20");
        QTest::newRow("quiesced 170 gets none") << ForwardingMethod::DirectRouting << Scheduler::WeightedRoundRobin
                                                << QList<LabServer>{{160, 1}, {170, 0}, {180, 1}}
                                                << QStringLiteral("160=30 180=30");
    }

    void weightsProportions()
    {
        QFETCH(ForwardingMethod, method);
        QFETCH(Scheduler, scheduler);
        QFETCH(QList<LabServer>, servers);
        QFETCH(QString, counts);
        LabDescription description = LabDescription::howTo(method);
        description.scheduler = scheduler;
        description.servers = servers;
        SimulatedLab lab;
        QVERIFY(build(lab, description));
        QVERIFY(lab.exists());
        QVERIFY(lab.isSimulated());
        const QList<LabAnswer> answers = send(lab, 60);
        QCOMPARE(answers.size(), 60);
        QCOMPARE(Lab::countsText(Lab::countByServer(answers)), counts);
        for (const LabAnswer &answer : answers)
            QCOMPARE(answer.text, LabDescription::answerText(answer.host));

        // The kernel's own counters, read as the window reads them, agree.
        QSignalSpy read(lab.director(), &Backend::tableRead);
        lab.director()->refresh();
        QVERIFY(read.wait());
        const IpvsTable table = read.first().first().value<IpvsTable>();
        QCOMPARE(table.services.size(), 1);
        QMap<int, int> kernel;
        for (const RealServer &server : table.services.first().realServers) {
            if (server.stats.connections > 0)
                kernel[int(server.address.v4() & 0xffu)] = int(server.stats.connections);
        }
        QCOMPARE(Lab::countsText(kernel), counts);
    }

    void nothingAnswersWhenEveryWeightIsZero()
    {
        LabDescription description = LabDescription::howTo(ForwardingMethod::Masquerading);
        description.servers = {{160, 0}};
        SimulatedLab lab;
        QVERIFY(build(lab, description));
        const QList<LabAnswer> answers = send(lab, 3);
        QCOMPARE(answers.size(), 3);
        QVERIFY(!answers.first().ok());
        QCOMPARE(Lab::countsText(Lab::countByServer(answers)), QStringLiteral("0=3"));
    }

    void errors()
    {
        SimulatedLab lab;
        QSignalSpy failed(&lab, &Lab::failed);
        lab.sendRequests(1);
        QVERIFY(failed.wait());
        QCOMPARE(failed.takeFirst().first().toString(), QString(DBusErrors::noSuchLab));
        lab.destroy();
        QVERIFY(failed.wait());
        QCOMPARE(failed.takeFirst().first().toString(), QString(DBusErrors::noSuchLab));

        LabDescription invalid = LabDescription::howTo(ForwardingMethod::DirectRouting);
        invalid.servers.append({200, 1});
        lab.create(invalid);
        QVERIFY(failed.wait());
        QCOMPARE(failed.takeFirst().first().toString(), QString(DBusErrors::invalidArgs));
        QVERIFY(!lab.exists());

        QVERIFY(build(lab, LabDescription::howTo(ForwardingMethod::DirectRouting)));
        lab.create(LabDescription::howTo(ForwardingMethod::Masquerading));
        QVERIFY(failed.wait());
        QCOMPARE(failed.takeFirst().first().toString(), QString(DBusErrors::labExists));
        lab.sendRequests(Lab::maxRequests + 1);
        QVERIFY(failed.wait());
        QCOMPARE(failed.takeFirst().first().toString(), QString(DBusErrors::invalidArgs));

        QSignalSpy removed(&lab, &Lab::removed);
        lab.destroy();
        QVERIFY(removed.wait());
        QVERIFY(!lab.exists());
        QVERIFY(!lab.director());
    }
};

QTEST_GUILESS_MAIN(TestSimulatedLab)
#include "tst_simulatedlab.moc"
