// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's D-Bus layer over a real (peer-to-peer) D-Bus connection, with the
// generated adaptor and proxy, a fake kernel and a fake polkit.
#include "dbuserrors.h"
#include "fakeauthorizer.h"
#include "fakeipvskernel.h"
#include "helper1adaptor.h"
#include "helper1proxy.h"
#include "helperservice.h"
#include "planner.h"
#include "rulesparser.h"
#include "changebatch.h"
#include "tablegeneration.h"
#include "tablesnapshot.h"
#include "testtables.h"

#include <QDBusPendingCallWatcher>
#include <QDBusServer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {
const char *listing1 = "-A -t 192.168.10.254:80 -s wlc\n"
                       "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                       "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n";
} // namespace

class TestHelperService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void getTableCarriesTheTableAndItsGeneration();
    void getTableWithInfoIsBothInOneCheck();
    void getTableWithInfoIsRefusedWhenReadingIsDenied();
    void invalidRequestIsRefusedBeforePolkitIsAsked();
    void deniedChangesNothing();
    void addServiceReachesTheKernel();
    void kernelRefusalHasAName();
    void applyRefusesAStaleGeneration();
    void applyUndoesEverythingWhenTheSeventhOfTenFails();
    void applyPutsBackWhatALaterChangeTookWithIt();
    void applyReturnsTheNewGeneration();
    void applyNamesAnImpossibleChangeWithoutTouchingTheKernel();
    void applyRefusesABadBatchBeforeAskingAnyone();
    void oversizedInputIsRefusedBeforeDecodingOrAsking();
    void idleOnlyWhenNothingIsPending();

private:
    /// Waits for an asynchronous call's reply (the service answers on this thread).
    template<typename Reply>
    bool finish(Reply &reply)
    {
        QDBusPendingCallWatcher watcher(reply);
        QSignalSpy done(&watcher, &QDBusPendingCallWatcher::finished);
        return watcher.isFinished() || done.wait(5000);
    }

    QDBusServer *m_server = nullptr;
    FakeIpvsKernel m_kernel;
    FakeAuthorizer m_authorizer;
    HelperService *m_service = nullptr;
    Helper1Proxy *m_proxy = nullptr;
};

void TestHelperService::initTestCase()
{
    DBusTypes::registerTypes();
}

void TestHelperService::init()
{
    m_kernel = FakeIpvsKernel{};
    m_kernel.table = parseTable(listing1);
    m_authorizer = FakeAuthorizer{};
    m_service = new HelperService(m_kernel, m_authorizer);
    new Helper1Adaptor(m_service);

    m_server = new QDBusServer(QStringLiteral("unix:tmpdir=/tmp"));
    QVERIFY2(m_server->isConnected(), qPrintable(m_server->lastError().message()));
    connect(m_server, &QDBusServer::newConnection, this, [this](const QDBusConnection &connection) {
        QDBusConnection(connection).registerObject(QStringLiteral("/org/lvsstudio/Helper1"), m_service);
    });
    const QString name = QStringLiteral("client-%1").arg(QTest::currentTestFunction());
    QDBusConnection client = QDBusConnection::connectToPeer(m_server->address(), name);
    QVERIFY(client.isConnected());
    m_proxy = new Helper1Proxy(QString(), QStringLiteral("/org/lvsstudio/Helper1"), client);
}

void TestHelperService::cleanup()
{
    QDBusConnection::disconnectFromPeer(QStringLiteral("client-%1").arg(QTest::currentTestFunction()));
    delete m_proxy;
    delete m_service; // before the server: see tests/unit/peerhelper.h
    delete m_server;
}

void TestHelperService::getTableCarriesTheTableAndItsGeneration()
{
    auto reply = m_proxy->GetTable();
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    IpvsTable table;
    QString problem;
    QVERIFY2(TableSnapshot::decode(reply.argumentAt<0>(), &table, &problem), qPrintable(problem));
    const QList<VirtualService> &services = table.services;
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.first().displayName(), QStringLiteral("TCP 192.168.10.254:80"));
    QCOMPARE(services.first().realServers.size(), 2);
    QCOMPARE(services.first().realServers.first().forwarding, ForwardingMethod::Masquerading);
    QCOMPARE(table.timeouts, std::optional<Timeouts>(Timeouts{})); // a kernel always has them
    QCOMPARE(reply.argumentAt<1>(), qulonglong(TableGeneration::of(m_kernel.table)));
    QCOMPARE(m_authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.read quiet")});
}

