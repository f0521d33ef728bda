// SPDX-License-Identifier: GPL-2.0-or-later
// SIGTERM (systemctl stop, shutdown) arriving between two changes of a batch: the batch
// ends as it would have (applied, or rolled back), its reply goes out, and only then does
// the event loop hear of the signal. The test's main() blocks the signals first, as the
// helper's does.
#include "changebatch.h"
#include "helper1proxy.h"
#include "peerhelper.h"
#include "planner.h"
#include "rulesparser.h"
#include "tablegeneration.h"
#include "terminationsignals.h"

#include <QDBusPendingCallWatcher>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {
IpvsTable parseTable(const char16_t *text)
{
    return RulesParser::parse(QStringView(text)).table;
}

const IpvsTable before = parseTable(u"-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 192.168.1.1:80 -m\n");
const IpvsTable wanted = parseTable(u"-A -t 10.0.0.1:80 -s wrr\n"
                                    u"-a -t 10.0.0.1:80 -r 192.168.1.2:80 -m\n"
                                    u"-a -t 10.0.0.1:80 -r 192.168.1.3:80 -m\n"
                                    u"-a -t 10.0.0.1:80 -r 192.168.1.4:80 -m\n"
                                    u"-A -u 10.0.0.1:53 -s rr\n"
                                    u"-a -u 10.0.0.1:53 -r 192.168.1.2:53 -m\n");
} // namespace

class TestTerminationSignals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aBatchCutBySigtermEndsFirst_data();
    void aBatchCutBySigtermEndsFirst();
};

void TestTerminationSignals::aBatchCutBySigtermEndsFirst_data()
{
    QTest::addColumn<int>("signalAt");
    QTest::addColumn<int>("failAt");
    QTest::addColumn<bool>("applied");
    QTest::newRow("applied") << 3 << -1 << true;
    QTest::newRow("rolled back") << 2 << 4 << false;
}

void TestTerminationSignals::aBatchCutBySigtermEndsFirst()
{
    QFETCH(int, signalAt);
    QFETCH(int, failAt);
    QFETCH(bool, applied);
    TerminationSignals termination;
    QVERIFY(termination.isValid());
    PeerHelper helper(QStringLiteral("sigterm-%1").arg(QTest::currentDataTag()));
    QVERIFY(helper.isConnected());
    helper.kernel.table = before;
    helper.kernel.failIndex = failAt;
    const QList<TableChange> plan = Planner::plan(before, wanted);
    QVERIFY(plan.size() > signalAt + 1);
    bool sent = false;
    helper.kernel.beforeChange = [&](qsizetype index) {
        if (index == signalAt) {
            // Process-directed, as systemd sends it: any thread could take it, none does.
            QCOMPARE(::kill(::getpid(), SIGTERM), 0);
            sent = true;
        }
    };
    // What the table is when the program hears of the signal.
    std::optional<IpvsTable> heard;
    connect(&termination, &TerminationSignals::requested, this, [&](int number) {
        QCOMPARE(number, int(SIGTERM));
        heard = helper.kernel.table;
    });

    Helper1Proxy proxy(QString(), QStringLiteral("/org/lvsstudio/Helper1"), helper.client);
    auto reply = proxy.Apply(TableGeneration::of(before), ChangeBatch::encode(plan), false);
    QDBusPendingCallWatcher watcher(reply);
    QSignalSpy replied(&watcher, &QDBusPendingCallWatcher::finished);
    QVERIFY(watcher.isFinished() || replied.wait(5000));
    QVERIFY(sent);
    QCOMPARE(reply.isValid(), applied);
    QTRY_VERIFY(heard.has_value());
    // Exactly "after" or exactly "before", never between, when the signal is handled.
    QVERIFY(heard->sameConfiguration(applied ? wanted : before));
    QVERIFY(helper.kernel.table.sameConfiguration(applied ? wanted : before));
}

int main(int argc, char *argv[])
{
    TerminationSignals::block();
    QCoreApplication app(argc, argv);
    TestTerminationSignals test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_terminationsignals.moc"
