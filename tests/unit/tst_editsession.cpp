// SPDX-License-Identifier: GPL-2.0-or-later
#include "editsession.h"
#include "rulesparser.h"

#include <QSignalSpy>
#include <QTest>

namespace {
IpvsTable parseTable(const char *text)
{
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(text));
    if (!result.ok())
        qFatal("bad test table: %s", qPrintable(result.errors.first().message));
    return result.table;
}

QStringList commands(const QList<TableChange> &changes)
{
    QStringList lines;
    for (const TableChange &change : changes)
        lines.append(change.ipvsadmCommand());
    return lines;
}

const char *listing1 = "-A -t 192.168.10.254:80 -s wlc\n"
                       "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                       "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 3\n";

const IpAddress address160 = *IpAddress::parse(u"192.168.0.160");
const IpAddress address170 = *IpAddress::parse(u"192.168.0.170");
} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void editsWaitAsPendingCommands();
    void countersStayLiveUnderEdits();
    void undoAndRedoPerAction();
    void editsThatCancelOutLeaveNothingPending();
    void drainRemembersTheWeight();
    void maintenanceRemovesAndBringsBack();
    void editsThatNoLongerApplyAreConflicts();
    void appliedEditsBecomeTheKernelsAndStatesAreRemembered();
    void refusedEditsAreNotRecorded();

private:
    EditSession m_session;
    ServiceKey m_key;
};

void TestEditSession::init()
{
    m_session.revert();
    m_session.setKernelTable(parseTable(listing1), 1);
    m_key = m_session.kernelTable().services.first().key();
}

void TestEditSession::editsWaitAsPendingCommands()
{
    VirtualService dr = parseTable("-A -t 192.168.0.200:80 -s wlc\n-a -t 192.168.0.200:80 -r 192.168.0.160 -g\n"
                                   "-a -t 192.168.0.200:80 -r 192.168.0.170 -g\n")
                            .services.first();
    QSignalSpy changed(&m_session, &EditSession::changed);
    QCOMPARE(m_session.addService(dr), QStringList());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(commands(m_session.pending()), (QStringList{"ipvsadm -A -t 192.168.0.200:80 -s wlc",
                                                        "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1",
                                                        "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.170:80 -g -w 1"}));
    QCOMPARE(m_session.kernelTable().services.size(), 1); // nothing reached the kernel
    QCOMPARE(m_session.editedTable().services.size(), 2);
}

void TestEditSession::countersStayLiveUnderEdits()
{
    QCOMPARE(m_session.setWeight(m_key, address160, 80, 5), QStringList());
    IpvsTable fresh = parseTable(listing1);
    fresh.services[0].findRealServer(address160, 80)->stats.connections = 1234;
    fresh.services[0].findRealServer(address160, 80)->connections.active = 7;
    m_session.setKernelTable(fresh, 1);
    const RealServer *edited = m_session.editedTable().services[0].findRealServer(address160, 80);
    QCOMPARE(edited->weight, 5u);
    QCOMPARE(edited->stats.connections, 1234u);
    QCOMPARE(edited->connections.active, 7u);
}

void TestEditSession::undoAndRedoPerAction()
{
    QCOMPARE(m_session.setWeight(m_key, address160, 80, 5), QStringList());
    QCOMPARE(m_session.deleteRealServer(m_key, address170, 80), QStringList());
    QCOMPARE(m_session.pending().size(), 2);
    QCOMPARE(m_session.undoText(), QStringLiteral("delete real server 192.168.0.170:80"));
    m_session.undo();
    QCOMPARE(commands(m_session.pending()), QStringList{"ipvsadm -e -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 5"});
    QVERIFY(m_session.canRedo());
    m_session.redo();
    QCOMPARE(m_session.pending().size(), 2);
    m_session.undo();
    m_session.undo();
    QVERIFY(!m_session.hasPending());
    QVERIFY(!m_session.canUndo());
}

void TestEditSession::editsThatCancelOutLeaveNothingPending()
{
    QCOMPARE(m_session.setWeight(m_key, address160, 80, 5), QStringList());
    QCOMPARE(m_session.setWeight(m_key, address160, 80, 1), QStringList());
    QVERIFY(!m_session.hasPending());
    QVERIFY(m_session.canUndo()); // both actions stay in the history
}

