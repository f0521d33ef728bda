// SPDX-License-Identifier: GPL-2.0-or-later
// lvsctl's online commands end to end, without root or a kernel: a private
// dbus-daemon stands in for the system bus, this process serves the real HelperService
// (generated adaptor) over a fake kernel and a fake polkit, and the real lvsctl binary
// reaches it through DBUS_SYSTEM_BUS_ADDRESS.
#include "connectiontable.h"
#include "fakeauthorizer.h"
#include "fakeipvskernel.h"
#include "helper1adaptor.h"
#include "helperservice.h"
#include "ipvsadmlisting.h"
#include "rulesparser.h"
#include "ruleswriter.h"

#include <QDBusConnection>
#include <QDir>
#include <QTemporaryDir>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

IpvsTable parseTable(const QString &text)
{
    const RulesParseResult result = RulesParser::parse(text);
    if (!result.ok())
        qFatal("bad test table");
    return result.table;
}

QString data(const char *relative)
{
    return QStringLiteral(LVS_TEST_DATA_DIR "/") + QLatin1String(relative);
}
} // namespace

class TestLvsctlHelper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void saveIsTheKernelsRules();
    void listLooksLikeIpvsadm();
    void restoreMakesTheTableTheFilesInOneBatch();
    void restoreDryRunChangesNothing();
    void restoreOfABadFileAsksNobody();
    void restoreIfGenerationRefusesAChangedTable();
    void deniedExitsFive();
    void timeoutsAndDaemons();
    void sysctlBootAndConnections();
    void connectionsPrintsATableOfManyPagesWhole();
    void noHelperExitsSix();

private:
    /// Runs lvsctl while this process keeps serving the bus.
    Run lvsctl(const QStringList &arguments, const QByteArray &input = {}, int waitMilliseconds = 30000);

    QTemporaryDir m_files; ///< the helper's /proc/sys, /etc and /proc: never the machine's
    QProcess m_busDaemon;
    QString m_busAddress;
    FakeIpvsKernel m_kernel;
    FakeAuthorizer m_authorizer;
    HelperService *m_service = nullptr;
};

void TestLvsctlHelper::initTestCase()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QFAIL("dbus-daemon is not installed (scripts/install-deps.sh installs it)");
    m_busDaemon.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    QVERIFY(m_busDaemon.waitForStarted());
    QTRY_VERIFY(m_busDaemon.canReadLine());
    m_busAddress = QString::fromUtf8(m_busDaemon.readLine()).trimmed();
    QVERIFY(!m_busAddress.isEmpty());

    DBusTypes::registerTypes();
    HelperPaths paths;
    paths.sysctlRoot = m_files.filePath(QStringLiteral("sys"));
    paths.sysctlPersistFile = m_files.filePath(QStringLiteral("90-lvs-studio.conf"));
    paths.bootConfig = m_files.filePath(QStringLiteral("ipvsadm.rules"));
    paths.procRoot = m_files.filePath(QStringLiteral("proc"));
    QVERIFY(QDir().mkpath(paths.sysctlRoot + QStringLiteral("/net/ipv4/vs")));
    QVERIFY(QDir().mkpath(paths.procRoot + QStringLiteral("/net")));
    for (const QString &file : {QStringLiteral("/net/ipv4/ip_forward"), QStringLiteral("/net/ipv4/vs/expire_nodest_conn")}) {
        QFile sysctl(paths.sysctlRoot + file);
        QVERIFY(sysctl.open(QIODevice::WriteOnly) && sysctl.write("0\n") == 2);
    }
    QFile connections(paths.procRoot + QStringLiteral("/net/ip_vs_conn"));
    QVERIFY(connections.open(QIODevice::WriteOnly));
    connections.write("Pro FromIP   FPrt ToIP     TPrt DestIP   DPrt State       Expires PEName PEData\n"
                      "TCP C0A80A0A D431 C0A80AFE 0050 C0A800A0 0050 ESTABLISHED     899\n");
    connections.close();
    m_service = new HelperService(m_kernel, m_authorizer, paths);
    new Helper1Adaptor(m_service);
    QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("test-bus"));
    QVERIFY(bus.isConnected());
    QVERIFY(bus.registerObject(QStringLiteral("/org/lvsstudio/Helper1"), m_service));
    QVERIFY(bus.registerService(QStringLiteral("org.lvsstudio.Helper1")));
}

