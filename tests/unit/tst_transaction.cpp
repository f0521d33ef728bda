// SPDX-License-Identifier: GPL-2.0-or-later
// One batch as one transaction (core/transaction.h) on a fake kernel that fails on
// demand: a refusal, a lost acknowledgement, an undo refused, reads that fail, and a
// change someone else makes between two of the batch's windows.
#include "batchfootprint.h"
#include "dbuserrors.h"
#include "fakeipvskernel.h"
#include "planner.h"
#include "rulesparser.h"
#include "tablegeneration.h"
#include "testtables.h"
#include "transaction.h"

#include <QTest>

#include <algorithm>

namespace {
const char *before = "-A -t 192.168.10.254:80 -s wlc\n"
                     "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                     "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"
                     "-A -u 192.168.10.254:53 -s rr\n"
                     "-a -u 192.168.10.254:53 -r 192.168.0.160:53 -m\n";

// Ten changes (with the TCP timeout wantedTable() sets): a scheduler, a weight, a new
// service with five real servers, another new service, and the timeouts.
const char *wanted = "-A -t 192.168.10.254:80 -s wrr\n"
                     "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3\n"
                     "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"
                     "-A -u 192.168.10.254:53 -s rr\n"
                     "-a -u 192.168.10.254:53 -r 192.168.0.160:53 -m\n"
                     "-A -t 10.0.0.1:80 -s rr\n"
                     "-a -t 10.0.0.1:80 -r 192.168.1.1:80 -m\n"
                     "-a -t 10.0.0.1:80 -r 192.168.1.2:80 -m\n"
                     "-a -t 10.0.0.1:80 -r 192.168.1.3:80 -m\n"
                     "-a -t 10.0.0.1:80 -r 192.168.1.4:80 -m\n"
                     "-a -t 10.0.0.1:80 -r 192.168.1.5:80 -m\n"
                     "-A -t 10.0.0.2:443 -s sh\n";

const char *someoneElses = "-A -t 10.9.9.9:80 -s rr\n-a -t 10.9.9.9:80 -r 192.168.9.9:80 -g\n";
} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aMadeBatchReturnsTheNewGeneration();
    void aRefusalPutsBackEverythingTheBatchDid();
    void aChangeMadeBetweenTwoWindowsSurvivesTheRollback();
    void aForeignEditOfAnUntouchedRealServerSurvives();
    void aLostAcknowledgementIsPutBackToo();
    void anUndoThatIsRefusedIsRollbackFailed();
    void aReadBackThatFailsIsRollbackFailed();
    void aDumpCutByENOBUFSIsReadAgain();
    void aMadeBatchWhoseReadBackFailsIsStillMade();
    void theRecordHookSeesTheBatchBeforeTheKernelAndMayStopIt();
    void footprintOfADeletedServiceHoldsItsRealServers();

private:
    static IpvsTable wantedTable()
    {
        IpvsTable table = parseTable(wanted);
        table.timeouts = Timeouts{60, 120, 300};
        return table;
    }
    QList<TableChange> plan() const { return Planner::plan(m_before, wantedTable()); }
    std::uint64_t generation() const { return TableGeneration::of(m_before); }

    FakeIpvsKernel m_kernel;
    IpvsTable m_before;
};

void TestTransaction::init()
{
    m_kernel = FakeIpvsKernel{};
    m_kernel.table = parseTable(before);
    m_kernel.table.timeouts = Timeouts{};
    m_before = m_kernel.table;
}

void TestTransaction::aMadeBatchReturnsTheNewGeneration()
{
    QCOMPARE(plan().size(), 10);
    const Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());
    QVERIFY2(outcome.applied, qPrintable(outcome.message));
    QVERIFY(m_kernel.table.sameConfiguration(wantedTable()));
    QCOMPARE(outcome.generation, TableGeneration::of(m_kernel.table));
}

void TestTransaction::aRefusalPutsBackEverythingTheBatchDid()
{
    m_kernel.failIndex = 6;
    const Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());
    QVERIFY(!outcome.applied);
    QCOMPARE(outcome.errorName, QString(DBusErrors::kernelError));
    QVERIFY2(outcome.message.startsWith(QStringLiteral("change 7 of 10 (")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.endsWith(QStringLiteral("; the table is as before")), qPrintable(outcome.message));
    QVERIFY(m_kernel.table.sameConfiguration(m_before));
}

