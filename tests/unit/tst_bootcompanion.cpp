// SPDX-License-Identifier: GPL-2.0-or-later
// The drop-in that keeps at boot what the rules file drops: thresholds, timeouts other
// than the defaults, sync daemons; and nothing when there is nothing to keep.
#include "bootcompanion.h"
#include "ipvsadmcommand.h"
#include "rulesparser.h"

#include <QTest>

namespace {
IpvsTable table(const char *rules)
{
    const RulesParseResult parsed = RulesParser::parse(QString::fromUtf8(rules));
    if (!parsed.ok())
        qFatal("bad rules in the test: %s", qPrintable(parsed.errors.first().message));
    return parsed.table;
}
} // namespace

class TestBootCompanion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingToKeepMeansNoFile();
    void keepsThresholdsTimeoutsAndDaemons();
    void everyCommandIsOneIpvsadmUnderstands();
};

void TestBootCompanion::nothingToKeepMeansNoFile()
{
    IpvsTable plain = table("-A -t 192.168.10.254:80 -s wlc\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1\n");
    QVERIFY(BootCompanion::commands(plain).isEmpty());
    QVERIFY(BootCompanion::dropIn(plain).isEmpty());
    plain.timeouts = Timeouts{}; // read from a kernel that has the defaults
    QVERIFY(BootCompanion::dropIn(plain).isEmpty());
}

void TestBootCompanion::keepsThresholdsTimeoutsAndDaemons()
{
    IpvsTable kept = table("-A -t 192.168.10.254:80 -s wlc\n"
                           "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1\n"
                           "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 2\n");
    for (RealServer &server : kept.services[0].realServers) {
        if (server.address.toString() == u"192.168.0.170") {
            server.upperThreshold = 100;
            server.lowerThreshold = 50;
        }
    }
    kept.timeouts = Timeouts{3600, 120, 300};
    SyncDaemon daemon;
    daemon.interface = QStringLiteral("eth1");
    daemon.syncId = 7;
    kept.syncDaemons.append(daemon);

    const QStringList expected{
        u"/usr/sbin/ipvsadm --set 3600 120 300"_qs,
        u"/usr/sbin/ipvsadm -e -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 2 -x 100 -y 50"_qs,
        u"/usr/sbin/ipvsadm --start-daemon master --mcast-interface eth1 --syncid 7"_qs,
    };
    QCOMPARE(BootCompanion::commands(kept), expected);
    const QString dropIn = BootCompanion::dropIn(kept);
    QVERIFY(dropIn.contains(u"\n[Service]\n"));
    for (const QString &command : expected)
        QVERIFY2(dropIn.contains(QStringLiteral("ExecStartPost=-") + command + QLatin1Char('\n')), qPrintable(command));
    QVERIFY(dropIn.contains(BootCompanion::dropInPath()));
    QVERIFY(dropIn.endsWith(u'\n'));
}

void TestBootCompanion::everyCommandIsOneIpvsadmUnderstands()
{
    IpvsTable kept = table("-A -u [2001:db8::1]:53 -s rr\n-a -u [2001:db8::1]:53 -r [2001:db8::10]:53 -g -w 3\n");
    kept.services[0].realServers[0].upperThreshold = 9;
    kept.timeouts = Timeouts{900, 60, 30};
    SyncDaemon backup;
    backup.role = SyncDaemon::Role::Backup;
    backup.port = 9000;
    backup.ttl = 2;
    kept.syncDaemons.append(backup);
    const QStringList commands = BootCompanion::commands(kept, QStringLiteral("ipvsadm"));
    QCOMPARE(commands.size(), 3);
    // Read back by the parser that understands ipvsadm as ipvsadm does: each is valid and
    // says what the table holds.
    QList<IpvsadmCommand> parsed;
    for (const QString &command : commands) {
        QString error;
        const std::optional<IpvsadmCommand> one = IpvsadmCommand::parse(command.split(u' ').mid(1), &error);
        QVERIFY2(one, qPrintable(command + QStringLiteral(": ") + error));
        parsed.append(*one);
    }
    QCOMPARE(parsed[0].kind, IpvsadmCommand::Kind::SetTimeouts);
    QCOMPARE(parsed[0].timeouts, (Timeouts{900, 60, 30}));
    QCOMPARE(parsed[1].kind, IpvsadmCommand::Kind::EditServer);
    QCOMPARE(parsed[1].server.upperThreshold, 9u);
    QCOMPARE(parsed[1].server.weight, 3u);
    QCOMPARE(parsed[2].kind, IpvsadmCommand::Kind::StartDaemon);
    QCOMPARE(parsed[2].daemon, backup);
}

QTEST_MAIN(TestBootCompanion)
#include "tst_bootcompanion.moc"