void TestHelperService::getTableWithInfoIsBothInOneCheck()
{
    auto info = m_proxy->GetInfo();
    auto table = m_proxy->GetTable();
    QVERIFY(finish(info));
    QVERIFY(finish(table));
    m_authorizer.asked.clear();

    auto reply = m_proxy->GetTableWithInfo();
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.argumentAt<0>(), info.argumentAt<0>());
    QCOMPARE(reply.argumentAt<1>(), QStringLiteral("1.2.1"));
    QCOMPARE(reply.argumentAt<2>(), 4096u);
    QCOMPARE(reply.argumentAt<3>(), table.argumentAt<0>());
    QCOMPARE(reply.argumentAt<4>(), qulonglong(TableGeneration::of(m_kernel.table)));
    QCOMPARE(m_authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.read quiet")});
}

void TestHelperService::getTableWithInfoIsRefusedWhenReadingIsDenied()
{
    m_authorizer.allow = false;
    auto reply = m_proxy->GetTableWithInfo();
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::notAuthorized));
    QCOMPARE(m_authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.read quiet")});
    // Asked again, polkit is asked again: nothing remembers an earlier answer.
    m_authorizer.allow = true;
    auto again = m_proxy->GetTableWithInfo();
    QVERIFY(finish(again));
    QVERIFY2(again.isValid(), qPrintable(again.error().message()));
    QCOMPARE(m_authorizer.asked.size(), 2);
}

void TestHelperService::invalidRequestIsRefusedBeforePolkitIsAsked()
{
    ServiceSpec spec;
    spec.service = parseTable("-A -t 10.0.0.1:80 -p\n").services.first();
    spec.service.port = 0;
    spec.service.persistent = false;
    auto reply = m_proxy->AddService(spec, true);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::invalidArgs));
    QCOMPARE(reply.error().message(), QStringLiteral("service TCP 10.0.0.1:0: port 0 (any port) needs persistence"));
    QVERIFY(m_authorizer.asked.isEmpty());

    RealServerSpec server;
    server.server = parseTable("-A -t 10.0.0.1:80\n-a -t 10.0.0.1:80 -r 10.0.0.2 -w 3\n").services.first().realServers.first();
    server.server.weight = 70000;
    auto weight = m_proxy->AddRealServer(ServiceSpec{parseTable(listing1).services.first(), {}}, server, true);
    QVERIFY(finish(weight));
    QCOMPARE(weight.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY(weight.error().message().contains(QStringLiteral("weight 70000 is out of range 0 to 65535")));
    QVERIFY(m_authorizer.asked.isEmpty());
}

void TestHelperService::deniedChangesNothing()
{
    m_authorizer.allow = false;
    const IpvsTable before = m_kernel.table;
    auto reply = m_proxy->AddService(ServiceSpec{parseTable("-A -u 10.0.0.1:53 -s rr\n").services.first(), {}}, false);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::notAuthorized));
    QCOMPARE(m_authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.modify quiet")});
    QCOMPARE(m_kernel.applyCalls, 0);
    QVERIFY(m_kernel.table.sameConfiguration(before));
}

void TestHelperService::addServiceReachesTheKernel()
{
    auto reply = m_proxy->AddService(ServiceSpec{parseTable("-A -u 10.0.0.1:53 -s rr\n").services.first(), {}}, true);
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(m_authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.modify interactive")});
    QCOMPARE(m_kernel.table.services.size(), 2);
    QCOMPARE(m_kernel.table.services.last().displayName(), QStringLiteral("UDP 10.0.0.1:53"));
}

void TestHelperService::kernelRefusalHasAName()
{
    auto reply = m_proxy->AddService(ServiceSpec{parseTable(listing1).services.first(), {}}, true);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::serviceExists));
    QCOMPARE(reply.error().message(), QStringLiteral("service TCP 192.168.10.254:80 already exists"));
}

