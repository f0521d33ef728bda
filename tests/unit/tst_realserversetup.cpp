// SPDX-License-Identifier: GPL-2.0-or-later
//
// Golden files: tests/data/realserversetup/*.txt hold what the generator prints for the
// how-to's listings and two variants, per system. When the output changes on purpose, run
//     LVS_UPDATE_GOLDEN=1 build/tests/tst_realserversetup
// to rewrite them, then read the diff (git diff tests/data/realserversetup): the files are
// meant to be correct, runnable, and true in every comment.
#include "realserversetup.h"
#include "rulesparser.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace RealServerSetup;

namespace {
QString dataPath(const QString &relative)
{
    return QStringLiteral(LVS_TEST_DATA_DIR "/") + relative;
}

QString readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

IpvsTable tableFromRules(const QString &rules)
{
    const RulesParseResult parsed = RulesParser::parse(rules);
    if (!parsed.ok())
        qFatal("bad rules in the test: %s", qPrintable(parsed.errors.first().message));
    return parsed.table;
}

IpAddress address(const QString &text)
{
    const auto parsed = IpAddress::parse(text);
    if (!parsed)
        qFatal("bad address in the test: %s", qPrintable(text));
    return *parsed;
}

// "director=192.168.0.254 gateway=192.168.0.252 host:192.168.0.160=rs160 iface.linux=eth1":
// rows read better with the options spelled out like this than built in code.
Options options(const QString &spec)
{
    Options result;
    for (const QString &item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.lastIndexOf(QLatin1Char('='));
        const QString key = item.left(equals);
        const QString value = item.mid(equals + 1);
        if (key == QLatin1String("director"))
            result.directorAddress = address(value);
        else if (key == QLatin1String("director6"))
            result.directorAddress6 = address(value);
        else if (key == QLatin1String("gateway"))
            result.gateway = address(value);
        else if (key == QLatin1String("gateway6"))
            result.gateway6 = address(value);
        else if (key == QLatin1String("server"))
            result.server = address(value);
        else if (key == QLatin1String("iface.director"))
            result.directorInterface = value;
        else if (key == QLatin1String("iface.linux"))
            result.linuxInterface = value;
        else if (key == QLatin1String("iface.freebsd"))
            result.freeBsdInterface = value;
        else if (key == QLatin1String("iface.solaris"))
            result.solarisInterface = value;
        else if (key == QLatin1String("prefix"))
            result.prefixLength = value.toInt();
        else if (key.startsWith(QLatin1String("host:")))
            result.hostNames.insert(address(key.mid(5)), value);
        else
            qFatal("unknown option in the test: %s", qPrintable(key));
    }
    return result;
}

const QString howtoHosts = QStringLiteral(
    "host:192.168.0.160=rs160 host:192.168.0.170=rs170 host:192.168.0.180=rs180");

struct GoldenCase {
    QString name;    ///< the golden files' prefix
    QString table;   ///< under tests/data
    QString options;
};

QList<GoldenCase> goldenCases()
{
    return {
        {QStringLiteral("listing1"), QStringLiteral("howto/listing1.sh"),
         QStringLiteral("director=192.168.0.254 ") + howtoHosts},
        {QStringLiteral("listing9"), QStringLiteral("howto/listing9.sh"),
         QStringLiteral("director=192.168.0.254 gateway=192.168.0.252 ") + howtoHosts},
        {QStringLiteral("tunnel"), QStringLiteral("realserversetup/tunnel.rules"), QStringLiteral("director=192.168.0.254")},
        {QStringLiteral("ipv6"), QStringLiteral("realserversetup/ipv6.rules"),
         QStringLiteral("director=192.168.0.254 director6=2001:db8::fe gateway6=2001:db8::1")},
    };
}

// Every case's results: the director's and each system's.
struct Generated {
    QString golden; ///< file name under realserversetup/
    Result result;
};

QList<Generated> generateAll()
{
    QList<Generated> all;
    for (const GoldenCase &golden : goldenCases()) {
        const IpvsTable table = tableFromRules(readData(golden.table));
        const Options given = options(golden.options);
        all.append({golden.name + QStringLiteral("-director.txt"), forDirector(table, given)});
        for (OperatingSystem system : operatingSystems())
            all.append({golden.name + QLatin1Char('-') + operatingSystemName(system) + QStringLiteral(".txt"),
                        forRealServers(table, system, given)});
    }
    return all;
}

// The VM rig's DR lab runs this one as it is, on each real server's namespace.
Snippet labScript(const QString &server)
{
    const IpvsTable table = tableFromRules(readData(QStringLiteral("howto/listing9.sh")));
    const Result result = forRealServers(table, OperatingSystem::Linux,
                                         options(QStringLiteral("director=192.168.0.254 server=") + server));
    for (const Snippet &snippet : result.snippets) {
        if (snippet.use == Snippet::Use::ApplyNow)
            return snippet;
    }
    qFatal("no apply-now snippet for %s", qPrintable(server));
}

QString diff(const QString &expectedPath, const QString &actual)
{
    QTemporaryDir directory;
    const QString actualPath = directory.filePath(QStringLiteral("actual"));
    QFile file(actualPath);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("(cannot write %1)").arg(actualPath);
    file.write(actual.toUtf8());
    file.close();
    QProcess process;
    process.start(QStringLiteral("diff"), {QStringLiteral("-u"), expectedPath, actualPath});
    if (!process.waitForFinished())
        return QStringLiteral("(diff did not run)");
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool updating()
{
    return qEnvironmentVariable("LVS_UPDATE_GOLDEN") == QLatin1String("1");
}

void compareWithGolden(const QString &relative, const QString &actual)
{
    const QString path = dataPath(QStringLiteral("realserversetup/") + relative);
    if (updating()) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        file.write(actual.toUtf8());
        qInfo("rewrote %s", qPrintable(path));
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("%1 is missing: LVS_UPDATE_GOLDEN=1 writes it").arg(path)));
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected != actual)
        QFAIL(qPrintable(QStringLiteral("%1 differs from the output (LVS_UPDATE_GOLDEN=1 rewrites it):\n%2")
                             .arg(path, diff(path, actual))));
}

