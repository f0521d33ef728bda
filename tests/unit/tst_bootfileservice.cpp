// SPDX-License-Identifier: GPL-2.0-or-later
// The boot-file writer (org.lvsstudio.BootFile1) on a peer-to-peer connection, alone and
// as the helper's SaveBootConfig uses it: what it refuses leaves the file as it was.
#include "bootfile1adaptor.h"
#include "bootfileclient.h"
#include "bootfileservice.h"
#include "helper1proxy.h"
#include "peerhelper.h"
#include "rulesparser.h"
#include "testfiles.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool finish(const QDBusPendingCall &call)
{
    QDBusPendingCallWatcher watcher(call);
    QSignalSpy done(&watcher, &QDBusPendingCallWatcher::finished);
    return watcher.isFinished() || done.wait(5000);
}

/// The writer served on a peer-to-peer bus of its own; `callerUid` says who calls.
class PeerWriter
{
    // Declared first, so destroyed last: a call still queued for the service holds on to
    // the server side's connection (see tests/unit/peerhelper.h).
    QDBusServer m_server{QStringLiteral("unix:tmpdir=/tmp")};

public:
    PeerWriter(const QString &name, const QString &path)
        : service(path, [this](const QString &) { return callerUid; })
        , m_name(name)
    {
        new BootFile1Adaptor(&service);
        QObject::connect(&m_server, &QDBusServer::newConnection, &service, [this](const QDBusConnection &connection) {
            QDBusConnection(connection).registerObject(QStringLiteral("/org/lvsstudio/BootFile1"), &service);
        });
        client = QDBusConnection::connectToPeer(m_server.address(), m_name);
    }
    ~PeerWriter() { QDBusConnection::disconnectFromPeer(m_name); }

    QDBusPendingReply<QString> write(const QString &rules)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(QString(), QStringLiteral("/org/lvsstudio/BootFile1"),
                                                           QStringLiteral("org.lvsstudio.BootFile1"),
                                                           QStringLiteral("Write"));
        call << rules;
        return client.asyncCall(call);
    }

    std::optional<uint> callerUid = 0u;
    BootFileService service;
    QDBusConnection client{QString()};

private:
    QString m_name;
};

const QByteArray before = "-A -t 10.0.0.1:80 -s rr\n";
} // namespace

class TestBootFileService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writesTheRulesAndKeepsABackup();
    void refusesWhatItMustNotWrite_data();
    void refusesWhatItMustNotWrite();
    void helperSavesThroughTheWriter();
    void helperSaysWhatTheWriterRefused();
    void helperSaysWhenTheWriterIsNotThere();
    void helperLeavesTheWritersLeftoversToIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestBootFileService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Debian's layout: the file straight in "etc", as the writer's unit is made for.
    m_path = m_dir->path() + QStringLiteral("/etc/ipvsadm.rules");
    TestFiles::write(m_path, before);
}

void TestBootFileService::writesTheRulesAndKeepsABackup()
{
    PeerWriter writer(QStringLiteral("writer-alone"), m_path);
    auto reply = writer.write(QStringLiteral("-A -t 192.168.10.254:80 -s wlc\n"));
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.value(), m_path);
    QCOMPARE(TestFiles::read(m_path), QByteArray("-A -t 192.168.10.254:80 -s wlc\n"));
    QCOMPARE(TestFiles::read(m_path + QStringLiteral(".bak")), before);
    QCOMPARE(QDir(m_dir->path() + QStringLiteral("/etc")).entryList(QDir::Files | QDir::Hidden),
             (QStringList{"ipvsadm.rules", "ipvsadm.rules.bak"}));
}

void TestBootFileService::refusesWhatItMustNotWrite_data()
{
    QTest::addColumn<std::optional<uint>>("uid");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("says");
    const QString good = QStringLiteral("-A -t 10.0.0.2:80 -s wrr\n");
    QTest::newRow("a user") << std::optional<uint>(1000) << good << "org.freedesktop.DBus.Error.AccessDenied"
                            << "only root may write the boot file; the caller is uid 1000";
    QTest::newRow("nobody knows who") << std::optional<uint>() << good << "org.freedesktop.DBus.Error.AccessDenied"
                                      << "the caller's uid is unknown";
    QTest::newRow("over 16 MiB") << std::optional<uint>(0) << QString(16 * 1024 * 1024 + 1, QLatin1Char('#'))
                                 << "org.freedesktop.DBus.Error.InvalidArgs" << "the boot file takes at most 16777216";
    QTest::newRow("rules that do not read")
        << std::optional<uint>(0) << QStringLiteral("-A -t 10.0.0.2:80 -s wrr\n-A -t 10.0.0.3:80 -s nosuch\n")
        << "org.freedesktop.DBus.Error.InvalidArgs" << "was left as it was: line 2: ";
}