void TestHelperService::applyRefusesAStaleGeneration()
{
    const qulonglong seen = TableGeneration::of(m_kernel.table);
    // Someone runs ipvsadm between the client's read and its Apply.
    TableChange::addService(parseTable("-A -t 10.9.9.9:80\n").services.first()).applyTo(m_kernel.table);
    const IpvsTable before = m_kernel.table;

    const TableChange change = TableChange::addService(parseTable("-A -u 10.0.0.1:53\n").services.first());
    auto reply = m_proxy->Apply(seen, ChangeBatch::encode({change}), true);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::conflict));
    QVERIFY(reply.error().message().contains(QStringLiteral("changed by someone else")));
    QVERIFY(m_kernel.table.sameConfiguration(before));
}

void TestHelperService::applyUndoesEverythingWhenTheSeventhOfTenFails()
{
    const IpvsTable before = m_kernel.table;
    const IpvsTable wanted = parseTable("-A -t 192.168.10.254:80 -s wrr\n"
                                        "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3\n"
                                        "-A -t 10.0.0.1:80 -s rr\n"
                                        "-a -t 10.0.0.1:80 -r 192.168.1.1:80 -m\n"
                                        "-a -t 10.0.0.1:80 -r 192.168.1.2:80 -m\n"
                                        "-a -t 10.0.0.1:80 -r 192.168.1.3:80 -m\n"
                                        "-a -t 10.0.0.1:80 -r 192.168.1.4:80 -m\n"
                                        "-a -t 10.0.0.1:80 -r 192.168.1.5:80 -m\n"
                                        "-A -u 10.0.0.1:53 -s rr\n");
    const QList<TableChange> plan = Planner::plan(before, wanted);
    QCOMPARE(plan.size(), 10);
    m_kernel.failIndex = 6;

    auto reply = m_proxy->Apply(TableGeneration::of(before), ChangeBatch::encode(plan), true);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::kernelError));
    QVERIFY2(reply.error().message().startsWith(QStringLiteral("change 7 of 10 (")), qPrintable(reply.error().message()));
    QVERIFY(reply.error().message().endsWith(QStringLiteral("the table is as before")));
    QVERIFY(m_kernel.table.sameConfiguration(before));
    QCOMPARE(TableGeneration::of(m_kernel.table), TableGeneration::of(before));
}

void TestHelperService::applyPutsBackWhatALaterChangeTookWithIt()
{
    // Deleting 192.168.0.170 fails, but the kernel still deletes the service next, and
    // with it the real server that should have survived: rollback must restore it too.
    const IpvsTable before = m_kernel.table;
    const QList<TableChange> plan = Planner::plan(before, parseTable("-A -t 10.0.0.1:80 -s rr\n"));
    QCOMPARE(plan.at(1).kind, TableChange::Kind::DeleteServer);
    m_kernel.failIndex = 1;

    auto reply = m_proxy->Apply(TableGeneration::of(before), ChangeBatch::encode(plan), true);
    QVERIFY(finish(reply));
    QVERIFY2(reply.error().message().endsWith(QStringLiteral("the table is as before")), qPrintable(reply.error().message()));
    QVERIFY(m_kernel.table.sameConfiguration(before));
}

void TestHelperService::applyReturnsTheNewGeneration()
{
    const IpvsTable before = m_kernel.table;
    const IpvsTable wanted = parseTable("-A -t 192.168.0.200:80 -s wlc\n-a -t 192.168.0.200:80 -r 192.168.0.160 -g\n");
    auto reply = m_proxy->Apply(TableGeneration::of(before), ChangeBatch::encode(Planner::plan(before, wanted)), true);
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QVERIFY(m_kernel.table.sameConfiguration(wanted));
    QCOMPARE(reply.value(), qulonglong(TableGeneration::of(wanted)));
}