bool canRun(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished() && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
} // namespace

class TestRealServerSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenFiles_data();
    void goldenFiles();
    void labScriptIsGolden();
    void badInput_data();
    void badInput();
    void placeholdersStopScripts();
    void commandSnippetsAreShellScripts();
    void everySnippetSaysWhy();
    void howtoInterfaceNames();
    void oneServerOnly();
    void directorItselfNeedsNoSetup();
    void firewallMarkServiceStillGetsArpSettings();
    void drSysctlKeysExist();
    void drScriptWorksInANamespace();
    void drScriptHidesTheVipFromArp();
    void operatingSystemNames_data();
    void operatingSystemNames();
    void renderSeparatesMachinesAndSnippets();
};

void TestRealServerSetup::goldenFiles_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("system"); // "director" or an --os word

    for (const GoldenCase &golden : goldenCases()) {
        QTest::newRow(qPrintable(golden.name + QStringLiteral(" director")))
            << golden.name + QStringLiteral("-director.txt") << golden.table << golden.options
            << QStringLiteral("director");
        for (OperatingSystem system : operatingSystems()) {
            const QString word = operatingSystemName(system);
            QTest::newRow(qPrintable(golden.name + QLatin1Char(' ') + word))
                << golden.name + QLatin1Char('-') + word + QStringLiteral(".txt") << golden.table << golden.options
                << word;
        }
    }
}

void TestRealServerSetup::goldenFiles()
{
    QFETCH(QString, golden);
    QFETCH(QString, table);
    QFETCH(QString, spec);
    QFETCH(QString, system);

    const IpvsTable parsed = tableFromRules(readData(table));
    const Result result = system == QLatin1String("director")
        ? forDirector(parsed, options(spec))
        : forRealServers(parsed, *operatingSystemFromName(system), options(spec));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    compareWithGolden(golden, render(result.snippets));
}

void TestRealServerSetup::labScriptIsGolden()
{
    // One file the rig can run with sh: the DR real server's "Apply now" for 192.168.0.160.
    compareWithGolden(QStringLiteral("listing9-linux-160-apply.sh"), labScript(QStringLiteral("192.168.0.160")).text);
}

