// SPDX-License-Identifier: GPL-2.0-or-later
#include "planner.h"
#include "rulesparser.h"
#include "validation.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace {
IpvsTable parseTable(const QString &text)
{
    const RulesParseResult result = RulesParser::parse(text);
    if (!result.ok())
        qFatal("bad test table: %s", qPrintable(result.errors.first().message));
    return result.table;
}

IpvsTable readTable(const char *relative)
{
    QFile file(QStringLiteral(LVS_TEST_DATA_DIR "/") + QLatin1String(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", relative);
    return parseTable(QString::fromUtf8(file.readAll()));
}

QStringList commands(const QList<TableChange> &changes)
{
    QStringList lines;
    for (const TableChange &change : changes)
        lines.append(change.ipvsadmCommand());
    return lines;
}

// Random but valid tables over a small pool of keys, so pairs share services and
// real servers often enough to need edits.
class TableGenerator
{
public:
    explicit TableGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    IpvsTable table()
    {
        IpvsTable table;
        for (const char *key : serviceKeys()) {
            if (chance(60))
                table.services.append(service(key));
        }
        if (chance(30))
            table.timeouts = Timeouts{pick(1, 3600), pick(1, 300), pick(1, 600)};
        return table;
    }

    // A table derived from another: most parts kept, some edited, some gone, some new.
    IpvsTable mutate(const IpvsTable &from)
    {
        IpvsTable to;
        for (const VirtualService &old : from.services) {
            if (chance(15))
                continue;
            VirtualService next = chance(30) ? withNewAttributes(old) : old;
            next.realServers.clear();
            for (const RealServer &server : old.realServers) {
                if (chance(15))
                    continue;
                next.realServers.append(chance(30) ? realServer(next, server.address, server.port) : server);
            }
            for (int i = 0; i < 2; ++i) {
                const RealServer extra = realServer(next);
                if (chance(30) && !next.findRealServer(extra.address, extra.port))
                    next.realServers.prepend(extra);
            }
            to.services.append(next);
        }
        for (const char *key : serviceKeys()) {
            const VirtualService candidate = service(key);
            if (chance(20) && !to.find(candidate.key()))
                to.services.append(candidate);
        }
        to.timeouts = chance(50) ? from.timeouts : std::optional<Timeouts>(Timeouts{pick(1, 3600), 120, pick(1, 600)});
        return to;
    }

private:
    static QList<const char *> serviceKeys()
    {
        return {"-t 10.0.0.1:80", "-t 10.0.0.1:443", "-u 10.0.0.1:53", "-t 200.0.0.1:80", "--sctp-service 10.0.0.2:3868",
                "-t [2001:db8::1]:80", "-f 1", "-f 2 -6"};
    }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    std::uint32_t pick(std::uint32_t low, std::uint32_t high) { return low + m_random.bounded(high - low + 1); }

    VirtualService service(const char *key)
    {
        VirtualService service = withNewAttributes(
            parseTable(QStringLiteral("-A %1 -p\n").arg(QLatin1String(key))).services.first());
        for (int i = pick(0, 5); i > 0; --i) {
            const RealServer server = realServer(service);
            if (!service.findRealServer(server.address, server.port))
                service.realServers.prepend(server);
        }
        return service;
    }

    VirtualService withNewAttributes(VirtualService service)
    {
        const QList<Scheduler> schedulers = Schedulers::all();
        service.scheduler = schedulers.at(m_random.bounded(int(schedulers.size())));
        service.schedulerFlags = 0;
        if (service.scheduler == Scheduler::SourceHashing || service.scheduler == Scheduler::MaglevHashing)
            service.schedulerFlags = (chance(50) ? std::uint32_t(SchedulerFlag1) : 0u) | (chance(50) ? std::uint32_t(SchedulerFlag2) : 0u);
        service.persistent = chance(40);
        service.persistenceTimeout = service.persistent ? pick(1, 3600) : defaultPersistenceTimeout;
        const bool v6 = service.family() == IpAddress::Family::V6;
        service.persistenceNetmask = !service.persistent || chance(50) ? service.fullPersistenceNetmask()
                                                                       : (v6 ? 64u : 0xffffff00u);
        const bool udp = !service.isFirewallMark() && service.protocol == Protocol::Udp;
        service.onePacket = udp && chance(30);
        service.persistenceEngine = udp && service.persistent && chance(30) ? QStringLiteral("sip") : QString();
        return service;
    }

    RealServer realServer(const VirtualService &service, std::optional<IpAddress> address = {},
                          std::optional<std::uint16_t> port = {})
    {
        RealServer server;
        const bool v6 = service.family() == IpAddress::Family::V6;
        server.address = address.value_or(*IpAddress::parse(
            (v6 ? QStringLiteral("2001:db8::%1") : QStringLiteral("192.168.0.%1")).arg(pick(1, 8))));
        const int method = int(m_random.bounded(3));
        server.forwarding = method == 0 ? ForwardingMethod::Masquerading
                          : method == 1 ? ForwardingMethod::DirectRouting
                                        : ForwardingMethod::Tunnelling;
        if (port)
            server.port = *port;
        else if (service.isFirewallMark())
            server.port = chance(50) ? 0 : 80;
        else
            server.port = server.forwarding == ForwardingMethod::Masquerading && chance(50) ? 8080 : service.port;
        // A key stays a key: DR and tunnelling keep the service's port.
        if (!service.isFirewallMark() && server.port != service.port)
            server.forwarding = ForwardingMethod::Masquerading;
        server.weight = chance(5) ? 65535 : pick(0, 10);
        server.upperThreshold = chance(30) ? pick(10, 1000) : 0;
        server.lowerThreshold = server.upperThreshold && chance(50) ? pick(0, server.upperThreshold) : 0;
        if (server.forwarding == ForwardingMethod::Tunnelling) {
            server.tunnelType = TunnelType(m_random.bounded(3));
            if (server.tunnelType == TunnelType::Gue) {
                server.tunnelPort = std::uint16_t(pick(1024, 65535));
                server.tunnelChecksum = TunnelChecksum(m_random.bounded(3));
            } else if (server.tunnelType == TunnelType::Gre) {
                server.tunnelChecksum = TunnelChecksum(m_random.bounded(2));
            }
        }
        return server;
    }

    QRandomGenerator m_random;
};

QString issues(const IpvsTable &table)
{
    QStringList messages;
    for (const ValidationIssue &issue : Validation::checkTable(table))
        messages.append(issue.message);
    return messages.join(u'\n');
}

// What the table holds after changes that may set timeouts on a table that had none.
IpvsTable withTimeoutsFrom(IpvsTable table, const IpvsTable &other)
{
    if (!table.timeouts && other.timeouts)
        table.timeouts = Timeouts{};
    return table;
}
} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listing1ToListing9();
    void editsInsteadOfDeleteAndAdd_data();
    void editsInsteadOfDeleteAndAdd();
    void realServersBeforeTheirServiceOnDelete();
    void nothingToDo();
    void generatedPairs();
};

