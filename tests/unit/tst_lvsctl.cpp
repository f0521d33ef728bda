// SPDX-License-Identifier: GPL-2.0-or-later
// lvsctl as a user runs it: the real binary, its output and its exit codes.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run lvsctl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(LVSCTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qFatal("lvsctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString data(const char *relative)
{
    return QStringLiteral(LVS_TEST_DATA_DIR "/") + QLatin1String(relative);
}
} // namespace

class TestLvsctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void checkReportsEveryMistakeWithItsLine();
    void convertListing1ToRules();
    void convertReadsStandardInput();
    void convertToScriptRoundTrips();
    void planIsAScriptFromOneTableToTheOther();
    void keepalivedInAndOut();
    void realServerSetup();
    void helpForEachCommand_data();
    void helpForEachCommand();
};

void TestLvsctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("valid file") << QStringList{"check", data("howto/listing1.sh")} << 0 << "";
    QTest::newRow("invalid file") << QStringList{"check", data("howto/three-mistakes.sh")} << 1 << "3 mistakes";
    QTest::newRow("no command") << QStringList{} << 2 << "Usage: lvsctl";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
    QTest::newRow("check without file") << QStringList{"check"} << 2 << "expected exactly one FILE";
    QTest::newRow("unknown option") << QStringList{"check", "--bogus", "x"} << 2 << "Unknown option 'bogus'";
    QTest::newRow("convert without --to") << QStringList{"convert", data("howto/listing1.sh")} << 2
                                          << "--to is required";
    QTest::newRow("convert to unknown format") << QStringList{"convert", "--to", "xml", data("howto/listing1.sh")}
                                               << 2 << "unknown format 'xml'";
    QTest::newRow("missing file") << QStringList{"check", "/nonexistent/rules"} << 3
                                  << "/nonexistent/rules: cannot open";
    QTest::newRow("a directory") << QStringList{"convert", "--to", "rules", "/"} << 3 << "/: cannot";
    QTest::newRow("plan with one file") << QStringList{"plan", data("howto/listing1.sh")} << 2
                                        << "expected 2 file arguments";
    QTest::newRow("plan from stdin twice") << QStringList{"plan", "-", "-"} << 2 << "only one of FROM and TO";
    QTest::newRow("plan to an invalid table") << QStringList{"plan", data("howto/listing1.sh"), data("howto/three-mistakes.sh")}
                                              << 1 << "three-mistakes.sh:3: -w 70000";
    QTest::newRow("convert of an invalid file prints nothing")
        << QStringList{"convert", "--to", "rules", data("howto/three-mistakes.sh")} << 1 << ":3: -w 70000";
}

void TestLvsctl::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const Run run = lvsctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
    if (exitCode != 0 && arguments.value(0) == QLatin1String("convert"))
        QCOMPARE(run.out, QString());
}

void TestLvsctl::checkReportsEveryMistakeWithItsLine()
{
    const QString path = data("howto/three-mistakes.sh");
    const Run run = lvsctl({QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), path + QStringLiteral(":3: -w 70000: the weight must be a number from 0 to 65535"));
    QCOMPARE(lines.at(1), path + QStringLiteral(":5: -b sh-port: scheduler flag 'sh-port' needs the sh scheduler, not wlc"));
    QCOMPARE(lines.at(2), path + QStringLiteral(":7: real server [2001:db8::10]:80: an IPv6 real server under an IPv4 "
                                                "service needs tunnelling, not masquerading"));
    QCOMPARE(lines.at(3), path + QStringLiteral(": 3 mistakes"));
}

void TestLvsctl::convertListing1ToRules()
{
    const Run run = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("rules"),
                            data("howto/listing1.sh")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("-A -t 192.168.10.254:80 -s wlc\n"
                                     "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1\n"
                                     "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 1\n"
                                     "-a -t 192.168.10.254:80 -r 192.168.0.180:80 -m -w 1\n"
                                     "-a -t 192.168.10.254:80 -r 192.168.0.254:80 -m -w 1\n"));
}

void TestLvsctl::convertReadsStandardInput()
{
    const Run run = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("rules"),
                            QStringLiteral("-")},
                           "ipvsadm -A -u 10.0.0.1:53 -s rr\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("-A -u 10.0.0.1:53 -s rr\n"));

    const Run bad = lvsctl({QStringLiteral("check"), QStringLiteral("-")}, "ipvsadm -A -u 10.0.0.1:53 -s best\n");
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.startsWith(QStringLiteral("<stdin>:1: -s best: unknown scheduler")), qPrintable(bad.err));
}

void TestLvsctl::convertToScriptRoundTrips()
{
    const Run script = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("script"),
                               data("howto/listing9.sh")});
    QCOMPARE(script.exitCode, 0);
    QVERIFY(script.out.startsWith(QStringLiteral("#!/bin/sh\n")));
    const Run rules = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("rules"),
                              QStringLiteral("-")},
                             script.out.toUtf8());
    QCOMPARE(rules.exitCode, 0);
    QCOMPARE(rules.out, QStringLiteral("-A -t 192.168.0.200:80 -s wlc\n"
                                       "-a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1\n"
                                       "-a -t 192.168.0.200:80 -r 192.168.0.170:80 -g -w 1\n"
                                       "-a -t 192.168.0.200:80 -r 192.168.0.180:80 -g -w 1\n"));
}