void TestRealServerSetup::badInput_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("system"); // "director" or an --os word
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("warnings"); // each must be among the warnings

    const QString listing1 = readData(QStringLiteral("howto/listing1.sh"));
    const QString listing9 = readData(QStringLiteral("howto/listing9.sh"));
    const QString ipv6Nat = QStringLiteral("-A -t [2001:db8::1]:80 -s wlc\n-a -t [2001:db8::1]:80 -r [2001:db8::160]:80 -m\n");

    QTest::newRow("a service with no real servers")
        << "-A -t 192.168.0.200:80 -s wlc\n" << "" << "linux"
        << QStringList{"service TCP 192.168.0.200:80 has no real servers: there is nothing to set up"} << QStringList{};
    QTest::newRow("a service with no real servers, for the director")
        << "-A -t 192.168.0.200:80 -s wlc\n" << "" << "director"
        << QStringList{"service TCP 192.168.0.200:80 has no real servers: there is nothing to set up"} << QStringList{};
    QTest::newRow("an empty service beside a full one")
        << "-A -t 192.168.0.200:80 -s wlc\n-A -t 192.168.0.200:443 -s wlc\n-a -t 192.168.0.200:443 -r 192.168.0.160 -g\n"
        << "" << "linux" << QStringList{}
        << QStringList{"service TCP 192.168.0.200:80 has no real servers: there is nothing to set up for it"};
    QTest::newRow("no services at all")
        << "" << "" << "freebsd" << QStringList{"the table has no virtual services: there is nothing to set up"}
        << QStringList{};
    QTest::newRow("NAT without the director's inside address")
        << listing1 << "" << "linux" << QStringList{}
        << QStringList{"real server 192.168.0.160: NAT sends the replies back through the director, so its default "
                       "router must be the director's inside IPv4 address, which was not given; the output says "
                       "DIRECTOR_INSIDE_ADDRESS in its place"};
    QTest::newRow("NAT without the director's inside address, on Solaris")
        << listing1 << "" << "solaris" << QStringList{}
        << QStringList{"real server 192.168.0.180: NAT sends the replies back through the director, so its default "
                       "router must be the director's inside IPv4 address, which was not given; the output says "
                       "DIRECTOR_INSIDE_ADDRESS in its place"};
    QTest::newRow("IPv6 NAT service with only an IPv4 director address")
        << ipv6Nat << "director=192.168.0.254" << "linux" << QStringList{}
        << QStringList{"real server 2001:db8::160: NAT sends the replies back through the director, so its default "
                       "router must be the director's inside IPv6 address, which was not given; the output says "
                       "DIRECTOR_INSIDE_ADDRESS in its place"};
    QTest::newRow("IPv6 director address given as the IPv4 one")
        << ipv6Nat << "director=2001:db8::fe" << "linux"
        << QStringList{"the director's address 2001:db8::fe is not an IPv4 address"} << QStringList{};
    QTest::newRow("IPv4 router given as the IPv6 one")
        << listing9 << "gateway6=192.168.0.252" << "linux"
        << QStringList{"the real servers' IPv6 router 192.168.0.252 is not an IPv6 address"} << QStringList{};
    QTest::newRow("IPv6 service on Solaris")
        << ipv6Nat << "director6=2001:db8::fe" << "solaris" << QStringList{}
        << QStringList{"real server 2001:db8::160: Solaris 10's IPv6 files (hostname6.*) are not written; the ipadm "
                       "commands cover IPv6 on Solaris 11 and illumos"};
    QTest::newRow("FreeBSD tunnel without the director's address")
        << "-A -t 192.168.0.200:80\n-a -t 192.168.0.200:80 -r 192.168.0.170 -i\n" << "" << "freebsd" << QStringList{}
        << QStringList{"real server 192.168.0.170: a FreeBSD gif tunnel names its far end, the director's own IPv4 "
                       "address, which was not given; the output says DIRECTOR_ADDRESS in its place"};
    QTest::newRow("GUE on FreeBSD")
        << readData(QStringLiteral("realserversetup/tunnel.rules")) << "director=192.168.0.254" << "freebsd"
        << QStringList{}
        << QStringList{"real server 192.168.0.170: FreeBSD cannot receive GUE tunnels; use IP-in-IP for it",
                       "real server 192.168.0.180: GRE on FreeBSD is described in a note, not generated"};
    QTest::newRow("tunnels on Solaris")
        << readData(QStringLiteral("realserversetup/tunnel.rules")) << "director=192.168.0.254" << "solaris"
        << QStringList{}
        << QStringList{"real server 192.168.0.160: tunnelling on Solaris is described in a note, not generated"};
    QTest::newRow("NAT and direct routing on one server")
        << "-A -t 192.168.10.254:80\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
           "-A -t 192.168.0.200:80\n-a -t 192.168.0.200:80 -r 192.168.0.160 -g\n"
        << "director=192.168.0.254" << "linux" << QStringList{}
        << QStringList{"real server 192.168.0.160 is a NAT real server, whose default router must be the director, "
                       "and a direct-routing or tunnelling one, whose replies come from a VIP the director holds and "
                       "would drop: give it one method"};
    QTest::newRow("firewall-mark service by direct routing")
        << "-A -f 1 -s rr\n-a -f 1 -r 192.168.0.160:0 -g\n" << "" << "linux" << QStringList{}
        << QStringList{"real server 192.168.0.160: the VIPs of FWM 1 are chosen by firewall mark and are not in the "
                       "table, so they are not set up"};
    QTest::newRow("firewall-mark service, for the director")
        << "-A -f 1 -s rr\n-a -f 1 -r 192.168.0.160:0 -g\n" << "" << "director" << QStringList{}
        << QStringList{"director: the VIPs of FWM 1 are chosen by firewall mark and are not in the table, so they "
                       "are not set up"};
    QTest::newRow("a server that is not in the table")
        << listing9 << "server=192.168.0.99" << "linux"
        << QStringList{"192.168.0.99 is not a real server of any service in the table"} << QStringList{};
    QTest::newRow("an interface name with shell in it")
        << listing9 << "iface.linux=eth0;reboot" << "linux"
        << QStringList{"the Linux interface \"eth0;reboot\" is not an interface name (a letter, then up to 14 "
                       "letters, digits, \"_\", \".\" or \"-\")"}
        << QStringList{};
    QTest::newRow("a host name with an underscore")
        << listing1 << "director=192.168.0.254 host:192.168.0.160=rs_160" << "freebsd"
        << QStringList{"the host name \"rs_160\" of 192.168.0.160 is not a host name"} << QStringList{};
    QTest::newRow("a prefix longer than an address")
        << listing1 << "director=192.168.0.254 prefix=33" << "linux"
        << QStringList{"the IPv4 prefix length 33 is not from 1 to 32"} << QStringList{};
    QTest::newRow("a multicast router")
        << listing9 << "gateway=224.0.0.1" << "linux"
        << QStringList{"the real servers' router 224.0.0.1 is not a unicast address"} << QStringList{};
}

