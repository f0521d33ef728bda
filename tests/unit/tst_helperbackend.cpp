// SPDX-License-Identifier: GPL-2.0-or-later
// The window's asynchronous backend against the real helper service (peer-to-peer D-Bus).
#include "dbuserrors.h"
#include "helperbackend.h"
#include "peerhelper.h"
#include "planner.h"
#include "rulesparser.h"
#include "tablegeneration.h"
#include "testtables.h"

#include <QSignalSpy>
#include <QTest>

class TestHelperBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refreshReadsTheTableWithoutBlocking();
    void aRefreshUnderWayMakesTheNextANoOp();
    void applySucceedsOrNamesTheFailure();
    void describesTheHelperAndKernel();
};

void TestHelperBackend::refreshReadsTheTableWithoutBlocking()
{
    PeerHelper helper(QStringLiteral("backend-refresh"));
    QVERIFY(helper.isConnected());
    helper.kernel.table = parseTable("-A -t 192.168.10.254:80 -s wlc\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n");
    helper.kernel.table.timeouts = Timeouts{};
    HelperBackend backend(helper.client);
    QSignalSpy read(&backend, &Backend::tableRead);
    backend.refresh();
    QVERIFY(backend.isRefreshing());
    QVERIFY(read.wait(5000));
    QVERIFY(!backend.isRefreshing());
    const IpvsTable table = read.first().at(0).value<IpvsTable>();
    QVERIFY(table.sameConfiguration(helper.kernel.table));
    QCOMPARE(read.first().at(1).value<std::uint64_t>(), TableGeneration::of(helper.kernel.table));
    // The poll never asks for a password.
    QVERIFY(helper.authorizer.asked.contains(QStringLiteral("org.lvsstudio.read quiet")));
}

void TestHelperBackend::aRefreshUnderWayMakesTheNextANoOp()
{
    PeerHelper helper(QStringLiteral("backend-skip"));
    helper.authorizer.defer = true;
    HelperBackend backend(helper.client);
    QSignalSpy read(&backend, &Backend::tableRead);
    backend.refresh();
    backend.refresh();
    backend.refresh();
    QTRY_COMPARE(helper.authorizer.pendingChecks(), 2); // GetInfo and one GetTable
    helper.authorizer.answerAll();
    QVERIFY(read.wait(5000));
    QVERIFY(!read.wait(300));
    QCOMPARE(read.count(), 1);
}

void TestHelperBackend::applySucceedsOrNamesTheFailure()
{
    PeerHelper helper(QStringLiteral("backend-apply"));
    const IpvsTable before = parseTable("-A -t 192.168.10.254:80 -s wlc\n");
    helper.kernel.table = before;
    HelperBackend backend(helper.client);
    QSignalSpy applied(&backend, &Backend::applied);
    QSignalSpy failed(&backend, &Backend::applyFailed);

    const IpvsTable wanted = parseTable("-A -t 192.168.10.254:80 -s wrr\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n");
    backend.apply(TableGeneration::of(before), Planner::plan(before, wanted), true);
    QVERIFY(applied.wait(5000));
    QCOMPARE(applied.first().at(0).value<std::uint64_t>(), TableGeneration::of(wanted));
    QVERIFY(helper.authorizer.asked.contains(QStringLiteral("org.lvsstudio.modify interactive")));

    // The same batch again: the generation it was planned from is gone.
    backend.apply(TableGeneration::of(before), Planner::plan(before, wanted), true);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), QString(DBusErrors::conflict));
}

void TestHelperBackend::describesTheHelperAndKernel()
{
    PeerHelper helper(QStringLiteral("backend-describe"));
    HelperBackend backend(helper.client);
    QTRY_COMPARE(backend.description(), QStringLiteral("helper " LVS_STUDIO_VERSION ", IPVS 1.2.1"));
    QVERIFY(backend.isReal());
}

QTEST_GUILESS_MAIN(TestHelperBackend)
#include "tst_helperbackend.moc"