void TestTransaction::aChangeMadeBetweenTwoWindowsSurvivesTheRollback()
{
    // keepalived adds a service of its own between the batch's fourth and fifth change;
    // the batch fails at its eighth. Putting back "the table before" would delete it.
    const IpvsTable foreign = parseTable(someoneElses);
    std::optional<IpvsTable> whenItCame;
    m_kernel.beforeChange = [&](qsizetype index) {
        if (index != 4)
            return;
        whenItCame = m_kernel.table;
        m_kernel.table.services.append(foreign.services);
    };
    m_kernel.failIndex = 7;
    const Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());

    // The seam: it came while the batch was half made, after four of its changes.
    QVERIFY(whenItCame);
    QVERIFY(!whenItCame->sameConfiguration(m_before));
    QVERIFY(!whenItCame->sameConfiguration(wantedTable()));
    QVERIFY(!outcome.applied);
    QCOMPARE(outcome.errorName, QString(DBusErrors::kernelError));
    QVERIFY2(outcome.message.endsWith(QStringLiteral("what others changed meanwhile was kept")),
             qPrintable(outcome.message));
    IpvsTable expected = m_before;
    expected.services.append(foreign.services);
    QVERIFY(m_kernel.table.sameConfiguration(expected)); // exactly "before" plus theirs
}

void TestTransaction::aForeignEditOfAnUntouchedRealServerSurvives()
{
    // Someone quiesces 192.168.0.160:53, which the batch never touches, mid-batch.
    m_kernel.beforeChange = [&](qsizetype index) {
        if (index == 2)
            m_kernel.table.services[1].realServers[0].weight = 0;
    };
    m_kernel.failIndex = 9;
    const Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());
    QVERIFY(!outcome.applied);
    IpvsTable expected = m_before;
    expected.services[1].realServers[0].weight = 0;
    QVERIFY(m_kernel.table.sameConfiguration(expected));
}

void TestTransaction::aLostAcknowledgementIsPutBackToo()
{
    // The fifth change is made but its answer is lost; the rest never leave.
    m_kernel.lostFrom = 4;
    const Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());
    QVERIFY(!outcome.applied);
    QCOMPARE(outcome.errorName, QString(DBusErrors::kernelError));
    QVERIFY2(outcome.message.contains(QStringLiteral("change 5 of 10 (")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("an acknowledgement was lost")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.endsWith(QStringLiteral("; the table is as before")), qPrintable(outcome.message));
    QVERIFY(m_kernel.table.sameConfiguration(m_before));
}

void TestTransaction::anUndoThatIsRefusedIsRollbackFailed()
{
    m_kernel.failIndex = 6;
    // Deleting the new service again is refused: it stays, with its real servers.
    m_kernel.refuseSingle = [](const TableChange &change) -> std::optional<KernelError> {
        if (change.kind == TableChange::Kind::DeleteService && change.service.displayName() == QLatin1String("TCP 10.0.0.1:80"))
            return KernelError{ENOMEM, QStringLiteral("out of memory (test)")};
        return std::nullopt;
    };
    Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());
    QVERIFY(!outcome.applied);
    QCOMPARE(outcome.errorName, QString(DBusErrors::rollbackFailed));
    QVERIFY2(outcome.message.contains(QStringLiteral("delete service TCP 10.0.0.1:80: out of memory (test)")),
             qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("service TCP 10.0.0.1:80 is still there")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.endsWith(QStringLiteral("the table may be half-changed")), qPrintable(outcome.message));
    QVERIFY(m_kernel.table.find(parseTable("-A -t 10.0.0.1:80\n").services.first().key()));

    // Judged by the items, not by the undo's answers: a real server's removal refused
    // while its service's removal takes it anyway leaves everything as before.
    init();
    m_kernel.failIndex = 6;
    m_kernel.refuseSingle = [](const TableChange &change) -> std::optional<KernelError> {
        if (change.kind == TableChange::Kind::DeleteServer && change.server.endpoint() == QLatin1String("192.168.1.1:80"))
            return KernelError{ENOMEM, QStringLiteral("out of memory (test)")};
        return std::nullopt;
    };
    outcome = Transaction(m_kernel).apply(generation(), plan());
    QCOMPARE(outcome.errorName, QString(DBusErrors::kernelError));
    QVERIFY2(outcome.message.endsWith(QStringLiteral("; the table is as before")), qPrintable(outcome.message));
    QVERIFY(m_kernel.table.sameConfiguration(m_before));
}

void TestTransaction::aReadBackThatFailsIsRollbackFailed()
{
    m_kernel.failIndex = 6;
    // Read 1 is the transaction's first; 2 comes after the failure, 3 and 4 (once more)
    // after the undo.
    m_kernel.readFault = [](int call) -> std::optional<KernelError> {
        if (call >= 3)
            return KernelError{0, QStringLiteral("netlink: the dump could not be read (test)")};
        return std::nullopt;
    };
    const Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());
    QCOMPARE(outcome.errorName, QString(DBusErrors::rollbackFailed));
    QVERIFY2(outcome.message.contains(QStringLiteral("the table could not be read back: netlink: the dump could not be "
                                                     "read (test)")),
             qPrintable(outcome.message));
    QCOMPARE(m_kernel.readCalls, 4);
    QVERIFY(m_kernel.table.sameConfiguration(m_before)); // put back, but not seen to be
}