void TestRealServerSetup::badInput()
{
    QFETCH(QString, rules);
    QFETCH(QString, spec);
    QFETCH(QString, system);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);

    const IpvsTable table = tableFromRules(rules);
    const Result result = system == QLatin1String("director")
        ? forDirector(table, options(spec))
        : forRealServers(table, *operatingSystemFromName(system), options(spec));
    QCOMPARE(result.errors, errors);
    if (!errors.isEmpty())
        QVERIFY(result.snippets.isEmpty());
    for (const QString &warning : std::as_const(warnings))
        QVERIFY2(result.warnings.contains(warning),
                 qPrintable(QStringLiteral("missing: %1\namong:\n%2").arg(warning, result.warnings.join(QLatin1Char('\n')))));
    if (warnings.isEmpty() && errors.isEmpty())
        QCOMPARE(result.warnings, QStringList{});
}

void TestRealServerSetup::placeholdersStopScripts()
{
    // Without the director's address a NAT script must not half-apply: it stops first.
    const IpvsTable table = tableFromRules(readData(QStringLiteral("howto/listing1.sh")));
    for (OperatingSystem system : operatingSystems()) {
        const Result result = forRealServers(table, system, options(QStringLiteral("server=192.168.0.160")));
        QVERIFY(result.ok());
        bool sawPlaceholder = false;
        for (const Snippet &snippet : result.snippets) {
            if (!snippet.text.contains(QLatin1String("DIRECTOR_INSIDE_ADDRESS")))
                continue;
            sawPlaceholder = true;
            if (snippet.kind != Snippet::Kind::Commands)
                continue;
            // The first command that is neither a comment nor the warning itself must be the exit.
            const QStringList lines = snippet.text.split(QLatin1Char('\n'));
            const auto firstCommand = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
                return !line.isEmpty() && !line.startsWith(QLatin1Char('#')) && line != QLatin1String("set -e")
                    && !line.startsWith(QLatin1String("echo "));
            });
            QVERIFY2(firstCommand != lines.end() && *firstCommand == QLatin1String("exit 1"), qPrintable(snippet.text));
        }
        QVERIFY2(sawPlaceholder, qPrintable(operatingSystemName(system)));
    }
}

