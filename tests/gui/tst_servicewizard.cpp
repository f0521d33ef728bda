// SPDX-License-Identifier: GPL-2.0-or-later
// "New service on this director" offscreen: the how-to's DR service with three real
// servers page by page (the exact ipvsadm commands, the director's VIP, the real servers'
// ARP settings explained), mistakes that keep Next disabled, NAT's prefills, and Finish
// adding one pending edit that Apply takes to the simulated kernel.
#include "mainwindow.h"
#include "servicewizardtesting.h"
#include "simulatedbackend.h"
#include "translator.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace ServiceWizardTesting;
using namespace WindowTesting;

namespace {
QLineEdit *cellAddress(ServiceWizard &wizard, int row)
{
    return qobject_cast<QLineEdit *>(wizard.serversTable()->cellWidget(row, 0));
}

bool nextEnabled(ServiceWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

// With LVS_WIZARD_SCREENSHOTS=DIR, each page is saved there (docs/screenshots/).
void screenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("LVS_WIZARD_SCREENSHOTS");
    if (!directory.isEmpty())
        widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestServiceWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theHowTosDrServicePageByPage();
    void mistakesKeepNextDisabled();
    void natFollowsTheHowTosNatNetwork();
    void finishAddsOnePendingEditThatApplyTakesToTheKernel();
};

void TestServiceWizard::initTestCase()
{
    // LANG=zh_CN.UTF-8 with LVS_WIZARD_SCREENSHOTS takes the Chinese screenshots.
    if (!qEnvironmentVariableIsEmpty("LVS_WIZARD_SCREENSHOTS"))
        Translator::install(QLocale::system(), QStringLiteral(LVS_QM_DIR));
}

void TestServiceWizard::theHowTosDrServicePageByPage()
{
    ServiceWizard wizard({});
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ServiceWizard::ServicePage));
    QCOMPARE(wizard.methodButtons()->checkedId(), int(ForwardingMethod::DirectRouting));
    QCOMPARE(wizard.commandsShown(ServiceWizard::ServicePage), QStringLiteral("ipvsadm -A -t 192.168.0.200:80 -s wlc"));
    QVERIFY(wizard.explanationShown(ServiceWizard::ServicePage).contains(QStringLiteral("VS/DR")));
    QVERIFY(nextEnabled(wizard));
    // Persistence (ipvsadm's six minutes by default) shows in the command at once.
    wizard.findChild<QCheckBox *>()->setChecked(true);
    QCOMPARE(wizard.commandsShown(ServiceWizard::ServicePage),
             QStringLiteral("ipvsadm -A -t 192.168.0.200:80 -s wlc -p 360"));
    wizard.findChild<QCheckBox *>()->setChecked(false);
    screenshot(&wizard, QStringLiteral("service-wizard-1-service"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ServiceWizard::ServersPage));
    QCOMPARE(wizard.serversTable()->rowCount(), 3);
    setWeights(wizard, {1, 2, 3});
    QCOMPARE(wizard.commandsShown(ServiceWizard::ServersPage),
             QStringLiteral("ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1\n"
                            "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.170:80 -g -w 2\n"
                            "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.180:80 -g -w 3"));
    // DR real servers take the service's port: theirs cannot be set.
    QVERIFY(!cellSpin(wizard, 0, 1)->isEnabled());
    screenshot(&wizard, QStringLiteral("service-wizard-2-servers"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ServiceWizard::DirectorPage));
    const QString director = wizard.commandsShown(ServiceWizard::DirectorPage);
    QVERIFY2(director.contains(QStringLiteral("192.168.0.200/32 dev eth0")), qPrintable(director));
    QVERIFY(wizard.explanationShown(ServiceWizard::DirectorPage).contains(QStringLiteral("ARP")));
    screenshot(&wizard, QStringLiteral("service-wizard-3-director"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ServiceWizard::RealServerSetupPage));
    const QString linux = wizard.commandsShown(ServiceWizard::RealServerSetupPage);
    for (const char *expected : {"# ==== real server 192.168.0.160 (Linux) ====", "net.ipv4.conf.all.arp_ignore = 1",
                                 "net.ipv4.conf.all.arp_announce = 2", "192.168.0.180"})
        QVERIFY2(linux.contains(QLatin1String(expected)), expected);
    const QString why = wizard.explanationShown(ServiceWizard::RealServerSetupPage);
    QVERIFY2(why.contains(QStringLiteral("arp_ignore = 1")) && why.contains(QStringLiteral("arp_announce = 2")),
             qPrintable(why));
    screenshot(&wizard, QStringLiteral("service-wizard-4-real-servers"));
    // Each system its own way: FreeBSD holds the VIP on lo0.
    wizard.systemBox()->setCurrentIndex(wizard.systemBox()->findText(QStringLiteral("FreeBSD")));
    QVERIFY(wizard.commandsShown(ServiceWizard::RealServerSetupPage).contains(QStringLiteral("lo0")));
    // A router the real servers do not know is a mistake, named.
    auto *router = wizard.currentPage()->findChildren<QLineEdit *>().last();
    router->setText(QStringLiteral("192.168.0.2522"));
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(wizard.problems(ServiceWizard::RealServerSetupPage),
             QStringList{QCoreApplication::translate("ServiceWizard", "Real servers' router: '%1' is not an IPv4 or IPv6 "
                                                                      "address")
                             .arg(QStringLiteral("192.168.0.2522"))});
    router->setText(QStringLiteral("192.168.0.252"));
    QVERIFY(nextEnabled(wizard));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ServiceWizard::SummaryPage));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    const QString all = wizard.commandsShown(ServiceWizard::SummaryPage);
    QVERIFY2(all.startsWith(QStringLiteral("ipvsadm -A -t 192.168.0.200:80 -s wlc\n")), qPrintable(all));
    QCOMPARE(all.count(QStringLiteral("ipvsadm -a ")), 3);
    QVERIFY(all.contains(QStringLiteral("-r 192.168.0.170:80 -g -w 2")));
    screenshot(&wizard, QStringLiteral("service-wizard-5-summary"));

    const VirtualService service = wizard.service();
    QCOMPARE(service.address.toString(), QStringLiteral("192.168.0.200"));
    QCOMPARE(service.scheduler, Scheduler::WeightedLeastConnection);
    QCOMPARE(service.realServers.size(), 3);
    QCOMPARE(service.realServers[2].weight, 3u);
    QCOMPARE(service.realServers[2].forwarding, ForwardingMethod::DirectRouting);
}

