// SPDX-License-Identifier: GPL-2.0-or-later
// org.lvsstudio.Lab1 over a real (peer-to-peer) D-Bus connection, with the generated
// adaptor and proxy, a fake lab runner and a fake polkit: validation before polkit, a
// refusal that builds nothing, the director's table as a Helper1 object, requests,
// teardown, and no idle exit while a lab exists.
#include "dbuserrors.h"
#include "fakeauthorizer.h"
#include "fakeipvskernel.h"
#include "helper1proxy.h"
#include "lab1adaptor.h"
#include "lab1proxy.h"
#include "labrunner.h"
#include "labservice.h"
#include "planner.h"
#include "ruleswriter.h"
#include "tablesnapshot.h"

#include <QDBusPendingCallWatcher>
#include <QDBusServer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

namespace {
/// Records what it was asked; its "network" is a fake kernel and canned answers.
class FakeLabRunner : public LabRunner
{
public:
    std::atomic<int> builds = 0;
    std::atomic<int> teardowns = 0;
    bool failBuild = false;
    bool running = false;
    std::uint16_t lastFirstPort = 0;
    QStringList leftovers = {QStringLiteral("lvs-lab-client")};
    FakeIpvsKernel kernel;

    bool build(const LabDescription &, QString *error) override
    {
        ++builds;
        if (failBuild)
            *error = QStringLiteral("ip: RTNETLINK answers: Operation not permitted");
        return !failBuild;
    }
    bool start(const LabDescription &lab, QString *) override
    {
        kernel = FakeIpvsKernel{};
        Planner::apply(kernel.table, Planner::plan(IpvsTable{}, lab.table()));
        running = true;
        return true;
    }
    void stop() override { running = false; }
    QStringList teardown(QString *) override
    {
        ++teardowns;
        return std::exchange(leftovers, {});
    }
    QList<LabAnswer> fetch(const LabDescription &lab, int count, std::uint16_t firstPort) override
    {
        lastFirstPort = firstPort;
        QList<LabAnswer> answers;
        for (int i = 0; i < count; ++i) {
            const int host = lab.servers.at(i % lab.servers.size()).host;
            answers.append({host, LabDescription::answerText(host)});
        }
        return answers;
    }
    IpvsKernel &director() override { return kernel; }
};

const QList<uint> hosts{160, 170, 180};
const QList<uint> weights{1, 2, 3};
} // namespace

class TestLabService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { DBusTypes::registerTypes(); }
    void init();
    void cleanup();
    void invalidRequestsAreRefusedBeforePolkitIsAsked_data();
    void invalidRequestsAreRefusedBeforePolkitIsAsked();
    void deniedCreatesNothing();
    void buildsAndServesTheDirectorsTable();
    void oneLabAtATime();
    void requestsComeFromTheLabsClient();
    void destroyRemovesItAll();
    void aFailedBuildLeavesNoLab();
    void leftoversAreRemoved();

private:
    template<typename Reply>
    bool finish(Reply &reply)
    {
        QDBusPendingCallWatcher watcher(reply);
        QSignalSpy done(&watcher, &QDBusPendingCallWatcher::finished);
        return watcher.isFinished() || done.wait(5000);
    }
    bool create()
    {
        auto reply = m_proxy->CreateLab(QStringLiteral("dr"), QStringLiteral("wrr"), 0, hosts, weights, true);
        return finish(reply) && reply.isValid();
    }

    QDBusServer *m_server = nullptr;
    FakeLabRunner *m_runner = nullptr;
    FakeAuthorizer m_authorizer;
    LabService *m_service = nullptr;
    Lab1Proxy *m_proxy = nullptr;
    QDBusConnection m_client{QString()};
};