void TestRealServerSetup::commandSnippetsAreShellScripts()
{
    if (!canRun(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("true")}))
        QSKIP("no sh to check the scripts with");
    QTemporaryDir directory;
    int checked = 0;
    for (const Generated &generated : generateAll()) {
        for (const Snippet &snippet : generated.result.snippets) {
            if (snippet.kind != Snippet::Kind::Commands)
                continue;
            QVERIFY2(snippet.text.startsWith(QLatin1String("#!/bin/sh\n")), qPrintable(snippet.text));
            const QString path = directory.filePath(QStringLiteral("script%1.sh").arg(checked++));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(snippet.text.toUtf8());
            file.close();
            QProcess sh;
            sh.start(QStringLiteral("sh"), {QStringLiteral("-n"), path});
            QVERIFY(sh.waitForFinished());
            QVERIFY2(sh.exitCode() == 0, qPrintable(generated.golden + QStringLiteral(": ") + snippet.title
                                                    + QLatin1Char('\n') + QString::fromUtf8(sh.readAllStandardError())));
        }
    }
    QVERIFY(checked > 20);
}

void TestRealServerSetup::everySnippetSaysWhy()
{
    // A file that can hold comments holds its reasons; one that cannot (Solaris' hostname.*,
    // defaultrouter, nodename) follows a note that names it.
    for (const Generated &generated : generateAll()) {
        QString notes;
        for (const Snippet &snippet : generated.result.snippets) {
            QVERIFY(snippet.text.endsWith(QLatin1Char('\n')));
            if (snippet.kind == Snippet::Kind::Note) {
                notes += snippet.text;
                continue;
            }
            const QStringList lines = snippet.text.split(QLatin1Char('\n'));
            const bool commented = std::any_of(lines.begin(), lines.end(), [](const QString &line) {
                return line.startsWith(QLatin1String("# "));
            });
            if (!commented)
                QVERIFY2(snippet.kind == Snippet::Kind::File && notes.contains(snippet.path),
                         qPrintable(generated.golden + QStringLiteral(": ") + snippet.title));
        }
    }
}

void TestRealServerSetup::howtoInterfaceNames()
{
    const IpvsTable table = tableFromRules(readData(QStringLiteral("howto/listing1.sh")));
    const Options howto = options(QStringLiteral("director=192.168.0.254 iface.freebsd=lnc0 iface.solaris=pcn0"));
    const QString freebsd = render(forRealServers(table, OperatingSystem::FreeBsd, howto).snippets);
    QVERIFY(freebsd.contains(QLatin1String("ifconfig_lnc0=\"inet 192.168.0.170 netmask 255.255.255.0\"\n")));
    QVERIFY(!freebsd.contains(QLatin1String("em0")));
    const QString solaris = render(forRealServers(table, OperatingSystem::Solaris, howto).snippets);
    QVERIFY(solaris.contains(QLatin1String("# ---- file: /etc/hostname.pcn0 ----\n192.168.0.180/24\n")));
    QVERIFY(!solaris.contains(QLatin1String("e1000g0")));
}

void TestRealServerSetup::oneServerOnly()
{
    const IpvsTable table = tableFromRules(readData(QStringLiteral("howto/listing9.sh")));
    const Result result = forRealServers(table, OperatingSystem::Linux, options(QStringLiteral("server=192.168.0.170")));
    QVERIFY(result.ok());
    QVERIFY(!result.snippets.isEmpty());
    for (const Snippet &snippet : result.snippets)
        QCOMPARE(snippet.server, address(QStringLiteral("192.168.0.170")));
    QCOMPARE(realServerAddresses(table),
             (QList<IpAddress>{address(QStringLiteral("192.168.0.160")), address(QStringLiteral("192.168.0.170")),
                               address(QStringLiteral("192.168.0.180"))}));
}

void TestRealServerSetup::directorItselfNeedsNoSetup()
{
    // Listing 1's fourth real server is the director's inside address.
    const IpvsTable table = tableFromRules(readData(QStringLiteral("howto/listing1.sh")));
    for (OperatingSystem system : operatingSystems()) {
        const Result result = forRealServers(table, system,
                                             options(QStringLiteral("director=192.168.0.254 server=192.168.0.254")));
        QVERIFY(result.ok());
        QCOMPARE(result.snippets.size(), 1);
        QCOMPARE(result.snippets.first().kind, Snippet::Kind::Note);
        QVERIFY(result.snippets.first().text.contains(QLatin1String("this is the director itself")));
        QCOMPARE(result.warnings, QStringList{});
    }
}