void TestLvsctl::planIsAScriptFromOneTableToTheOther()
{
    const Run plan = lvsctl({QStringLiteral("plan"), data("howto/listing1.sh"), data("howto/listing9.sh")});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.startsWith(QStringLiteral("# 9 changes turn ")), qPrintable(plan.out));
    QVERIFY(plan.out.contains(QStringLiteral("# 5. delete service TCP 192.168.10.254:80\nipvsadm -D -t 192.168.10.254:80\n")));

    // Listing 1 followed by the plan is Listing 9.
    QFile listing1(data("howto/listing1.sh"));
    QVERIFY(listing1.open(QIODevice::ReadOnly));
    const Run result = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("rules"),
                               QStringLiteral("-")},
                              listing1.readAll() + plan.out.toUtf8());
    const Run listing9 = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("rules"),
                                 data("howto/listing9.sh")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, listing9.out);

    const Run same = lvsctl({QStringLiteral("plan"), data("howto/listing9.sh"), data("howto/listing9.sh")});
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.startsWith(QStringLiteral("# nothing to do")));
}

void TestLvsctl::keepalivedInAndOut()
{
    // The how-to's NAT director as keepalived runs it: the same table as Listing 1,
    // with what keepalived.conf holds beyond the table reported as notes.
    const Run check = lvsctl({QStringLiteral("check"), data("keepalived/nat-director.conf")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.err.contains(QStringLiteral("nat-director.conf:")) && check.err.contains(QStringLiteral(": note: ")),
             qPrintable(check.err));
    const Run plan = lvsctl({QStringLiteral("plan"), data("howto/listing1.sh"), data("keepalived/nat-director.conf")});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.startsWith(QStringLiteral("# nothing to do")), qPrintable(plan.out));

    // Exported to keepalived.conf and read back through standard input: the same rules.
    const Run exported = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("keepalived"),
                                 data("howto/listing9.sh")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains(QStringLiteral("virtual_server 192.168.0.200 80 {")));
    QVERIFY(exported.out.contains(QStringLiteral("lvs_method DR")));
    const Run back = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("rules"), QStringLiteral("-")},
                            exported.out.toUtf8());
    const Run listing9 = lvsctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("rules"),
                                 data("howto/listing9.sh")});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.out, listing9.out);

    const Run bad = lvsctl({QStringLiteral("check"), QStringLiteral("-")},
                           "virtual_server 10.0.0.1 80 {\n  lvs_method BRIDGE\n  real_server 10.0.0.2 80 {\n  }\n}\n");
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("<stdin>:2: lvs_method 'BRIDGE': unknown forwarding method")), qPrintable(bad.err));
}

void TestLvsctl::realServerSetup()
{
    // What the DR lab in the VM rig runs on each real server.
    const Run script = lvsctl({QStringLiteral("realserver-setup"), data("howto/listing9.sh"), QStringLiteral("--os"),
                               QStringLiteral("linux"), QStringLiteral("--server"), QStringLiteral("192.168.0.170"),
                               QStringLiteral("--apply-script")});
    QCOMPARE(script.exitCode, 0);
    QVERIFY(script.out.startsWith(QStringLiteral("#!/bin/sh\n")));
    QCOMPARE(script.out.count(QStringLiteral("#!")), 1);
    QVERIFY(script.out.contains(QStringLiteral("sysctl -w net.ipv4.conf.all.arp_ignore=1")));
    QVERIFY(script.out.contains(QStringLiteral("ip addr replace 192.168.0.200/32 dev lo")));

    const Run document = lvsctl({QStringLiteral("realserver-setup"), data("howto/listing1.sh"), QStringLiteral("--os"),
                                 QStringLiteral("freebsd"), QStringLiteral("--director-address"), QStringLiteral("192.168.0.254")});
    QCOMPARE(document.exitCode, 0);
    QVERIFY2(document.out.contains(QStringLiteral("defaultrouter=\"192.168.0.254\"")), qPrintable(document.out));

    const Run director = lvsctl({QStringLiteral("realserver-setup"), data("howto/listing9.sh"), QStringLiteral("--director")});
    QCOMPARE(director.exitCode, 0);
    QVERIFY(director.out.contains(QStringLiteral("net.ipv4.ip_forward")));

    QCOMPARE(lvsctl({QStringLiteral("realserver-setup"), data("howto/listing9.sh"), QStringLiteral("--os"), QStringLiteral("beos")})
                 .exitCode,
             2);
    QCOMPARE(lvsctl({QStringLiteral("realserver-setup"), data("howto/listing9.sh")}).exitCode, 2);
    const Run unknown = lvsctl({QStringLiteral("realserver-setup"), data("howto/listing9.sh"), QStringLiteral("--os"),
                                QStringLiteral("linux"), QStringLiteral("--server"), QStringLiteral("10.9.9.9")});
    QCOMPARE(unknown.exitCode, 1);
}

void TestLvsctl::helpForEachCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::newRow("tool") << QStringList{"--help"} << "Usage: lvsctl COMMAND";
    QTest::newRow("check") << QStringList{"check", "--help"} << "Usage: lvsctl check FILE";
    QTest::newRow("convert") << QStringList{"convert", "--help"} << "Usage: lvsctl convert --to rules|script|keepalived FILE";
    QTest::newRow("plan") << QStringList{"plan", "--help"} << "Usage: lvsctl plan FROM TO";
    QTest::newRow("realserver-setup") << QStringList{"realserver-setup", "--help"} << "Usage: lvsctl realserver-setup FILE";
}

void TestLvsctl::helpForEachCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run run = lvsctl(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestLvsctl)
#include "tst_lvsctl.moc"