void TestLvsctlHelper::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("test-bus"));
    delete m_service;
    m_busDaemon.terminate();
    m_busDaemon.waitForFinished();
}

void TestLvsctlHelper::init()
{
    m_kernel.table = parseTable(QStringLiteral("-A -t 192.168.10.254:80 -s wlc\n"
                                               "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                                               "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"));
    m_kernel.failIndex = -1;
    m_kernel.applyCalls = 0;
    m_authorizer.allow = true;
    m_authorizer.asked.clear();
}

Run TestLvsctlHelper::lvsctl(const QStringList &arguments, const QByteArray &input, int waitMilliseconds)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_busAddress);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(LVSCTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(waitMilliseconds))
        qFatal("lvsctl %s did not finish within %d ms", qPrintable(arguments.join(QLatin1Char(' '))), waitMilliseconds);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestLvsctlHelper::saveIsTheKernelsRules()
{
    const Run run = lvsctl({QStringLiteral("save")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, RulesWriter::rules(m_kernel.table));
    QCOMPARE(m_authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.read quiet")});
}

void TestLvsctlHelper::listLooksLikeIpvsadm()
{
    m_kernel.table.services[0].realServers[0].stats.connections = 42;
    const Run run = lvsctl({QStringLiteral("list"), QStringLiteral("--stats")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("IP Virtual Server version 1.2.1 (size=4096)\n"
                                               "Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes\n")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  -> 192.168.0.170:80                   42        0")), qPrintable(run.out));
    // One call for the version line and the table: one polkit check.
    QCOMPARE(m_authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.read quiet")});
    IpvsadmListing::Options options;
    options.view = IpvsadmListing::View::Stats;
    QCOMPARE(run.out, IpvsadmListing::write(m_kernel.table, options));
    const Run twoViews = lvsctl({QStringLiteral("list"), QStringLiteral("--stats"), QStringLiteral("--rate")});
    QCOMPARE(twoViews.exitCode, 2);

    m_authorizer.allow = false;
    const Run denied = lvsctl({QStringLiteral("list")});
    QCOMPARE(denied.exitCode, 5);
    QVERIFY2(denied.err.startsWith(QStringLiteral("lvsctl list: not authorized for org.lvsstudio.read")), qPrintable(denied.err));
    QCOMPARE(denied.out, QString());
}

void TestLvsctlHelper::restoreMakesTheTableTheFilesInOneBatch()
{
    const Run run = lvsctl({QStringLiteral("restore"), data("howto/listing9.sh")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(RulesWriter::rules(m_kernel.table), QStringLiteral("-A -t 192.168.0.200:80 -s wlc\n"
                                                                "-a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1\n"
                                                                "-a -t 192.168.0.200:80 -r 192.168.0.170:80 -g -w 1\n"
                                                                "-a -t 192.168.0.200:80 -r 192.168.0.180:80 -g -w 1\n"));
    QCOMPARE(m_authorizer.asked,
             (QStringList{QStringLiteral("org.lvsstudio.read quiet"), QStringLiteral("org.lvsstudio.modify interactive")}));

    // A failing change inside the batch leaves the table as it was, and says which.
    const IpvsTable before = m_kernel.table;
    m_kernel.failIndex = 2;
    const Run failing = lvsctl({QStringLiteral("restore"), data("howto/listing1.sh")});
    QCOMPARE(failing.exitCode, 4);
    QVERIFY2(failing.err.contains(QStringLiteral("change 3 of ")), qPrintable(failing.err));
    QVERIFY2(failing.err.contains(QStringLiteral("the table is as before")), qPrintable(failing.err));
    QVERIFY(m_kernel.table.sameConfiguration(before));
}

void TestLvsctlHelper::restoreDryRunChangesNothing()
{
    const IpvsTable before = m_kernel.table;
    const Run run = lvsctl({QStringLiteral("restore"), QStringLiteral("--dry-run"), data("howto/listing9.sh")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("ipvsadm -D -t 192.168.10.254:80\n")), qPrintable(run.out));
    QVERIFY(m_kernel.table.sameConfiguration(before));
    QCOMPARE(m_kernel.applyCalls, 0);
}

void TestLvsctlHelper::restoreIfGenerationRefusesAChangedTable()
{
    const Run generation = lvsctl({QStringLiteral("generation")});
    QCOMPARE(generation.exitCode, 0);
    const QString seen = generation.out.trimmed();
    QVERIFY2(seen.toULongLong() != 0, qPrintable(generation.out));

    // Someone else adds a service after the generation was read.
    m_kernel.table.services.append(parseTable(QStringLiteral("-A -u 10.9.9.9:53 -s rr\n")).services);
    const IpvsTable changed = m_kernel.table;
    const Run refused = lvsctl({QStringLiteral("restore"), QStringLiteral("--if-generation"), seen, data("howto/listing9.sh")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(QStringLiteral("changed by someone else")), qPrintable(refused.err));
    QVERIFY(m_kernel.table.sameConfiguration(changed));

    const Run current = lvsctl({QStringLiteral("generation")});
    QVERIFY(current.out.trimmed() != seen);
    const Run accepted =
        lvsctl({QStringLiteral("restore"), QStringLiteral("--if-generation"), current.out.trimmed(), data("howto/listing9.sh")});
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(m_kernel.table.services.size(), 1);

    const Run garbage = lvsctl({QStringLiteral("restore"), QStringLiteral("--if-generation"), QStringLiteral("soon"),
                                data("howto/listing9.sh")});
    QCOMPARE(garbage.exitCode, 2);
    QVERIFY2(garbage.err.contains(QStringLiteral("not 'soon'")), qPrintable(garbage.err));
}

void TestLvsctlHelper::restoreOfABadFileAsksNobody()
{
    const Run run = lvsctl({QStringLiteral("restore"), data("howto/three-mistakes.sh")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("three-mistakes.sh:3: -w 70000")));
    QVERIFY(m_authorizer.asked.isEmpty());
}

void TestLvsctlHelper::deniedExitsFive()
{
    m_authorizer.allow = false;
    const Run run = lvsctl({QStringLiteral("clear")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.startsWith(QStringLiteral("lvsctl clear: not authorized for org.lvsstudio.modify")), qPrintable(run.err));
    QCOMPARE(m_kernel.table.services.size(), 1);
}

void TestLvsctlHelper::timeoutsAndDaemons()
{
    QCOMPARE(lvsctl({QStringLiteral("timeout")}).out, QStringLiteral("Timeout (tcp tcpfin udp): 900 120 300\n"));
    QCOMPARE(lvsctl({QStringLiteral("timeout"), QStringLiteral("3600"), QStringLiteral("0"), QStringLiteral("60")}).exitCode, 0);
    QCOMPARE(lvsctl({QStringLiteral("timeout")}).out, QStringLiteral("Timeout (tcp tcpfin udp): 3600 120 60\n"));
    QCOMPARE(lvsctl({QStringLiteral("timeout"), QStringLiteral("soon"), QStringLiteral("0"), QStringLiteral("60")}).exitCode, 2);

    const Run start = lvsctl({QStringLiteral("daemon"), QStringLiteral("start"), QStringLiteral("master"),
                              QStringLiteral("--mcast-interface"), QStringLiteral("eth1"), QStringLiteral("--syncid"),
                              QStringLiteral("7")});
    QCOMPARE(start.exitCode, 0);
    QCOMPARE(lvsctl({QStringLiteral("daemon")}).out, QStringLiteral("master sync daemon (mcast=eth1, syncid=7)\n"));
    QCOMPARE(lvsctl({QStringLiteral("daemon"), QStringLiteral("stop"), QStringLiteral("master")}).exitCode, 0);
    QCOMPARE(lvsctl({QStringLiteral("daemon")}).out, QString());
    QCOMPARE(lvsctl({QStringLiteral("daemon"), QStringLiteral("pause")}).exitCode, 2);
}

void TestLvsctlHelper::sysctlBootAndConnections()
{
    QCOMPARE(lvsctl({QStringLiteral("sysctl")}).out,
             QStringLiteral("net.ipv4.ip_forward = 0\nnet.ipv4.vs.expire_nodest_conn = 0\n"));
    QCOMPARE(lvsctl({QStringLiteral("sysctl"), QStringLiteral("set"), QStringLiteral("--persist"),
                     QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(lvsctl({QStringLiteral("sysctl"), QStringLiteral("get"), QStringLiteral("net.ipv4.ip_forward")}).out,
             QStringLiteral("net.ipv4.ip_forward = 1\n"));
    // sysctl(8)'s form.
    QCOMPARE(lvsctl({QStringLiteral("sysctl"), QStringLiteral("set"), QStringLiteral("net.ipv4.ip_forward=0")}).exitCode, 0);
    QCOMPARE(lvsctl({QStringLiteral("sysctl"), QStringLiteral("get"), QStringLiteral("net.ipv4.ip_forward")}).out,
             QStringLiteral("net.ipv4.ip_forward = 0\n"));
    const Run refused = lvsctl({QStringLiteral("sysctl"), QStringLiteral("set"), QStringLiteral("kernel.panic"), QStringLiteral("1")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("kernel.panic is not a setting LVS Studio manages")), qPrintable(refused.err));

    const Run save = lvsctl({QStringLiteral("boot"), QStringLiteral("save")});
    QCOMPARE(save.exitCode, 0);
    const Run show = lvsctl({QStringLiteral("boot"), QStringLiteral("show")});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.out, RulesWriter::rules(m_kernel.table));

    const Run connections = lvsctl({QStringLiteral("connections"), QStringLiteral("--server"), QStringLiteral("192.168.0.160:80")});
    QCOMPARE(connections.exitCode, 0);
    QVERIFY2(connections.out.endsWith(QStringLiteral("TCP 14:59  ESTABLISHED 192.168.10.10:54321 192.168.10.254:80  192.168.0.160:80\n")),
             qPrintable(connections.out));
}

void TestLvsctlHelper::connectionsPrintsATableOfManyPagesWhole()
{
    // Two replies' worth (GetConnections sends at most 50,000 a time). Under ASan the
    // helper and lvsctl take most of a minute over it.
    constexpr int count = ConnectionTable::entriesPerReply + 5001;
    constexpr int patience = 180 * 1000;
    QByteArray file = "Pro FromIP   FPrt ToIP     TPrt DestIP   DPrt State       Expires PEName PEData\n";
    for (int i = 0; i < count; ++i)
        file += QByteArray("TCP 0A") + QByteArray::number(i, 16).rightJustified(6, '0')
            + " D431 C0A80AFE 0050 C0A800A0 0050 ESTABLISHED     899\n";
    QFile connections(m_files.filePath(QStringLiteral("proc/net/ip_vs_conn")));
    QVERIFY(connections.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(connections.write(file), file.size());
    connections.close();

    const Run all = lvsctl({QStringLiteral("connections")}, {}, patience);
    QVERIFY2(all.exitCode == 0 && all.err.isEmpty(), qPrintable(all.err));
    QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), count + 2); // ipvsadm's two header lines, then every entry once
    QCOMPARE(lines.at(0), QStringLiteral("IPVS connection entries"));
    QCOMPARE(lines.at(2).split(QLatin1Char(' '), Qt::SkipEmptyParts).at(3), QStringLiteral("10.0.0.0:54321"));
    QCOMPARE(lines.last().split(QLatin1Char(' '), Qt::SkipEmptyParts).at(3),
             IpAddress::fromV4(0x0A000000u + count - 1).toStringWithPort(54321));
    lines.removeDuplicates();
    QCOMPARE(lines.size(), count + 2);

    const Run some = lvsctl({QStringLiteral("connections"), QStringLiteral("--limit"), QStringLiteral("52000")}, {}, patience);
    QCOMPARE(some.exitCode, 0);
    QCOMPARE(some.out.count(QLatin1Char('\n')), 52000 + 2); // across a page's end
}

void TestLvsctlHelper::noHelperExitsSix()
{
    QDBusConnection bus(QStringLiteral("test-bus"));
    QVERIFY(bus.unregisterService(QStringLiteral("org.lvsstudio.Helper1")));
    const Run run = lvsctl({QStringLiteral("save")});
    QVERIFY(bus.registerService(QStringLiteral("org.lvsstudio.Helper1")));
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QStringLiteral("cannot reach LVS Studio's helper")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestLvsctlHelper)
#include "tst_lvsctlhelper.moc"