void TestRealServerSetup::firewallMarkServiceStillGetsArpSettings()
{
    // The VIPs are unknown, but the ARP settings do not depend on them.
    const IpvsTable table = tableFromRules(QStringLiteral("-A -f 1 -s rr\n-a -f 1 -r 192.168.0.160:0 -g\n"));
    const QString text = render(forRealServers(table, OperatingSystem::Linux).snippets);
    QVERIFY(text.contains(QLatin1String("\nnet.ipv4.conf.all.arp_ignore = 1\n")));
    QVERIFY(text.contains(QLatin1String("\nsysctl -w net.ipv4.conf.all.arp_announce=2\n")));
    QVERIFY(!text.contains(QLatin1String("addr replace 192.168.0.")));
}

void TestRealServerSetup::drSysctlKeysExist()
{
    if (!QFile::exists(QStringLiteral("/proc/sys/net/ipv4/conf/all/arp_ignore")))
        QSKIP("no Linux /proc/sys here");
    const IpvsTable table = tableFromRules(readData(QStringLiteral("howto/listing9.sh")));
    const Result result = forRealServers(table, OperatingSystem::Linux, options(QStringLiteral("server=192.168.0.160")));
    int keys = 0;
    for (const Snippet &snippet : result.snippets) {
        if (!snippet.path.startsWith(QLatin1String("/etc/sysctl.d/")))
            continue;
        for (const QString &line : snippet.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            static const QRegularExpression setting(QStringLiteral("^([a-z0-9_.]+) = (\\d+)$"));
            const QRegularExpressionMatch match = setting.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            const QString proc = QStringLiteral("/proc/sys/") + match.captured(1).replace(QLatin1Char('.'), QLatin1Char('/'));
            QVERIFY2(QFile::exists(proc), qPrintable(proc));
            ++keys;
        }
    }
    QCOMPARE(keys, 5);
}

void TestRealServerSetup::drScriptWorksInANamespace()
{
    // The lab's script, run twice in a network namespace of its own: the second run must
    // change nothing and fail at nothing.
    if (!canRun(QStringLiteral("unshare"), {QStringLiteral("-rn"), QStringLiteral("true")}))
        QSKIP("cannot make a network namespace here (unshare -rn)");
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("apply.sh"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(labScript(QStringLiteral("192.168.0.160")).text.toUtf8());
    file.close();

    QProcess process;
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("-rn"), QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("sh %1 >/dev/null && sh %1 >/dev/null && ip -o -4 addr show dev lo && "
                                  "sysctl -n net.ipv4.conf.all.arp_ignore net.ipv4.conf.all.arp_announce "
                                  "net.ipv4.conf.lo.arp_ignore net.ipv4.conf.lo.arp_announce "
                                  "net.ipv4.conf.default.rp_filter")
                       .arg(path)});
    QVERIFY(process.waitForFinished());
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 0, qPrintable(output + QString::fromUtf8(process.readAllStandardError())));
    QCOMPARE(output.count(QLatin1String("inet 192.168.0.200/32")), 1);
    QVERIFY2(output.endsWith(QLatin1String("\n1\n2\n1\n2\n1\n")), qPrintable(output));
}

// A LAN of two namespaces: this one plays the router (192.168.0.251), "rs" the real server
// 192.168.0.160 with a TCP server on port 80. It fetches from the server's own address
// and from the VIP, then from the VIP sent to the server's MAC address, as a DR director
// sends it. $1 is the script that sets up the real server, or "plain" for the VIP alone.
const char labScriptText[] = R"lab(set -e
mount -t tmpfs none /run
mkdir -p /run/netns
ip netns add rs
ip link add veth0 type veth peer name eth0 netns rs
ip addr add 192.168.0.251/24 dev veth0
ip link set veth0 up
ip netns exec rs ip link set lo up
ip netns exec rs ip addr add 192.168.0.160/24 dev eth0
ip netns exec rs ip link set eth0 up
if [ "$1" = plain ]; then
    ip netns exec rs ip addr add 192.168.0.200/32 dev lo
else
    ip netns exec rs sh "$1" >/dev/null