void TestPlanner::listing1ToListing9()
{
    const QList<TableChange> changes = Planner::plan(readTable("howto/listing1.sh"), readTable("howto/listing9.sh"));
    QCOMPARE(commands(changes), (QStringList{
        "ipvsadm -d -t 192.168.10.254:80 -r 192.168.0.160:80",
        "ipvsadm -d -t 192.168.10.254:80 -r 192.168.0.170:80",
        "ipvsadm -d -t 192.168.10.254:80 -r 192.168.0.180:80",
        "ipvsadm -d -t 192.168.10.254:80 -r 192.168.0.254:80",
        "ipvsadm -D -t 192.168.10.254:80",
        "ipvsadm -A -t 192.168.0.200:80 -s wlc",
        "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1",
        "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.170:80 -g -w 1",
        "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.180:80 -g -w 1",
    }));
    QCOMPARE(changes.at(4).describe(), QStringLiteral("delete service TCP 192.168.10.254:80"));
    QCOMPARE(changes.at(6).describe(),
             QStringLiteral("add real server 192.168.0.160:80 to service TCP 192.168.0.200:80 (DR, weight 1)"));
}

void TestPlanner::editsInsteadOfDeleteAndAdd_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    const QString base = QStringLiteral("-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 192.168.0.1:80 -m -w 1\n");

    QTest::newRow("scheduler") << base << QStringLiteral("-A -t 10.0.0.1:80 -s wrr\n-a -t 10.0.0.1:80 -r 192.168.0.1:80 -m -w 1\n")
                               << QStringList{"ipvsadm -E -t 10.0.0.1:80 -s wrr"};
    QTest::newRow("persistence") << base << QStringLiteral("-A -t 10.0.0.1:80 -s wlc -p 600\n-a -t 10.0.0.1:80 -r 192.168.0.1:80 -m -w 1\n")
                                 << QStringList{"ipvsadm -E -t 10.0.0.1:80 -s wlc -p 600"};
    QTest::newRow("weight") << base << QStringLiteral("-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 192.168.0.1:80 -m -w 0\n")
                            << QStringList{"ipvsadm -e -t 10.0.0.1:80 -r 192.168.0.1:80 -m -w 0"};
    QTest::newRow("forwarding") << base << QStringLiteral("-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 192.168.0.1:80 -g -w 1\n")
                                << QStringList{"ipvsadm -e -t 10.0.0.1:80 -r 192.168.0.1:80 -g -w 1"};
    QTest::newRow("thresholds") << base << QStringLiteral("-A -t 10.0.0.1:80 -s wlc\nipvsadm -a -t 10.0.0.1:80 -r 192.168.0.1:80 -m -x 100 -y 50\n")
                                << QStringList{"ipvsadm -e -t 10.0.0.1:80 -r 192.168.0.1:80 -m -w 1 -x 100 -y 50"};
    QTest::newRow("a real server's port is its key")
        << base << QStringLiteral("-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 192.168.0.1:8080 -m -w 1\n")
        << QStringList{"ipvsadm -d -t 10.0.0.1:80 -r 192.168.0.1:80", "ipvsadm -a -t 10.0.0.1:80 -r 192.168.0.1:8080 -m -w 1"};
    QTest::newRow("a service's address is its key")
        << base << QStringLiteral("-A -t 10.0.0.2:80 -s wlc\n-a -t 10.0.0.2:80 -r 192.168.0.1:80 -m -w 1\n")
        << QStringList{"ipvsadm -d -t 10.0.0.1:80 -r 192.168.0.1:80", "ipvsadm -D -t 10.0.0.1:80",
                       "ipvsadm -A -t 10.0.0.2:80 -s wlc", "ipvsadm -a -t 10.0.0.2:80 -r 192.168.0.1:80 -m -w 1"};
    QTest::newRow("timeouts") << base << base + QStringLiteral("ipvsadm --set 3600 0 0\n")
                              << QStringList{"ipvsadm --set 3600 120 300"};
}

