// SPDX-License-Identifier: GPL-2.0-or-later
// The note of a batch under way (BatchRecord): written before the batch's first change,
// gone after it; left by a helper stopped mid-batch, reported by the next one, which
// puts back what the batch touched and nothing else.
#include "batchrecord.h"
#include "changebatch.h"
#include "dbuserrors.h"
#include "peerhelper.h"
#include "planner.h"
#include "rulesparser.h"
#include "tablegeneration.h"
#include "testtables.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const char *listing1 = "-A -t 192.168.10.254:80 -s wlc\n"
                       "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                       "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n";
// Eight changes from listing1: the weight of one real server, a new service with three
// real servers, another with one, and the old service's scheduler.
const char *wanted = "-A -t 192.168.10.254:80 -s wrr\n"
                     "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3\n"
                     "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"
                     "-A -t 10.0.0.1:80 -s rr\n"
                     "-a -t 10.0.0.1:80 -r 192.168.1.1:80 -m\n"
                     "-a -t 10.0.0.1:80 -r 192.168.1.2:80 -m\n"
                     "-a -t 10.0.0.1:80 -r 192.168.1.3:80 -m\n"
                     "-A -u 10.0.0.2:53 -s rr\n"
                     "-a -u 10.0.0.2:53 -r 192.168.1.4:53 -m\n";

bool finish(const QDBusPendingCall &call)
{
    QDBusPendingCallWatcher watcher(call);
    QSignalSpy done(&watcher, &QDBusPendingCallWatcher::finished);
    return watcher.isFinished() || done.wait(5000);
}

QDBusMessage call(PeerHelper &helper, const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage message = QDBusMessage::createMethodCall(QString(), QStringLiteral("/org/lvsstudio/Helper1"),
                                                          QStringLiteral("org.lvsstudio.Helper1"), method);
    message.setArguments(arguments);
    QDBusPendingCall pending = helper.client.asyncCall(message);
    if (!finish(pending))
        qFatal("no answer to %s", qPrintable(method));
    return pending.reply();
}

HelperPaths pathsIn(const QTemporaryDir &directory)
{
    HelperPaths paths;
    paths.sysctlRoot = directory.filePath(QStringLiteral("sys"));
    paths.sysctlPersistFile = directory.filePath(QStringLiteral("sysctl.conf"));
    paths.bootConfig = directory.filePath(QStringLiteral("ipvsadm.rules"));
    paths.runtimeDirectory = directory.filePath(QStringLiteral("run"));
    return paths;
}
} // namespace

class TestBatchRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void encodesAndDecodesAWholeNote();
    void refusesANoteThatIsNotOne_data();
    void refusesANoteThatIsNotOne();
    void theNoteExistsWhileTheBatchRunsAndGoesAfter();
    void aBatchThatCannotBeNotedDoesNotStart();
    void theNextHelperReportsAndRollsBackOnlyWhatTheBatchTouched();
    void forgettingKeepsTheTable();
    void anUnreadableNoteIsReportedAndCanOnlyBeForgotten();
};

void TestBatchRecord::initTestCase()
{
    DBusTypes::registerTypes();
}

void TestBatchRecord::encodesAndDecodesAWholeNote()
{
    const IpvsTable before = parseTable(listing1);
    BatchRecord::Batch batch{QDateTime::fromMSecsSinceEpoch(1796659205000, Qt::UTC), 1000u, QStringLiteral(":1.42"),
                             before, Planner::plan(before, parseTable(wanted))};
    BatchRecord::Batch read;
    QString error;
    QVERIFY2(BatchRecord::decode(BatchRecord::encode(batch), &read, &error), qPrintable(error));
    QCOMPARE(read.started, batch.started);
    QCOMPARE(read.callerUid, std::optional<uint>(1000u));
    QCOMPARE(read.callerName, QStringLiteral(":1.42"));
    QVERIFY(read.before.sameConfiguration(before));
    QCOMPARE(ChangeBatch::encode(read.changes), ChangeBatch::encode(batch.changes));
    QCOMPARE(BatchRecord::describe(read), QStringLiteral("a batch of 8 changes that uid 1000 began at 2026-12-07 "
                                                         "16:00:05 UTC"));
}

void TestBatchRecord::refusesANoteThatIsNotOne_data()
{
    const IpvsTable before = parseTable(listing1);
    const QByteArray whole = BatchRecord::encode(
        BatchRecord::Batch{QDateTime::currentDateTimeUtc(), 0u, QString(), before, Planner::plan(before, parseTable(wanted))});
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("does not begin with LVSR");
    QTest::newRow("other magic") << QByteArray("LVSTxxxxxxxx") << QStringLiteral("does not begin with LVSR");
    QByteArray newer = whole;
    newer[7] = 2; // the version, big-endian after the magic
    QTest::newRow("newer version") << newer << QStringLiteral("version 2");
    QTest::newRow("truncated") << whole.left(whole.size() - 5) << QStringLiteral("ends before its batch does");
    QTest::newRow("trailing bytes") << whole + QByteArray("x") << QStringLiteral("bytes follow the batch");
}