void TestHelperService::applyNamesAnImpossibleChangeWithoutTouchingTheKernel()
{
    const TableChange change = TableChange::deleteService(parseTable("-A -t 10.7.7.7:80\n").services.first());
    auto reply = m_proxy->Apply(TableGeneration::of(m_kernel.table), ChangeBatch::encode({change}), true);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::noSuchService));
    QCOMPARE(reply.error().message(), QStringLiteral("change 1 of 1 (delete service TCP 10.7.7.7:80): service TCP 10.7.7.7:80 "
                                                     "does not exist; nothing was changed"));
    QCOMPARE(m_kernel.applyCalls, 0);
}

void TestHelperService::applyRefusesABadBatchBeforeAskingAnyone()
{
    const IpvsTable before = m_kernel.table;
    auto garbage = m_proxy->Apply(TableGeneration::of(before), QByteArray("LVSC\x01\x01\x09", 7), true);
    QVERIFY(finish(garbage));
    QCOMPARE(garbage.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY2(garbage.error().message().contains(QStringLiteral("change 1 of 1: it has an unknown change kind (9)")),
             qPrintable(garbage.error().message()));

    TableChange heavy = TableChange::addServer(before.services.first(), before.services.first().realServers.first());
    heavy.server.port = 8080;
    heavy.server.weight = 70000;
    auto invalid = m_proxy->Apply(TableGeneration::of(before), ChangeBatch::encode({heavy}), true);
    QVERIFY(finish(invalid));
    QCOMPARE(invalid.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY2(invalid.error().message().startsWith(QStringLiteral("change 1 of 1: ")), qPrintable(invalid.error().message()));
    QVERIFY2(invalid.error().message().contains(QStringLiteral("70000")), qPrintable(invalid.error().message()));
    QVERIFY(m_authorizer.asked.isEmpty()); // nobody is asked for a password for a request that would fail
    QVERIFY(m_kernel.table.sameConfiguration(before));
}

void TestHelperService::oversizedInputIsRefusedBeforeDecodingOrAsking()
{
    const IpvsTable before = m_kernel.table;
    // Valid changes, one byte too many: refused by its size, so it is never decoded.
    QByteArray batch = ChangeBatch::encode(QList<TableChange>(1, TableChange::addService(before.services.first())));
    batch.append(QByteArray(ChangeBatch::maxEncodedSize + 1 - batch.size(), '\0'));
    QElapsedTimer timer;
    timer.start();
    auto oversized = m_proxy->Apply(TableGeneration::of(before), batch, true);
    QVERIFY(finish(oversized));
    qInfo("a 16 MiB + 1 batch refused in %lld ms (through a peer connection)", timer.elapsed());
    QCOMPARE(oversized.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY2(oversized.error().message().contains(QStringLiteral("has 16777217 bytes; the helper reads at most 16777216")),
             qPrintable(oversized.error().message()));

    // A value that is not one number never reaches sysctl.d, where a newline would add a line.
    auto injected = m_proxy->SetSysctl(QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1\nkernel.modprobe = /tmp/x"),
                                       true, true);
    QVERIFY(finish(injected));
    QCOMPARE(injected.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY2(injected.error().message().contains(QStringLiteral("is not a number")), qPrintable(injected.error().message()));
    auto longName = m_proxy->SetSysctl(QString(1000000, QLatin1Char('n')), QStringLiteral("1"), false, true);
    QVERIFY(finish(longName));
    QCOMPARE(longName.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY2(longName.error().message().contains(QStringLiteral("1000000 characters")), qPrintable(longName.error().message()));

    QVERIFY(m_authorizer.asked.isEmpty());
    QVERIFY(m_kernel.table.sameConfiguration(before));
}

void TestHelperService::idleOnlyWhenNothingIsPending()
{
    QSignalSpy idle(m_service, &HelperService::idle);
    m_authorizer.defer = true;
    m_service->setIdleTimeout(100);
    auto reply = m_proxy->Flush(true);
    // The check is pending: several idle periods pass without the helper leaving.
    QVERIFY(!idle.wait(400));
    QCOMPARE(m_authorizer.pendingChecks(), 1);
    m_authorizer.answerAll();
    QVERIFY(finish(reply));
    QVERIFY(reply.isValid());
    QVERIFY(idle.wait(2000));
}

QTEST_GUILESS_MAIN(TestHelperService)
#include "tst_helperservice.moc"