void TestEditSession::drainRemembersTheWeight()
{
    QCOMPARE(m_session.setServerState(m_key, address170, 80, EditSession::ServerState::Drain), QStringList());
    QCOMPARE(m_session.serverState(m_key, address170, 80), EditSession::ServerState::Drain);
    QCOMPARE(commands(m_session.pending()), QStringList{"ipvsadm -e -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 0"});
    QCOMPARE(m_session.setServerState(m_key, address170, 80, EditSession::ServerState::Ready), QStringList());
    QCOMPARE(m_session.serverState(m_key, address170, 80), EditSession::ServerState::Ready);
    QCOMPARE(m_session.editedTable().services[0].findRealServer(address170, 80)->weight, 3u);
    QVERIFY(!m_session.hasPending());
}

void TestEditSession::maintenanceRemovesAndBringsBack()
{
    QCOMPARE(m_session.setServerState(m_key, address170, 80, EditSession::ServerState::Maintenance), QStringList());
    QCOMPARE(commands(m_session.pending()), QStringList{"ipvsadm -d -t 192.168.10.254:80 -r 192.168.0.170:80"});
    QCOMPARE(m_session.maintenanceServers(m_key).size(), 1);
    QCOMPARE(m_session.serverState(m_key, address170, 80), EditSession::ServerState::Maintenance);
    QCOMPARE(m_session.setServerState(m_key, address170, 80, EditSession::ServerState::Ready), QStringList());
    QVERIFY(!m_session.hasPending());
    QCOMPARE(m_session.editedTable().services[0].findRealServer(address170, 80)->weight, 3u);
    QVERIFY(m_session.maintenanceServers(m_key).isEmpty());
}

void TestEditSession::editsThatNoLongerApplyAreConflicts()
{
    QCOMPARE(m_session.setWeight(m_key, address170, 80, 9), QStringList());
    // Someone deletes 192.168.0.170 with ipvsadm.
    m_session.setKernelTable(parseTable("-A -t 192.168.10.254:80 -s wlc\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"), 2);
    QCOMPARE(m_session.conflicts().size(), 1);
    QVERIFY2(m_session.conflicts().first().startsWith(QStringLiteral("set the weight of real server 192.168.0.170:80 to 9: ")),
             qPrintable(m_session.conflicts().first()));
    QVERIFY(!m_session.hasPending());
}

void TestEditSession::appliedEditsBecomeTheKernelsAndStatesAreRemembered()
{
    QCOMPARE(m_session.setServerState(m_key, address170, 80, EditSession::ServerState::Drain), QStringList());
    m_session.markApplied();
    QVERIFY(!m_session.hasPending());
    QVERIFY(!m_session.canUndo());
    // The kernel now reports weight 0 on its own; the old weight is still known.
    IpvsTable drained = parseTable(listing1);
    drained.services[0].findRealServer(address170, 80)->weight = 0;
    m_session.setKernelTable(drained, 3);
    QCOMPARE(m_session.serverState(m_key, address170, 80), EditSession::ServerState::Drain);
    QCOMPARE(m_session.setServerState(m_key, address170, 80, EditSession::ServerState::Ready), QStringList());
    QCOMPARE(commands(m_session.pending()), QStringList{"ipvsadm -e -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 3"});
}

void TestEditSession::refusedEditsAreNotRecorded()
{
    RealServer bad;
    bad.address = *IpAddress::parse(u"2001:db8::1");
    bad.port = 80;
    bad.forwarding = ForwardingMethod::Masquerading;
    const QStringList refusals = m_session.addRealServer(m_key, bad);
    QCOMPARE(refusals.size(), 1);
    QVERIFY(refusals.first().contains(QStringLiteral("needs tunnelling")));
    QVERIFY(!m_session.canUndo());
    QCOMPARE(m_session.addService(m_session.kernelTable().services.first()),
             QStringList{QStringLiteral("service TCP 192.168.10.254:80 already exists")});
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
