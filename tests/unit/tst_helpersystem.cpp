// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's system side over D-Bus: sysctls, the boot file, the connection table and
// the table managers, each pointed at a directory of the test's own.
#include "dbuserrors.h"
#include "helper1proxy.h"
#include "peerhelper.h"
#include "rulesparser.h"
#include "testfiles.h"

#include <QDBusPendingCallWatcher>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
template<typename Reply>
bool finish(Reply &reply)
{
    QDBusPendingCallWatcher watcher(reply);
    QSignalSpy done(&watcher, &QDBusPendingCallWatcher::finished);
    return watcher.isFinished() || done.wait(5000);
}
} // namespace

class TestHelperSystem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startSyncDaemonRefusesWhatDoesNotParse();
    void init();
    void sysctlsOnlyFromTheAllowList();
    void sysctlNamesCannotEscapeTheTree_data();
    void sysctlNamesCannotEscapeTheTree();
    void setAndPersistASysctl();
    void runtimeToBootWritesTheRulesAndKeepsABackup();
    void bootConfigWarnsWhatTheFileCannotHold();
    void bootConfigSaysWhenDebianRestoresNothing();
    void connectionsFilteredAndLimited();
    void oneConnectionReadAtATimePerCaller();
    void tableManagersFromProc();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    HelperPaths m_paths;
    std::unique_ptr<PeerHelper> m_helper;
    std::unique_ptr<Helper1Proxy> m_proxy;
};

void TestHelperSystem::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString root = m_dir->path();
    m_paths.sysctlRoot = root + QStringLiteral("/sys");
    m_paths.sysctlPersistFile = root + QStringLiteral("/etc/sysctl.d/90-lvs-studio.conf");
    m_paths.bootConfig = root + QStringLiteral("/etc/sysconfig/ipvsadm");
    m_paths.procRoot = root + QStringLiteral("/proc");
    for (const char *file : {"net/ipv4/ip_forward", "net/ipv6/conf/all/forwarding", "net/ipv4/vs/expire_nodest_conn",
                             "net/ipv4/vs/conn_reuse_mode", "net/ipv4/conf/all/arp_ignore", "net/ipv4/conf/lo/arp_announce",
                             "net/ipv4/conf/eth0.100/rp_filter", "net/ipv4/tcp_syncookies", "net/ipv4/conf/all/forwarding"})
        TestFiles::write(m_paths.sysctlRoot + QLatin1Char('/') + QLatin1String(file), "0\n");
    QDir().mkpath(root + QStringLiteral("/etc/sysconfig"));
    QDir().mkpath(root + QStringLiteral("/etc/sysctl.d"));

    m_proxy.reset();
    m_helper.reset(); // its connection name is reused: let it go first
    m_helper = std::make_unique<PeerHelper>(
        QStringLiteral("system-%1-%2").arg(QTest::currentTestFunction(), QTest::currentDataTag()), m_paths);
    QVERIFY(m_helper->isConnected());
    m_proxy = std::make_unique<Helper1Proxy>(QString(), QStringLiteral("/org/lvsstudio/Helper1"), m_helper->client);
}

void TestHelperSystem::sysctlsOnlyFromTheAllowList()
{
    auto reply = m_proxy->GetSysctls();
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.value().keys(), (QStringList{"net.ipv4.conf.all.arp_ignore", "net.ipv4.conf.eth0.100.rp_filter",
                                                "net.ipv4.conf.lo.arp_announce", "net.ipv4.ip_forward",
                                                "net.ipv4.vs.conn_reuse_mode", "net.ipv4.vs.expire_nodest_conn",
                                                "net.ipv6.conf.all.forwarding"}));
}