void TestServiceWizard::mistakesKeepNextDisabled()
{
    const VirtualService existing = parseService("-A -t 192.168.0.200:80 -s rr\n");
    IpvsTable table;
    table.services.append(existing);
    ServiceWizard wizard(table);
    wizard.show();
    // The how-to's VIP is taken in this table.
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(wizard.problems(ServiceWizard::ServicePage),
             QStringList{QStringLiteral("service TCP 192.168.0.200:80 is in the table already: edit it there instead")});
    QVERIFY(wizard.commandsShown(ServiceWizard::ServicePage).isEmpty());

    wizard.addressEdit()->setText(QStringLiteral("192.168.0.300"));
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(wizard.problems(ServiceWizard::ServicePage),
             QStringList{QStringLiteral("VIP: '192.168.0.300' is not an IPv4 or IPv6 address")});
    wizard.addressEdit()->clear();
    QVERIFY(!nextEnabled(wizard));
    wizard.addressEdit()->setText(QStringLiteral("192.168.0.201"));
    QVERIFY(nextEnabled(wizard));
    QVERIFY(wizard.problems(ServiceWizard::ServicePage).isEmpty());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ServiceWizard::ServersPage));
    cellAddress(wizard, 1)->setText(QStringLiteral("192.168.0.160"));
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(wizard.problems(ServiceWizard::ServersPage),
             QStringList{QStringLiteral("real server 192.168.0.160:80 is listed twice")});
    cellAddress(wizard, 1)->setText(QStringLiteral("server-b"));
    QCOMPARE(wizard.problems(ServiceWizard::ServersPage),
             QStringList{QStringLiteral("Row 2: 'server-b' is not an IPv4 or IPv6 address")});
    // An IPv6 real server behind an IPv4 VIP is only possible with tunnelling, and the
    // message says so (core's own validation).
    cellAddress(wizard, 1)->setText(QStringLiteral("2001:db8::170"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!wizard.problems(ServiceWizard::ServersPage).isEmpty());
    cellAddress(wizard, 1)->setText(QStringLiteral("192.168.0.170"));
    QVERIFY(nextEnabled(wizard));

    // Every real server removed: the service would refuse every connection.
    auto *remove = wizard.findChild<QPushButton *>(QStringLiteral("removeServer"));
    for (int i = 0; i < 3; ++i)
        remove->click();
    QCOMPARE(wizard.serversTable()->rowCount(), 0);
    QVERIFY(!nextEnabled(wizard));
    // Add numbers the next one as the how-to does, after the last.
    auto *add = wizard.findChild<QPushButton *>(QStringLiteral("addServer"));
    add->click();
    cellAddress(wizard, 0)->setText(QStringLiteral("192.168.0.160"));
    add->click();
    QCOMPARE(cellAddress(wizard, 1)->text(), QStringLiteral("192.168.0.170"));
    QVERIFY(nextEnabled(wizard));
    QCOMPARE(wizard.service().realServers.size(), 2);

    // A weight the kernel refuses cannot be typed: the box stops at ipvsadm's maximum.
    QCOMPARE(cellSpin(wizard, 0, 2)->maximum(), 65535);
}