void TestPlanner::editsInsteadOfDeleteAndAdd()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    QCOMPARE(commands(Planner::plan(parseTable(from), parseTable(to))), expected);
}

void TestPlanner::realServersBeforeTheirServiceOnDelete()
{
    const IpvsTable from = readTable("howto/listing9.sh");
    const QList<TableChange> changes = Planner::plan(from, IpvsTable{});
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.last().kind, TableChange::Kind::DeleteService);
    // Undoing is adding the service back before its real servers.
    const QList<TableChange> undo = Planner::inverse(changes);
    QCOMPARE(undo.first().kind, TableChange::Kind::AddService);
    IpvsTable table;
    QCOMPARE(Planner::apply(table, undo), QStringList());
    QVERIFY(table.sameConfiguration(from));
}

void TestPlanner::nothingToDo()
{
    const IpvsTable table = readTable("howto/listing1.sh");
    QVERIFY(Planner::plan(table, table).isEmpty());
}

void TestPlanner::generatedPairs()
{
    TableGenerator generator(20261125);
    const int pairs = 2000;
    int changesSeen = 0, editsSeen = 0;
    for (int i = 0; i < pairs; ++i) {
        const IpvsTable from = generator.table();
        const IpvsTable to = i % 2 ? generator.mutate(from) : generator.table();
        QVERIFY2(Validation::checkTable(from).isEmpty(), qPrintable(issues(from)));
        QVERIFY2(Validation::checkTable(to).isEmpty(), qPrintable(issues(to)));

        const QList<TableChange> changes = Planner::plan(from, to);
        changesSeen += changes.size();

        // Applying the plan to FROM gives TO (timeouts left alone when TO has none).
        IpvsTable result = from;
        const QStringList refusals = Planner::apply(result, changes);
        QVERIFY2(refusals.isEmpty(), qPrintable(QStringLiteral("pair %1: %2").arg(i).arg(refusals.join(u'\n'))));
        IpvsTable expected = to;
        if (!expected.timeouts)
            expected.timeouts = from.timeouts;
        QVERIFY2(result.sameConfiguration(expected), qPrintable(QStringLiteral("pair %1").arg(i)));

        // One change at most per service and per real server: never a delete and an add
        // where an edit does it, and never a change that changes nothing.
        QSet<QString> serviceKeys, serverKeys;
        for (const TableChange &change : changes) {
            const bool serviceLevel = change.kind == TableChange::Kind::AddService
                || change.kind == TableChange::Kind::EditService || change.kind == TableChange::Kind::DeleteService;
            const QString key = change.service.displayName()
                + (serviceLevel ? QString() : QLatin1Char('/') + change.server.endpoint());
            if (change.kind == TableChange::Kind::SetTimeouts)
                continue;
            QSet<QString> &keys = serviceLevel ? serviceKeys : serverKeys;
            QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("pair %1: %2 changed twice").arg(i).arg(key)));
            keys.insert(key);
            if (change.kind == TableChange::Kind::EditService) {
                QVERIFY(!change.service.sameServiceAttributes(change.previousService));
                ++editsSeen;
            }
            if (change.kind == TableChange::Kind::EditServer) {
                QVERIFY(!change.server.sameConfiguration(change.previousServer));
                ++editsSeen;
            }
        }

        // The inverses, in reverse order, give FROM back.
        QCOMPARE(Planner::apply(result, Planner::inverse(changes)), QStringList());
        QVERIFY2(result.sameConfiguration(withTimeoutsFrom(from, to)), qPrintable(QStringLiteral("pair %1").arg(i)));
    }
    qInfo("%d table pairs, %d changes planned, %d of them edits", pairs, changesSeen, editsSeen);
    // The generator does exercise every kind of change, edits above all.
    QVERIFY(editsSeen > pairs);
    QVERIFY(changesSeen > 10 * pairs);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