void TestLabService::init()
{
    m_runner = new FakeLabRunner;
    m_authorizer = FakeAuthorizer{};
    m_service = new LabService(*m_runner, m_authorizer);
    new Lab1Adaptor(m_service);
    m_server = new QDBusServer(QStringLiteral("unix:tmpdir=/tmp"));
    QVERIFY2(m_server->isConnected(), qPrintable(m_server->lastError().message()));
    connect(m_server, &QDBusServer::newConnection, this, [this](const QDBusConnection &connection) {
        QDBusConnection(connection).registerObject(QStringLiteral("/org/lvsstudio/Lab1"), m_service);
    });
    const QString name = QStringLiteral("lab-client-%1").arg(QTest::currentTestFunction());
    m_client = QDBusConnection::connectToPeer(m_server->address(), name);
    QVERIFY(m_client.isConnected());
    m_proxy = new Lab1Proxy(QString(), QStringLiteral("/org/lvsstudio/Lab1"), m_client);
}

void TestLabService::cleanup()
{
    QDBusConnection::disconnectFromPeer(QStringLiteral("lab-client-%1").arg(QTest::currentTestFunction()));
    delete m_proxy;
    delete m_service; // before the server: see tests/unit/peerhelper.h
    delete m_server;
    delete m_runner;
}

void TestLabService::invalidRequestsAreRefusedBeforePolkitIsAsked_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("scheduler");
    QTest::addColumn<QList<uint>>("hosts");
    QTest::addColumn<QList<uint>>("weights");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown method") << QStringLiteral("local") << QStringLiteral("wrr") << hosts << weights
                                    << QStringLiteral("method local: nat, dr or tun");
    QTest::newRow("unknown scheduler") << QStringLiteral("nat") << QStringLiteral("fast") << hosts << weights
                                       << QStringLiteral("scheduler fast: not one of the kernel's");
    QTest::newRow("weights missing") << QStringLiteral("nat") << QStringLiteral("wrr") << hosts << QList<uint>{1}
                                     << QStringLiteral("3 hosts but 1 weights");
    QTest::newRow("the VIP as a real server") << QStringLiteral("dr") << QStringLiteral("wrr") << QList<uint>{200}
                                              << QList<uint>{1} << QStringLiteral("192.168.0.200 cannot be a real server");
    QTest::newRow("no real server") << QStringLiteral("tun") << QStringLiteral("rr") << QList<uint>{} << QList<uint>{}
                                    << QStringLiteral("at least one real server");
    // A million hosts are refused by their count, before one of them is looked at.
    QTest::newRow("a million hosts") << QStringLiteral("nat") << QStringLiteral("rr") << QList<uint>(1000000, 7u)
                                     << QList<uint>(1000000, 1u)
                                     << QStringLiteral("1000000 hosts and 1000000 weights: a lab has at most 8 real servers");
    QTest::newRow("a long scheduler") << QStringLiteral("nat") << QString(100000, QLatin1Char('w')) << hosts << weights
                                      << QStringLiteral("the scheduler name is too long");
}

void TestLabService::invalidRequestsAreRefusedBeforePolkitIsAsked()
{
    QFETCH(QString, method);
    QFETCH(QString, scheduler);
    QFETCH(QList<uint>, hosts);
    QFETCH(QList<uint>, weights);
    QFETCH(QString, message);
    auto reply = m_proxy->CreateLab(method, scheduler, 0, hosts, weights, true);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY2(reply.error().message().contains(message), qPrintable(reply.error().message()));
    QVERIFY(m_authorizer.asked.isEmpty());
    QCOMPARE(m_runner->builds.load(), 0);

    auto send = m_proxy->SendLabRequests(0, false);
    QVERIFY(finish(send));
    QCOMPARE(send.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY(m_authorizer.asked.isEmpty());
}

void TestLabService::deniedCreatesNothing()
{
    m_authorizer.allow = false;
    auto reply = m_proxy->CreateLab(QStringLiteral("nat"), QStringLiteral("wlc"), 0, hosts, weights, true);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::notAuthorized));
    QCOMPARE(m_authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.lab interactive")});
    QCOMPARE(m_runner->builds.load(), 0);
    QVERIFY(!m_service->hasLab());
    QVERIFY(m_service->isIdle());
}