void TestServiceWizard::natFollowsTheHowTosNatNetwork()
{
    ServiceWizard wizard({});
    wizard.show();
    wizard.methodButtons()->button(int(ForwardingMethod::Masquerading))->click();
    // The example VIP follows to the how-to's NAT network; a typed one would stay.
    QCOMPARE(wizard.addressEdit()->text(), QStringLiteral("192.168.10.254"));
    QCOMPARE(wizard.commandsShown(ServiceWizard::ServicePage), QStringLiteral("ipvsadm -A -t 192.168.10.254:80 -s wlc"));
    wizard.next();
    // A NAT real server may listen on another port.
    QVERIFY(cellSpin(wizard, 0, 1)->isEnabled());
    cellSpin(wizard, 0, 1)->setValue(8080);
    QVERIFY(wizard.commandsShown(ServiceWizard::ServersPage)
                .startsWith(QStringLiteral("ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.160:8080 -m -w 1\n")));
    wizard.next();
    QVERIFY(wizard.commandsShown(ServiceWizard::DirectorPage).contains(QStringLiteral("net.ipv4.ip_forward")));
    wizard.next();
    // The real servers' default router is the director's inside address, filled in.
    const QString setup = wizard.commandsShown(ServiceWizard::RealServerSetupPage);
    QVERIFY2(setup.contains(QStringLiteral("192.168.0.254")), qPrintable(setup));
    QVERIFY(!setup.contains(QStringLiteral("arp_ignore")));
    QVERIFY(wizard.explanationShown(ServiceWizard::RealServerSetupPage).contains(QStringLiteral("default router")));

    // Back to DR: the example VIP returns, a typed one is kept.
    wizard.back();
    wizard.back();
    wizard.back();
    wizard.addressEdit()->setText(QStringLiteral("10.1.2.3"));
    wizard.methodButtons()->button(int(ForwardingMethod::DirectRouting))->click();
    QCOMPARE(wizard.addressEdit()->text(), QStringLiteral("10.1.2.3"));
    QCOMPARE(wizard.service().realServers[0].port, 80); // DR takes the service's port again
}

void TestServiceWizard::finishAddsOnePendingEditThatApplyTakesToTheKernel()
{
    SimulatedBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    QAction *action = window.action(QStringLiteral("newServiceWizard"));
    QVERIFY(action->isEnabled());

    bool answered = false;
    answerNextServiceWizard(QStringLiteral("wrr"), {1, 2, 3}, &answered);
    action->trigger();
    QVERIFY(answered);

    // One edit, four changes, nothing applied yet.
    QCOMPARE(window.session().pending().size(), 4);
    const QString pending = pendingText(window);
    QVERIFY2(pending.contains(QStringLiteral("ipvsadm -A -t 192.168.0.200:80 -s wrr")), qPrintable(pending));
    QVERIFY(pending.contains(QStringLiteral("ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.180:80 -g -w 3")));
    QVERIFY(backend.kernel().table().services.isEmpty());
    QVERIFY(window.session().canUndo());
    window.session().undo();
    QVERIFY(!window.session().hasPending());
    window.session().redo();
    QCOMPARE(window.session().pending().size(), 4);

    applyAndWait(window, backend);
    const IpvsTable kernel = backend.kernel().table();
    QCOMPARE(kernel.services.size(), 1);
    const VirtualService &service = kernel.services.first();
    QCOMPARE(service.scheduler, Scheduler::WeightedRoundRobin);
    QCOMPARE(service.realServers.size(), 3);
    for (const RealServer &server : service.realServers) {
        QCOMPARE(server.forwarding, ForwardingMethod::DirectRouting);
        QCOMPARE(server.weight, (server.address.v4() & 0xff) == 160 ? 1u : (server.address.v4() & 0xff) == 170 ? 2u : 3u);
    }

    // The same service again is refused on the first page, before anything is typed.
    QTimer::singleShot(0, [] {
        auto *wizard = qobject_cast<ServiceWizard *>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->reject();
    });
    action->trigger();
    QVERIFY(!window.session().hasPending());
}

QTEST_MAIN(TestServiceWizard)
#include "tst_servicewizard.moc"