void TestTransaction::aDumpCutByENOBUFSIsReadAgain()
{
    m_kernel.failIndex = 6;
    // Each of the transaction's reads is cut once (libnl reports the overrun without
    // an errno, as "Out of memory"), and each is made once more.
    int cut = 0;
    m_kernel.readFault = [&](int call) -> std::optional<KernelError> {
        if (call % 2 == 1) {
            ++cut;
            return KernelError{0, QStringLiteral("netlink: Out of memory")};
        }
        return std::nullopt;
    };
    const Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());
    QCOMPARE(cut, 3);
    QCOMPARE(outcome.errorName, QString(DBusErrors::kernelError));
    QVERIFY2(outcome.message.endsWith(QStringLiteral("; the table is as before")), qPrintable(outcome.message));
    QVERIFY(m_kernel.table.sameConfiguration(m_before));

    // A refusal with the kernel's errno is its answer: not asked again.
    init();
    m_kernel.readFault = [](int) { return std::optional<KernelError>(KernelError{EPERM, QStringLiteral("no (test)")}); };
    QCOMPARE(Transaction(m_kernel).apply(generation(), plan()).errorName, QString(DBusErrors::kernelError));
    QCOMPARE(m_kernel.readCalls, 1);
    QCOMPARE(m_kernel.applyCalls, 0);
}

void TestTransaction::aMadeBatchWhoseReadBackFailsIsStillMade()
{
    m_kernel.readFault = [](int call) -> std::optional<KernelError> {
        if (call > 1)
            return KernelError{0, QStringLiteral("netlink: lost (test)")};
        return std::nullopt;
    };
    const Transaction::Outcome outcome = Transaction(m_kernel).apply(generation(), plan());
    QVERIFY(outcome.applied); // the kernel made it all: never report that as a failure
    QCOMPARE(outcome.generation, std::uint64_t(0));
    QVERIFY(m_kernel.table.sameConfiguration(wantedTable()));
}

void TestTransaction::theRecordHookSeesTheBatchBeforeTheKernelAndMayStopIt()
{
    Transaction transaction(m_kernel);
    int kernelCallsWhenCalled = -1;
    qsizetype batchSize = 0;
    transaction.beforeApplying = [&](const IpvsTable &was, const QList<TableChange> &changes, QString *why) {
        kernelCallsWhenCalled = m_kernel.applyCalls;
        batchSize = changes.size();
        [&] { QVERIFY(was.sameConfiguration(m_before)); }();
        // Its previous states are filled in from the kernel's table.
        const auto edit = std::find_if(changes.cbegin(), changes.cend(), [](const TableChange &change) {
            return change.kind == TableChange::Kind::EditService;
        });
        [&] {
            QVERIFY(edit != changes.cend());
            QCOMPARE(edit->previousService.scheduler, Scheduler::WeightedLeastConnection);
        }();
        *why = QStringLiteral("cannot record the batch (test)");
        return false;
    };
    const Transaction::Outcome outcome = transaction.apply(generation(), plan());
    QCOMPARE(kernelCallsWhenCalled, 0);
    QCOMPARE(batchSize, 10);
    QVERIFY(!outcome.applied);
    QCOMPARE(outcome.message, QStringLiteral("cannot record the batch (test); nothing was changed"));
    QCOMPARE(m_kernel.applyCalls, 0);
    QVERIFY(m_kernel.table.sameConfiguration(m_before));
}

void TestTransaction::footprintOfADeletedServiceHoldsItsRealServers()
{
    const IpvsTable was = m_before;
    const QList<TableChange> changes{TableChange::deleteService(was.services.at(0))};
    const BatchFootprint footprint = BatchFootprint::of(changes, {true}, was);
    IpvsTable now = was;
    now.services.removeFirst();
    QStringList differences = footprint.differences(now, was);
    std::sort(differences.begin(), differences.end());
    QCOMPARE(differences, QStringList({
                                                  QStringLiteral("real server 192.168.0.160:80 of TCP 192.168.10.254:80 is missing"),
                                                  QStringLiteral("real server 192.168.0.170:80 of TCP 192.168.10.254:80 is missing"),
                                                  QStringLiteral("service TCP 192.168.10.254:80 is missing"),
                                              }));
    QStringList unrestorable;
    QVERIFY(footprint.restore(now, was, &unrestorable).sameConfiguration(was));
    QVERIFY(unrestorable.isEmpty());
    // Refused (not made): no footprint at all.
    QVERIFY(BatchFootprint::of(changes, {false}, was).isEmpty());
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