void TestHelperSystem::sysctlNamesCannotEscapeTheTree_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("another setting") << "net.ipv4.tcp_syncookies";
    QTest::newRow("forwarding per interface") << "net.ipv4.conf.all.forwarding";
    QTest::newRow("a path in the interface") << "net.ipv4.conf.../../../../etc/passwd.arp_ignore";
    QTest::newRow("a slash in an IPVS name") << "net.ipv4.vs.../../tcp_syncookies";
    QTest::newRow("an IPVS setting this kernel lacks") << "net.ipv4.vs.no_such_setting";
    QTest::newRow("a missing interface") << "net.ipv4.conf.eth9.arp_ignore";
    QTest::newRow("empty") << "";
}

void TestHelperSystem::sysctlNamesCannotEscapeTheTree()
{
    QFETCH(QString, name);
    auto reply = m_proxy->SetSysctl(name, QStringLiteral("1"), false, true);
    QVERIFY(finish(reply));
    QCOMPARE(reply.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY(m_helper->authorizer.asked.isEmpty());
    QCOMPARE(TestFiles::read(m_paths.sysctlRoot + QStringLiteral("/net/ipv4/tcp_syncookies")), QByteArray("0\n"));
}

void TestHelperSystem::setAndPersistASysctl()
{
    auto set = m_proxy->SetSysctl(QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1"), false, true);
    QVERIFY(finish(set));
    QVERIFY2(set.isValid(), qPrintable(set.error().message()));
    QCOMPARE(m_helper->authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.sysctl interactive")});
    QCOMPARE(TestFiles::read(m_paths.sysctlRoot + QStringLiteral("/net/ipv4/ip_forward")), QByteArray("1\n"));
    QVERIFY(!QFile::exists(m_paths.sysctlPersistFile));

    auto persist = m_proxy->SetSysctl(QStringLiteral("net.ipv4.conf.eth0.100.rp_filter"), QStringLiteral("2"), true, true);
    QVERIFY(finish(persist));
    QVERIFY2(persist.isValid(), qPrintable(persist.error().message()));
    // Persisting is setting and keeping: both actions are asked, in that order.
    QCOMPARE(m_helper->authorizer.asked.mid(1), (QStringList{QStringLiteral("org.lvsstudio.sysctl interactive"),
                                                             QStringLiteral("org.lvsstudio.persist interactive")}));
    QCOMPARE(TestFiles::read(m_paths.sysctlRoot + QStringLiteral("/net/ipv4/conf/eth0.100/rp_filter")), QByteArray("2\n"));
    // sysctl.d(5) splits a dotted name at every dot (conf/eth0/100/rp_filter): the slash
    // form keeps the interface's dot. A line an older version wrote dotted is replaced.
    TestFiles::write(m_paths.sysctlPersistFile, "# kept\nnet.ipv4.conf.eth0.100.rp_filter = 2\nnet.ipv4.ip_forward = 1\n"
                                         "net/ipv4/conf/eth0.100/rp_filter = 2\n");
    auto again = m_proxy->SetSysctl(QStringLiteral("net.ipv4.conf.eth0.100.rp_filter"), QStringLiteral("1"), true, true);
    QVERIFY(finish(again));
    QCOMPARE(TestFiles::read(m_paths.sysctlPersistFile),
             QByteArray("# kept\nnet/ipv4/conf/eth0.100/rp_filter = 1\nnet.ipv4.ip_forward = 1\n"));
    auto plain = m_proxy->SetSysctl(QStringLiteral("net.ipv4.conf.all.arp_ignore"), QStringLiteral("1"), true, true);
    QVERIFY(finish(plain));
    QVERIFY(TestFiles::read(m_paths.sysctlPersistFile).endsWith("net.ipv4.conf.all.arp_ignore = 1\n"));

    // A value or a name with a trailing newline is not a number or a name ('$' alone
    // would match before it); both are refused as arguments, before polkit is asked.
    auto newline = m_proxy->SetSysctl(QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1\n"), false, true);
    QVERIFY(finish(newline));
    QCOMPARE(newline.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY(newline.error().message().contains(QStringLiteral("is not a number")));
    auto badName = m_proxy->SetSysctl(QStringLiteral("net.ipv4.conf.all\n.arp_ignore"), QStringLiteral("1"), false, true);
    QVERIFY(finish(badName));
    QCOMPARE(badName.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY2(badName.error().message().contains(QStringLiteral("is not an interface name")),
             qPrintable(badName.error().message()));

    auto word = m_proxy->SetSysctl(QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("yes"), false, true);
    QVERIFY(finish(word));
    QCOMPARE(word.error().name(), QString(DBusErrors::invalidArgs));
    QVERIFY(word.error().message().contains(QStringLiteral("is not a number")));
}

void TestHelperSystem::runtimeToBootWritesTheRulesAndKeepsABackup()
{
    TestFiles::write(m_paths.bootConfig, "-A -t 10.0.0.1:80 -s rr\n");
    m_helper->kernel.table = RulesParser::parse(u"-A -t 192.168.10.254:80 -s wlc\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n").table;
    auto reply = m_proxy->SaveBootConfig(true);
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.value(), m_paths.bootConfig);
    QCOMPARE(m_helper->authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.persist interactive")});
    QCOMPARE(TestFiles::read(m_paths.bootConfig),
             QByteArray("-A -t 192.168.10.254:80 -s wlc\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1\n"));
    QCOMPARE(TestFiles::read(m_paths.bootConfig + QStringLiteral(".bak")), QByteArray("-A -t 10.0.0.1:80 -s rr\n"));
    // No temporary file is left behind.
    QCOMPARE(QDir(m_dir->path() + QStringLiteral("/etc/sysconfig")).entryList(QDir::Files | QDir::Hidden),
             (QStringList{"ipvsadm", "ipvsadm.bak"}));
}

void TestHelperSystem::bootConfigWarnsWhatTheFileCannotHold()
{
    m_helper->kernel.table = RulesParser::parse(u"ipvsadm -A -t 10.0.0.1:80\nipvsadm -a -t 10.0.0.1:80 -r 10.0.1.1 -m -x 100\n"
                                                u"ipvsadm --set 3600 0 0\n").table;
    auto reply = m_proxy->GetBootConfig();
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.argumentAt<1>(), false);
    const QStringList warnings = reply.argumentAt<3>();
    QCOMPARE(warnings.size(), 2); // thresholds, timeouts (the path is not under /etc/sysconfig here)
    QVERIFY(warnings.at(0).contains(QStringLiteral("thresholds")));
    QVERIFY(warnings.at(1).contains(QStringLiteral("timeouts")));
    QVERIFY(BootConfig(QStringLiteral("/etc/sysconfig/ipvsadm")).warnings({}).first().contains(QStringLiteral("ipvsadm.service")));
    QCOMPARE(reply.argumentAt<4>(), QString()); // not Debian's layout
}

void TestHelperSystem::bootConfigSaysWhenDebianRestoresNothing()
{
    const QString etc = m_dir->path() + QStringLiteral("/debian/etc");
    QVERIFY(QDir().mkpath(etc + QStringLiteral("/default")));
    const BootConfig debian(etc + QStringLiteral("/ipvsadm.rules"));
    QCOMPARE(debian.debianAuto(), u"AUTO=\"false\""_qs); // no defaults file: the init script's own default
    TestFiles::write(etc + QStringLiteral("/default/ipvsadm"), "# ipvsadm\nAUTO=\"false\"\nDAEMON=\"none\"\n");
    QCOMPARE(debian.debianAuto(), u"AUTO=\"false\""_qs);
    QVERIFY2(debian.warnings({}).value(0).contains(u"sets AUTO=\"false\" now, so nothing is restored at boot"),
             qPrintable(debian.warnings({}).value(0)));
    TestFiles::write(etc + QStringLiteral("/default/ipvsadm"), "AUTO=\"true\"\n");
    QCOMPARE(debian.debianAuto(), u"AUTO=\"true\""_qs);
    QVERIFY(debian.warnings({}).isEmpty());
}

void TestHelperSystem::connectionsFilteredAndLimited()
{
    TestFiles::write(m_paths.procRoot + QStringLiteral("/net/ip_vs_conn"),
              "Pro FromIP   FPrt ToIP     TPrt DestIP   DPrt State       Expires PEName PEData\n"
              "TCP C0A80A0A D431 C0A80AFE 0050 C0A800A0 0050 ESTABLISHED     899\n"
              "TCP C0A80A0B D432 C0A80AFE 0050 C0A800AA 0050 TIME_WAIT        61\n"
              "TCP C0A80A0C D433 C0A80AFE 0050 C0A800A0 0050 FIN_WAIT         61\n"
              "UDP 0A000005 13C4 0A000001 13C4 0A000101 13C4 UDP             120\n");
    auto all = m_proxy->GetConnections(QString(), 0, QString(), 0, 0, 0);
    QVERIFY(finish(all));
    QVERIFY2(all.isValid(), qPrintable(all.error().message()));
    QCOMPARE(all.argumentAt<0>().size(), 4);
    QCOMPARE(all.argumentAt<1>(), 4ull);
    auto toServer = m_proxy->GetConnections(QStringLiteral("192.168.10.254"), 80, QStringLiteral("192.168.0.160"), 0, 0, 1);
    QVERIFY(finish(toServer));
    QCOMPARE(toServer.argumentAt<0>().size(), 1);
    QCOMPARE(toServer.argumentAt<0>().first().client.toString(), QStringLiteral("192.168.10.10"));
    QCOMPARE(toServer.argumentAt<1>(), 2ull); // both of 192.168.0.160's, one sent
    // The second page of that: from the second match on.
    auto second = m_proxy->GetConnections(QStringLiteral("192.168.10.254"), 80, QStringLiteral("192.168.0.160"), 0, 1, 1);
    QVERIFY(finish(second));
    QCOMPARE(second.argumentAt<0>().size(), 1);
    QCOMPARE(second.argumentAt<0>().first().client.toString(), QStringLiteral("192.168.10.12"));
    auto past = m_proxy->GetConnections(QString(), 0, QString(), 0, 9, 0);
    QVERIFY(finish(past));
    QVERIFY(past.argumentAt<0>().isEmpty());
    QCOMPARE(past.argumentAt<1>(), 4ull);
    auto bad = m_proxy->GetConnections(QStringLiteral("not-an-address"), 0, QString(), 0, 0, 0);
    QVERIFY(finish(bad));
    QCOMPARE(bad.error().name(), QString(DBusErrors::invalidArgs));
}

void TestHelperSystem::oneConnectionReadAtATimePerCaller()
{
    // A FIFO as the table: the first read waits in the thread pool until the test writes.
    const QString path = m_paths.procRoot + QStringLiteral("/net/ip_vs_conn");
    QVERIFY(QDir().mkpath(m_paths.procRoot + QStringLiteral("/net")));
    QFile::remove(path);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // Whatever fails below, the waiting read must end, or the test never exits.
    const auto unblock = qScopeGuard([&] {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    });
    auto first = m_proxy->GetConnections(QString(), 0, QString(), 0, 0, 0);
    QTRY_VERIFY(!first.isFinished() && m_helper->service->isBusy());
    QTest::qWait(100); // the read has reached the thread pool
    auto second = m_proxy->GetConnections(QString(), 0, QString(), 0, 0, 0);
    QVERIFY(finish(second));
    QCOMPARE(second.error().name(), QStringLiteral("org.freedesktop.DBus.Error.LimitsExceeded"));
    QVERIFY2(second.error().message().contains(QStringLiteral("has a connection table read under way already")),
             qPrintable(second.error().message()));
    QVERIFY(!first.isFinished());
    QFile writer(path);
    QVERIFY(writer.open(QIODevice::WriteOnly));
    writer.write("Pro FromIP   FPrt ToIP     TPrt DestIP   DPrt State       Expires PEName PEData\n"
                 "TCP C0A80A0A D431 C0A80AFE 0050 C0A800A0 0050 ESTABLISHED     899\n");
    writer.close();
    QVERIFY(finish(first));
    QVERIFY2(first.isValid(), qPrintable(first.error().message()));
    QCOMPARE(first.argumentAt<1>(), 1ull);
    // Answered, the caller may read again.
    QFile::remove(path);
    TestFiles::write(path, "Pro FromIP   FPrt ToIP     TPrt DestIP   DPrt State       Expires PEName PEData\n");
    auto third = m_proxy->GetConnections(QString(), 0, QString(), 0, 0, 0);
    QVERIFY(finish(third));
    QVERIFY2(third.isValid(), qPrintable(third.error().message()));
}

void TestHelperSystem::tableManagersFromProc()
{
    TestFiles::write(m_paths.procRoot + QStringLiteral("/1/comm"), "systemd\n");
    TestFiles::write(m_paths.procRoot + QStringLiteral("/812/comm"), "keepalived\n");
    TestFiles::write(m_paths.procRoot + QStringLiteral("/813/comm"), "keepalived\n");
    TestFiles::write(m_paths.procRoot + QStringLiteral("/2044/comm"), "kube-proxy\n");
    TestFiles::write(m_paths.procRoot + QStringLiteral("/self/comm"), "ldirectord\n"); // not a process number
    auto reply = m_proxy->GetTableManagers();
    QVERIFY(finish(reply));
    QCOMPARE(reply.value(), (QStringList{"keepalived", "kube-proxy"}));
}

void TestHelperSystem::startSyncDaemonRefusesWhatDoesNotParse()
{
    // Sent as any caller could, field by field: the struct's own decoding would turn a
    // role of 2 into master and an unreadable group into the default one.
    const auto start = [this](uchar role, const QString &group) {
        QDBusArgument daemon;
        daemon.beginStructure();
        daemon << role << QStringLiteral("eth0") << uchar(7) << ushort(0) << group << ushort(0) << uchar(0);
        daemon.endStructure();
        QDBusMessage call = QDBusMessage::createMethodCall(QString(), QStringLiteral("/org/lvsstudio/Helper1"),
                                                           QStringLiteral("org.lvsstudio.Helper1"),
                                                           QStringLiteral("StartSyncDaemon"));
        call << QVariant::fromValue(daemon) << true;
        QDBusPendingReply<> reply = m_helper->client.asyncCall(call);
        finish(reply);
        return reply;
    };
    auto role = start(2, QString());
    QCOMPARE(role.error().name(), QString(DBusErrors::invalidArgs));
    QCOMPARE(role.error().message(), QStringLiteral("daemon role 2 is neither master (0) nor backup (1)"));
    auto group = start(0, QStringLiteral("224.0.0.300"));
    QCOMPARE(group.error().name(), QString(DBusErrors::invalidArgs));
    QCOMPARE(group.error().message(), QStringLiteral("multicast group '224.0.0.300' is not an IPv4 or IPv6 address"));
    QVERIFY(m_helper->authorizer.asked.isEmpty()); // refused before polkit was asked
    QVERIFY(m_helper->kernel.table.syncDaemons.isEmpty());

    auto backup = start(1, QStringLiteral("239.1.2.3"));
    QVERIFY2(backup.isValid(), qPrintable(backup.error().message()));
    QCOMPARE(m_helper->kernel.table.syncDaemons.size(), 1);
    QCOMPARE(m_helper->kernel.table.syncDaemons[0].role, SyncDaemon::Role::Backup);
    QCOMPARE(m_helper->kernel.table.syncDaemons[0].group, *IpAddress::parse(u"239.1.2.3"));
}

QTEST_GUILESS_MAIN(TestHelperSystem)
#include "tst_helpersystem.moc"