void TestBootFileService::refusesWhatItMustNotWrite()
{
    QFETCH(std::optional<uint>, uid);
    QFETCH(QString, rules);
    QFETCH(QString, error);
    QFETCH(QString, says);
    PeerWriter writer(QStringLiteral("writer-%1").arg(QTest::currentDataTag()), m_path);
    writer.callerUid = uid;
    auto reply = writer.write(rules);
    QVERIFY(finish(reply));
    QVERIFY(reply.isError());
    QCOMPARE(reply.error().name(), error);
    QVERIFY2(reply.error().message().contains(says), qPrintable(reply.error().message()));
    QCOMPARE(TestFiles::read(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".bak")));
}

void TestBootFileService::helperSavesThroughTheWriter()
{
    PeerWriter writer(QStringLiteral("writer-for-helper"), m_path);
    BootFileClient client(writer.client, QString());
    HelperPaths paths;
    paths.bootConfig = m_path;
    paths.sysctlPersistFile = m_dir->path() + QStringLiteral("/etc/sysctl.d/90-lvs-studio.conf");
    PeerHelper helper(QStringLiteral("helper-through-writer"), paths);
    helper.service->writeBootFileThrough(&client);
    helper.kernel.table = RulesParser::parse(u"-A -u 10.0.0.9:53 -s sh\n").table;
    Helper1Proxy proxy(QString(), QStringLiteral("/org/lvsstudio/Helper1"), helper.client);
    auto reply = proxy.SaveBootConfig(false);
    QVERIFY(finish(reply));
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.value(), m_path);
    QCOMPARE(helper.authorizer.asked, QStringList{QStringLiteral("org.lvsstudio.persist quiet")});
    QCOMPARE(TestFiles::read(m_path), QByteArray("-A -u 10.0.0.9:53 -s sh\n"));
    QCOMPARE(TestFiles::read(m_path + QStringLiteral(".bak")), before);
}

void TestBootFileService::helperSaysWhatTheWriterRefused()
{
    PeerWriter writer(QStringLiteral("writer-refusing"), m_path);
    writer.callerUid = 1000;
    BootFileClient client(writer.client, QString());
    HelperPaths paths;
    paths.bootConfig = m_path;
    PeerHelper helper(QStringLiteral("helper-refused"), paths);
    helper.service->writeBootFileThrough(&client);
    Helper1Proxy proxy(QString(), QStringLiteral("/org/lvsstudio/Helper1"), helper.client);
    auto reply = proxy.SaveBootConfig(false);
    QVERIFY(finish(reply));
    QVERIFY(reply.isError());
    QCOMPARE(reply.error().name(), QStringLiteral("org.lvsstudio.Error.KernelError"));
    QCOMPARE(reply.error().message(), QStringLiteral("only root may write the boot file; the caller is uid 1000"));
    QCOMPARE(TestFiles::read(m_path), before);
}

void TestBootFileService::helperSaysWhenTheWriterIsNotThere()
{
    // A connection to a writer that has gone: the call fails at once, as a missing
    // activation file or a unit that does not start would.
    QDBusConnection gone{QString()};
    {
        PeerWriter writer(QStringLiteral("writer-gone"), m_path);
        gone = writer.client;
    }
    BootFileClient client(gone, QString());
    HelperPaths paths;
    paths.bootConfig = m_path;
    PeerHelper helper(QStringLiteral("helper-alone"), paths);
    helper.service->writeBootFileThrough(&client);
    Helper1Proxy proxy(QString(), QStringLiteral("/org/lvsstudio/Helper1"), helper.client);
    auto reply = proxy.SaveBootConfig(false);
    QVERIFY(finish(reply));
    QVERIFY(reply.isError());
    QVERIFY2(reply.error().message().startsWith(
                 QStringLiteral("the boot-file writer (org.lvsstudio.BootFile1) could not be used: ")),
             qPrintable(reply.error().message()));
    QCOMPARE(TestFiles::read(m_path), before);
}

void TestBootFileService::helperLeavesTheWritersLeftoversToIt()
{
    const QString leftover = m_dir->path() + QStringLiteral("/etc/.ipvsadm.rules.Ab12Cd");
    TestFiles::write(leftover, "cut\n");
    HelperPaths paths;
    paths.bootConfig = m_path;
    paths.sysctlPersistFile = m_dir->path() + QStringLiteral("/etc/sysctl.d/90-lvs-studio.conf");
    PeerHelper helper(QStringLiteral("helper-sweeping"), paths);
    BootFileClient client(helper.client, QString());
    helper.service->writeBootFileThrough(&client);
    QCOMPARE(helper.service->removeLeftoverFiles(), QStringList());
    QVERIFY(QFile::exists(leftover));

    BootFileService writer(m_path, [](const QString &) { return std::optional<uint>(0); });
    QCOMPARE(writer.removeLeftovers(), QStringList{leftover});
    QVERIFY(!QFile::exists(leftover));
}

QTEST_MAIN(TestBootFileService)
#include "tst_bootfileservice.moc"
