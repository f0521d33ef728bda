// SPDX-License-Identifier: GPL-2.0-or-later
// Runtime and boot configuration on the simulated kernel: the page shows the boot file,
// how it differs from the running table and what it cannot hold; Runtime to Boot
// writes it; Load Boot Configuration hands its table over as pending changes.
#include "bootpage.h"
#include "dbustypes.h"
#include "rulesparser.h"
#include "simulatedbackend.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
IpvsTable parse(const char *rules)
{
    return RulesParser::parse(QString::fromUtf8(rules)).table;
}
} // namespace

class TestBootPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void comparesSavesAndLoads();
    void mistakesInTheFileAreShownNotCompared();
    void warnsWhatTheFileCannotHold();
    void readsDebiansAutoAsItsInitScriptDoes();
    void offersADropInForWhatTheFileCannotHold();
};

void TestBootPage::comparesSavesAndLoads()
{
    SimulatedBackend backend;
    QVERIFY(backend.load(parse("-A -t 192.168.10.254:80 -s wlc\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n")));
    BootPage page(&backend);
    page.setLiveTable(backend.kernel().table());
    page.show();
    QSignalSpy shown(&page, &BootPage::bootFileShown);
    QVERIFY(shown.wait(5000));

    // No boot file yet: everything running is "running only".
    QVERIFY(!page.bootFile().exists);
    QCOMPARE(page.difference().onlyRunning,
             (QStringList{u"-A -t 192.168.10.254:80 -s wlc"_qs, u"-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1"_qs}));
    QVERIFY(page.difference().onlyAtBoot.isEmpty());

    // Runtime to Boot, then they agree.
    QSignalSpy saved(&page, &BootPage::bootFileSaved);
    page.runtimeToBoot(true);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().first().toString(), u"/etc/sysconfig/ipvsadm");
    QVERIFY(shown.wait(5000));
    QVERIFY(page.bootFile().exists);
    QVERIFY(page.difference().same());

    // The running table changes: the page says how, rule by rule.
    QVERIFY(backend.load(parse("-A -t 192.168.10.254:80 -s rr\n-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n")));
    page.setLiveTable(backend.kernel().table());
    QCOMPARE(page.difference().onlyAtBoot,
             (QStringList{u"-A -t 192.168.10.254:80 -s wlc"_qs, u"-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1"_qs}));
    QCOMPARE(page.difference().onlyRunning,
             (QStringList{u"-A -t 192.168.10.254:80 -s rr"_qs, u"-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 1"_qs}));

    // Load Boot Configuration hands over the file's table.
    QSignalSpy load(&page, &BootPage::loadRequested);
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->text().contains(u"Load Boot"))
            button->click();
    }
    QCOMPARE(load.size(), 1);
    const IpvsTable table = load.first().first().value<IpvsTable>();
    QCOMPARE(table.services.size(), 1);
    QCOMPARE(Schedulers::name(table.services.first().scheduler), u"wlc");
}

void TestBootPage::mistakesInTheFileAreShownNotCompared()
{
    BootFile file{QStringLiteral("/etc/ipvsadm.rules"), true, QStringLiteral("-A -t 10.0.0.1:80 -s nosuch\n"), QString()};
    const BootFile::Difference difference = file.compareWith(parse("-A -t 10.0.0.1:80 -s rr\n"));
    QCOMPARE(difference.errors.size(), 1);
    QVERIFY2(difference.errors.first().startsWith(u"line 1: "), qPrintable(difference.errors.first()));
    QVERIFY(difference.onlyAtBoot.isEmpty() && difference.onlyRunning.isEmpty());
    QVERIFY(!difference.same());
    QVERIFY(!file.table());
}

void TestBootPage::warnsWhatTheFileCannotHold()
{
    IpvsTable live = parse("-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1 -m -x 100 -y 50\n");
    QCOMPARE(BootFile::warnings(QStringLiteral("/etc/ipvsadm.rules"), live),
             QStringList{u"the file cannot hold the real servers' connection thresholds"_qs});
    live.timeouts = Timeouts{1000, 120, 300};
    const QStringList fedora = BootFile::warnings(QStringLiteral("/etc/sysconfig/ipvsadm"), live);
    QCOMPARE(fedora.size(), 3);
    QVERIFY(fedora.first().startsWith(u"Fedora's ipvsadm.service writes the live table"));
    QVERIFY(fedora.contains(u"the file cannot hold the connection timeouts"_qs));

    // Debian's init script restores the file only with AUTO="true", and ships AUTO="false".
    const QStringList debian = BootFile::warnings(QStringLiteral("/etc/ipvsadm.rules"), {}, u"AUTO=\"false\""_qs);
    QCOMPARE(debian.size(), 1);
    QVERIFY2(debian.first().contains(u"only when /etc/default/ipvsadm sets AUTO=\"true\"; it sets AUTO=\"false\" now"),
             qPrintable(debian.first()));
    QVERIFY(BootFile::warnings(QStringLiteral("/etc/ipvsadm.rules"), {}, u"AUTO=\"true\""_qs).isEmpty());
}

void TestBootPage::readsDebiansAutoAsItsInitScriptDoes()
{
    // As /etc/init.d/ipvsadm: AUTO="false" first, then the file sourced, the last line winning.
    QCOMPARE(BootFile::debianAutoSetting({}), u"AUTO=\"false\""_qs);
    QCOMPARE(BootFile::debianAutoSetting(u"# if you want to start ipvsadm on boot set this to true\nAUTO=\"false\"\n"_qs),
             u"AUTO=\"false\""_qs);
    QCOMPARE(BootFile::debianAutoSetting(u"AUTO=\"false\"\nAUTO=true # edited\n"_qs), u"AUTO=\"true\""_qs);
    QCOMPARE(BootFile::debianAutoSetting(u"  export AUTO='true'\n"_qs), u"AUTO=\"true\""_qs);
    QCOMPARE(BootFile::debianAutoSetting(u"#AUTO=\"true\"\nNOAUTO=true\n"_qs), u"AUTO=\"false\""_qs);
    QCOMPARE(BootFile::debianAutoSetting(u"AUTO=\n"_qs), u"AUTO=\"\""_qs);
}

void TestBootPage::offersADropInForWhatTheFileCannotHold()
{
    SimulatedBackend backend;
    BootPage page(&backend);
    page.show();
    QSignalSpy shown(&page, &BootPage::bootFileShown);
    QVERIFY(shown.wait(5000));
    auto keepRest = [&page]() -> QPushButton * {
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->text().contains(u"Keep the Rest"))
                return button;
        }
        return nullptr;
    };
    QVERIFY(keepRest());

    // Nothing beyond the rules: nothing to keep, no button.
    IpvsTable live = parse("-A -t 192.168.10.254:80 -s wlc\n-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n");
    page.setLiveTable(live);
    QVERIFY(page.companionText().isEmpty());
    QVERIFY(!keepRest()->isVisible());

    // A threshold and a longer TCP timeout: the drop-in sets them after the restore.
    live.services[0].realServers[0].upperThreshold = 200;
    live.timeouts = Timeouts{7200, 120, 300};
    page.setLiveTable(live);
    QVERIFY(keepRest()->isVisible());
    const QString dropIn = page.companionText();
    QVERIFY(dropIn.contains(u"ExecStartPost=-/usr/sbin/ipvsadm --set 7200 120 300\n"));
    QVERIFY(dropIn.contains(u"ExecStartPost=-/usr/sbin/ipvsadm -e -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1 -x 200\n"));
}

QTEST_MAIN(TestBootPage)
#include "tst_bootpage.moc"