void TestBatchRecord::refusesANoteThatIsNotOne()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    BatchRecord::Batch read;
    QString error;
    QVERIFY(!BatchRecord::decode(bytes, &read, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestBatchRecord::theNoteExistsWhileTheBatchRunsAndGoesAfter()
{
    QTemporaryDir directory;
    PeerHelper helper(QStringLiteral("record-during"), pathsIn(directory));
    helper.kernel.table = parseTable(listing1);
    helper.kernel.table.timeouts = Timeouts{}; // as the kernel reports them
    const IpvsTable before = helper.kernel.table;
    const BatchRecord record(directory.filePath(QStringLiteral("run")));
    std::optional<BatchRecord::Batch> seen;
    helper.kernel.beforeChange = [&](qsizetype index) {
        if (index != 4)
            return;
        QFile note(record.inProgressPath());
        QVERIFY(note.open(QIODevice::ReadOnly));
        BatchRecord::Batch batch;
        QString error;
        QVERIFY2(BatchRecord::decode(note.readAll(), &batch, &error), qPrintable(error));
        seen = batch;
    };
    const QList<TableChange> plan = Planner::plan(before, parseTable(wanted));
    const QDBusMessage reply = call(helper, QStringLiteral("Apply"),
                                    {qulonglong(TableGeneration::of(before)), ChangeBatch::encode(plan), true});
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    QVERIFY2(seen.has_value(), "the note was not there between the 4th and 5th change");
    QVERIFY(seen->before.sameConfiguration(before));
    QCOMPARE(seen->changes.size(), plan.size());
    QVERIFY(!QFile::exists(record.inProgressPath()));
    QVERIFY(!QFile::exists(record.interruptedPath()));
    QCOMPARE(QFileInfo(directory.filePath(QStringLiteral("run"))).permissions() & QFileDevice::ReadOther,
             QFileDevice::Permissions{});
}

void TestBatchRecord::aBatchThatCannotBeNotedDoesNotStart()
{
    QTemporaryDir directory;
    HelperPaths paths = pathsIn(directory);
    paths.runtimeDirectory = directory.filePath(QStringLiteral("a-file/run"));
    QFile blocker(directory.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    PeerHelper helper(QStringLiteral("record-cannot"), paths);
    helper.kernel.table = parseTable(listing1);
    const IpvsTable before = helper.kernel.table;
    const QDBusMessage reply = call(helper, QStringLiteral("Apply"),
                                    {qulonglong(TableGeneration::of(before)),
                                     ChangeBatch::encode(Planner::plan(before, parseTable(wanted))), true});
    QCOMPARE(reply.errorName(), QString(DBusErrors::kernelError));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("cannot note the batch")), qPrintable(reply.errorMessage()));
    QVERIFY(reply.errorMessage().endsWith(QStringLiteral("nothing was changed")));
    QCOMPARE(helper.kernel.applyCalls, 0);
    QVERIFY(helper.kernel.table.sameConfiguration(before));
}

void TestBatchRecord::theNextHelperReportsAndRollsBackOnlyWhatTheBatchTouched()
{
    QTemporaryDir directory;
    const HelperPaths paths = pathsIn(directory);
    const IpvsTable before = parseTable(listing1);
    const QList<TableChange> plan = Planner::plan(before, parseTable(wanted));
    // What a helper stopped after the 4th change of its batch left: its note.
    QString error;
    QVERIFY(BatchRecord(paths.runtimeDirectory).begin({QDateTime::currentDateTimeUtc(), 0u, QString(), before, plan}, &error));
    // What the kernel held when it stopped: the first four changes made; then someone
    // else added a service.
    FakeIpvsKernel halfMade;
    halfMade.table = before;
    for (int i = 0; i < 4; ++i)
        QVERIFY(plan.at(i).applyTo(halfMade.table).isEmpty());
    const VirtualService foreign = parseTable("-A -t 172.16.0.1:443 -s sh\n").services.first();
    halfMade.table.services.append(foreign);

    PeerHelper next(QStringLiteral("record-next"), paths);
    next.kernel.table = halfMade.table;
    const std::optional<QString> journal = next.service->adoptInterruptedBatch();
    QVERIFY(journal.has_value());
    QVERIFY2(journal->contains(QStringLiteral("a batch of 8 changes that uid 0 began at")), qPrintable(*journal));
    QVERIFY(journal->contains(QStringLiteral("lvsctl interrupted")));
    QVERIFY(!next.service->adoptInterruptedBatch().has_value()); // once

    QDBusMessage report = call(next, QStringLiteral("GetInterruptedBatch"));
    QCOMPARE(report.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(report.arguments().value(0).toBool(), true);
    QVERIFY2(report.arguments().value(1).toString().endsWith(QStringLiteral("was cut short: the helper applying it "
                                                                            "stopped before it ended (killed, out of "
                                                                            "memory or crashed)")),
             qPrintable(report.arguments().value(1).toString()));
    const QStringList differences = report.arguments().value(2).toStringList();
    QVERIFY2(!differences.isEmpty(), "the half-made batch shows no difference");
    QVERIFY(!differences.join(QLatin1Char('\n')).contains(QStringLiteral("172.16.0.1")));

    const QDBusMessage rolledBack = call(next, QStringLiteral("RollBackInterruptedBatch"), {true});
    QCOMPARE(rolledBack.type(), QDBusMessage::ReplyMessage);
    IpvsTable expected = before;
    expected.services.append(foreign);
    QVERIFY2(next.kernel.table.sameConfiguration(expected), "not exactly before plus the foreign service");
    QCOMPARE(rolledBack.arguments().value(0).toULongLong(), TableGeneration::of(next.kernel.table));
    QVERIFY(next.authorizer.asked.contains(QStringLiteral("org.lvsstudio.modify interactive")));

    report = call(next, QStringLiteral("GetInterruptedBatch"));
    QCOMPARE(report.arguments().value(0).toBool(), false);
    const QDBusMessage again = call(next, QStringLiteral("RollBackInterruptedBatch"), {true});
    QCOMPARE(again.errorName(), QString(DBusErrors::invalidArgs));
    QCOMPARE(again.errorMessage(), QStringLiteral("no batch was interrupted"));
}

void TestBatchRecord::forgettingKeepsTheTable()
{
    QTemporaryDir directory;
    const HelperPaths paths = pathsIn(directory);
    const IpvsTable before = parseTable(listing1);
    const QList<TableChange> plan = Planner::plan(before, parseTable(wanted));
    QString error;
    QVERIFY(BatchRecord(paths.runtimeDirectory).begin({QDateTime::currentDateTimeUtc(), 0u, QString(), before, plan}, &error));
    PeerHelper next(QStringLiteral("record-forget"), paths);
    next.kernel.table = parseTable(wanted);
    QVERIFY(next.service->adoptInterruptedBatch().has_value());
    next.authorizer.allow = false;
    QCOMPARE(call(next, QStringLiteral("ForgetInterruptedBatch"), {false}).errorName(), QString(DBusErrors::notAuthorized));
    QVERIFY(QFile::exists(BatchRecord(paths.runtimeDirectory).interruptedPath()));
    next.authorizer.allow = true;
    QCOMPARE(call(next, QStringLiteral("ForgetInterruptedBatch"), {false}).type(), QDBusMessage::ReplyMessage);
    QVERIFY(next.kernel.table.sameConfiguration(parseTable(wanted)));
    QCOMPARE(call(next, QStringLiteral("GetInterruptedBatch")).arguments().value(0).toBool(), false);
}

void TestBatchRecord::anUnreadableNoteIsReportedAndCanOnlyBeForgotten()
{
    QTemporaryDir directory;
    const HelperPaths paths = pathsIn(directory);
    QVERIFY(QDir().mkpath(paths.runtimeDirectory));
    QFile note(BatchRecord(paths.runtimeDirectory).inProgressPath());
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("LVSR\0\0\0\1 torn", 13);
    note.close();
    PeerHelper next(QStringLiteral("record-torn"), paths);
    next.kernel.table = parseTable(listing1);
    QVERIFY(next.service->adoptInterruptedBatch().has_value());
    const QDBusMessage report = call(next, QStringLiteral("GetInterruptedBatch"));
    QCOMPARE(report.arguments().value(0).toBool(), true);
    QVERIFY2(report.arguments().value(1).toString().contains(QStringLiteral("batch-interrupted cannot be read: it ends "
                                                                            "before its batch does")),
             qPrintable(report.arguments().value(1).toString()));
    const QDBusMessage rollback = call(next, QStringLiteral("RollBackInterruptedBatch"), {true});
    QCOMPARE(rollback.errorName(), QString(DBusErrors::invalidArgs));
    QVERIFY(rollback.errorMessage().endsWith(QStringLiteral("nothing to roll back from; forget it")));
    QVERIFY(next.kernel.table.sameConfiguration(parseTable(listing1)));
    QCOMPARE(call(next, QStringLiteral("ForgetInterruptedBatch"), {true}).type(), QDBusMessage::ReplyMessage);
    QCOMPARE(call(next, QStringLiteral("GetInterruptedBatch")).arguments().value(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestBatchRecord)
#include "tst_batchrecord.moc"