void TestLabService::buildsAndServesTheDirectorsTable()
{
    auto reply = m_proxy->CreateLab(QStringLiteral("dr"), QStringLiteral("wrr"), 0, hosts, weights, true);
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.value().path(), QStringLiteral("/org/lvsstudio/Lab1/Director"));
    QCOMPARE(m_runner->builds.load(), 1);
    QVERIFY(m_runner->running);
    QVERIFY(m_service->hasLab());
    QVERIFY(!m_service->isIdle());

    // A backend like any other: the Helper1 interface at the path it was given.
    Helper1Proxy director(QString(), reply.value().path(), m_client);
    auto table = director.GetTable();
    QVERIFY(finish(table));
    QVERIFY2(table.isValid(), qPrintable(table.error().message()));
    IpvsTable read;
    QString problem;
    QVERIFY(TableSnapshot::decode(table.argumentAt<0>(), &read, &problem));
    QCOMPARE(RulesWriter::rules(read), QStringLiteral("-A -t 192.168.0.200:80 -s wrr\n"
                                                      "-a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1\n"
                                                      "-a -t 192.168.0.200:80 -r 192.168.0.170:80 -g -w 2\n"
                                                      "-a -t 192.168.0.200:80 -r 192.168.0.180:80 -g -w 3\n"));

    auto status = m_proxy->LabStatus();
    QVERIFY(finish(status));
    QVERIFY(status.value());
    QCOMPARE(status.argumentAt<1>(), QStringLiteral("dr"));
    QCOMPARE(status.argumentAt<2>(), QStringLiteral("wrr"));
    QCOMPARE(status.argumentAt<4>(), hosts);
    QCOMPARE(status.argumentAt<5>(), weights);
}

void TestLabService::oneLabAtATime()
{
    QVERIFY(create());
    auto again = m_proxy->CreateLab(QStringLiteral("nat"), QStringLiteral("wlc"), 0, hosts, weights, true);
    QVERIFY(finish(again));
    QCOMPARE(again.error().name(), QString(DBusErrors::labExists));
    QCOMPARE(m_runner->builds.load(), 1);
}

void TestLabService::requestsComeFromTheLabsClient()
{
    auto none = m_proxy->SendLabRequests(3, false);
    QVERIFY(finish(none));
    QCOMPARE(none.error().name(), QString(DBusErrors::noSuchLab));

    QVERIFY(create());
    auto reply = m_proxy->SendLabRequests(6, false);
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.value(), (QList<uint>{160, 170, 180, 160, 170, 180}));
    QCOMPARE(reply.argumentAt<1>().first(), QStringLiteral("This is 160"));
    const std::uint16_t first = m_runner->lastFirstPort;
    auto next = m_proxy->SendLabRequests(2, false);
    QVERIFY(finish(next));
    // Each request its own port, also across calls.
    QCOMPARE(m_runner->lastFirstPort, std::uint16_t(first + 6));
    QVERIFY(m_authorizer.asked.contains(QStringLiteral("org.lvsstudio.lab quiet")));
}

void TestLabService::destroyRemovesItAll()
{
    QVERIFY(create());
    auto reply = m_proxy->DestroyLab(true);
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(m_runner->teardowns.load(), 1);
    QVERIFY(!m_runner->running);
    QVERIFY(!m_service->hasLab());
    QVERIFY(m_service->isIdle());

    Helper1Proxy director(QString(), LabService::directorPath(), m_client);
    auto table = director.GetTable();
    QVERIFY(finish(table));
    QVERIFY(table.isError()); // the object went with the lab

    auto again = m_proxy->DestroyLab(true);
    QVERIFY(finish(again));
    QCOMPARE(again.error().name(), QString(DBusErrors::noSuchLab));
}

void TestLabService::aFailedBuildLeavesNoLab()
{
    m_runner->failBuild = true;
    auto reply = m_proxy->CreateLab(QStringLiteral("tun"), QStringLiteral("rr"), 0, hosts, weights, false);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::kernelError));
    QVERIFY(reply.error().message().contains(QStringLiteral("Operation not permitted")));
    QVERIFY(!m_service->hasLab());
    QVERIFY(!m_runner->running);
}

void TestLabService::leftoversAreRemoved()
{
    QCOMPARE(m_service->removeLeftovers(), QStringList{QStringLiteral("lvs-lab-client")});
    QCOMPARE(m_runner->teardowns.load(), 1);
}

QTEST_GUILESS_MAIN(TestLabService)
#include "tst_labservice.moc"