fi
ip netns exec rs python3 -c '
import socket
s = socket.socket()
s.bind(("0.0.0.0", 80))
s.listen(5)
while True:
    c, a = s.accept()
    c.sendall(b"This is 160 via " + c.getsockname()[0].encode() + b"\n")
    c.close()
' &
server=$!
sleep 0.5
fetch() {
    python3 -c '
import socket, sys
try:
    c = socket.create_connection((sys.argv[1], 80), timeout=1)
    print(sys.argv[1], c.recv(100).decode().strip())
except OSError:
    print(sys.argv[1], "no answer")
' "$1"
}
fetch 192.168.0.160
fetch 192.168.0.200
ip neigh replace 192.168.0.200 lladdr "$(ip netns exec rs cat /sys/class/net/eth0/address)" dev veth0
fetch 192.168.0.200
kill "$server"
)lab";

void TestRealServerSetup::drScriptHidesTheVipFromArp()
{
    if (!canRun(QStringLiteral("unshare"), {QStringLiteral("-rnm"), QStringLiteral("ip"), QStringLiteral("link")})
        || !canRun(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("pass")}))
        QSKIP("needs unshare -rnm, ip and python3");
    QTemporaryDir directory;
    const QString lab = directory.filePath(QStringLiteral("lab.sh"));
    const QString apply = directory.filePath(QStringLiteral("apply.sh"));
    for (const auto &[path, text] : {std::pair{lab, QString::fromUtf8(labScriptText)},
                                     std::pair{apply, labScript(QStringLiteral("192.168.0.160")).text}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    auto run = [&lab](const QString &setup) {
        QProcess process;
        process.start(QStringLiteral("unshare"), {QStringLiteral("-rnm"), QStringLiteral("sh"), lab, setup});
        process.waitForFinished(20000);
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    };

    // The VIP on lo alone: Linux answers ARP for it, and the router would bypass the director.
    QCOMPARE(run(QStringLiteral("plain")), QStringLiteral("192.168.0.160 This is 160 via 192.168.0.160\n"
                                                          "192.168.0.200 This is 160 via 192.168.0.200\n"
                                                          "192.168.0.200 This is 160 via 192.168.0.200\n"));
    // With the generated script: no ARP answer for the VIP, but packets for it that reach the
    // server's MAC address, as the director sends them, are accepted and answered from the VIP.
    QCOMPARE(run(apply), QStringLiteral("192.168.0.160 This is 160 via 192.168.0.160\n"
                                        "192.168.0.200 no answer\n"
                                        "192.168.0.200 This is 160 via 192.168.0.200\n"));
}

void TestRealServerSetup::operatingSystemNames_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("linux") << "linux" << true << "linux";
    QTest::newRow("FreeBSD as written") << "FreeBSD" << true << "freebsd";
    QTest::newRow("solaris") << "solaris" << true << "solaris";
    QTest::newRow("not a system") << "windows" << false << "";
}

void TestRealServerSetup::operatingSystemNames()
{
    QFETCH(QString, word);
    QFETCH(bool, known);
    QFETCH(QString, canonical);
    const auto system = operatingSystemFromName(word);
    QCOMPARE(system.has_value(), known);
    if (known)
        QCOMPARE(operatingSystemName(*system), canonical);
}

void TestRealServerSetup::renderSeparatesMachinesAndSnippets()
{
    const IpvsTable table = tableFromRules(readData(QStringLiteral("howto/listing9.sh")));
    const QString text = render(forRealServers(table, OperatingSystem::Linux, options(QStringLiteral("director=192.168.0.254"))).snippets);
    QCOMPARE(text.count(QLatin1String("# ==== real server ")), 3);
    QVERIFY(text.startsWith(QLatin1String("# ==== real server 192.168.0.160 (Linux) ====\n# ---- note: What this server does ----\n")));
    QVERIFY(text.contains(QLatin1String("\n# ---- file: /etc/sysctl.d/90-lvs-realserver.conf ----\n")));
    QVERIFY(text.contains(QLatin1String("\n# ---- commands to run: Apply now ----\n#!/bin/sh\n")));
    QVERIFY(text.contains(QLatin1String("\n# ---- file: /etc/sysconfig/network-scripts/ifcfg-lo:0 ----\n")));
}

QTEST_GUILESS_MAIN(TestRealServerSetup)
#include "tst_realserversetup.moc"
