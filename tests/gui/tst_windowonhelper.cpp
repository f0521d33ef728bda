// SPDX-License-Identifier: GPL-2.0-or-later
// The main window on the real kernel, through the installed helper on the system bus
// (run inside the VM rig by tests/vm/checks/gui-helper.sh, as root): add a service and
// real servers through the dialogs, edit them, drain and delete, apply each time, and
// after each apply the kernel's table as `ipvsadm -S -n` prints it must be what the
// window shows. Last, the service wizard's service, applied, is in the kernel as typed.
#include "forwarding.h"
#include "bootpage.h"
#include "helperbackend.h"
#include "realserverdialog.h"
#include "servicedialog.h"
#include "servicewizardtesting.h"
#include "windowtesting.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace ServiceWizardTesting;
using namespace WindowTesting;

namespace {
/// One line per service and real server, from the window's rows.
QStringList shownByTheWindow(QTreeView *tree)
{
    QStringList lines;
    QAbstractItemModel *view = tree->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        const QModelIndex service = view->index(row, 0);
        lines.append(service.data().toString() + u' ' + service.siblingAtColumn(ServiceModel::MethodColumn).data().toString());
        QStringList servers;
        for (int child = 0; child < view->rowCount(service); ++child) {
            const QModelIndex server = view->index(child, 0, service);
            servers.append(QStringLiteral("  %1 %2 weight %3")
                               .arg(server.data().toString(),
                                    server.siblingAtColumn(ServiceModel::MethodColumn).data().toString(),
                                    server.siblingAtColumn(ServiceModel::WeightColumn).data().toString()));
        }
        servers.sort();
        lines += servers;
    }
    return lines;
}

/// The same lines from what ipvsadm reads from the kernel.
QStringList shownByIpvsadm(QString *saved)
{
    QProcess ipvsadm;
    ipvsadm.start(QStringLiteral("ipvsadm"), {QStringLiteral("-S"), QStringLiteral("-n")});
    if (!ipvsadm.waitForFinished(30000) || ipvsadm.exitCode() != 0)
        return {QStringLiteral("ipvsadm failed: ") + QString::fromLocal8Bit(ipvsadm.readAllStandardError())};
    *saved = QString::fromLocal8Bit(ipvsadm.readAllStandardOutput());
    const RulesParseResult parsed = RulesParser::parse(*saved);
    if (!parsed.ok())
        return {QStringLiteral("cannot read ipvsadm's output: ") + parsed.errors.first().message};
    QStringList lines;
    for (const VirtualService &service : parsed.table.services) {
        lines.append(service.displayName() + u' ' + Schedulers::name(service.scheduler));
        QStringList servers;
        for (const RealServer &server : service.realServers)
            servers.append(QStringLiteral("  %1 %2 weight %3")
                               .arg(server.endpoint(), Forwarding::shortName(server.forwarding))
                               .arg(server.weight));
        servers.sort();
        lines += servers;
    }
    return lines;
}

void compareWithTheKernel(MainWindow &window, const char *step)
{
    QString saved;
    const QStringList kernel = shownByIpvsadm(&saved);
    const QStringList shown = shownByTheWindow(window.tree());
    qInfo("%s: ipvsadm -S -n says\n%s", step, qPrintable(saved.trimmed()));
    QVERIFY2(shown == kernel, qPrintable(QStringLiteral("the window shows\n%1\nbut the kernel has\n%2")
                                             .arg(shown.join(u'\n'), kernel.join(u'\n'))));
    qInfo("gui on helper: %s: the window matches ipvsadm -S -n (%d lines)", step, int(shown.size()));
}

RealServer natServer(const char *address, std::uint32_t weight)
{
    RealServer server;
    server.address = *IpAddress::parse(QString::fromLatin1(address));
    server.port = 80;
    server.forwarding = ForwardingMethod::Masquerading;
    server.weight = weight;
    return server;
}
} // namespace

class TestWindowOnHelper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addEditApplyMatchesTheKernel();
    void runtimeToBootWritesWhatIpvsadmRestores();
    void serviceWizardReachesTheKernel();
};

void TestWindowOnHelper::addEditApplyMatchesTheKernel()
{
    QVERIFY2(HelperBackend::isAvailable(), "the helper is not on the system bus");
    HelperBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    // The status bar names the helper and the kernel's IPVS version.
    QTRY_VERIFY_WITH_TIMEOUT(backend.description().contains(u", IPVS 1."), 30000);
    qInfo("gui on helper: the status bar says \"%s\"", qPrintable(backend.description()));
    // The lock says what polkit says for this process: root may change the table.
    QVERIFY(window.action(QStringLiteral("lock")));
    QCOMPARE(window.action(QStringLiteral("lock"))->text(), u"Unlocked");
    QCOMPARE(window.model().rowCount(), 0);

    // Add: the how-to's Listing 1 service, three NAT real servers, weights 1, 2, 3.
    answerNextDialog<ServiceDialog>([](ServiceDialog *dialog) {
        dialog->setService(parseService("-A -t 192.168.10.254:80 -s wlc -p 300\n"));
    });
    window.action(QStringLiteral("newService"))->trigger();
    window.tree()->setCurrentIndex(window.tree()->model()->index(0, 0));
    std::uint32_t weight = 1;
    for (const char *address : {"192.168.0.160", "192.168.0.170", "192.168.0.180"}) {
        answerNextDialog<RealServerDialog>([address, weight](RealServerDialog *dialog) {
            dialog->setRealServer(natServer(address, weight));
        });
        window.action(QStringLiteral("newRealServer"))->trigger();
        ++weight;
    }
    QCOMPARE(window.session().pending().size(), 4);
    applyAndWait(window, backend);
    compareWithTheKernel(window, "add");

    // Edit: the scheduler through the service dialog, a weight inline, one drained.
    window.tree()->setCurrentIndex(window.tree()->model()->index(0, 0));
    answerNextDialog<ServiceDialog>([](ServiceDialog *dialog) {
        dialog->setService(parseService("-A -t 192.168.10.254:80 -s rr -p 300\n"));
    });
    window.action(QStringLiteral("edit"))->trigger();
    QVERIFY(window.tree()->model()->setData(viewRow(window.tree(), QStringLiteral("192.168.0.170:80"),
                                                    ServiceModel::WeightColumn),
                                            5));
    window.tree()->setCurrentIndex(viewRow(window.tree(), QStringLiteral("192.168.0.180:80")));
    window.action(QStringLiteral("drain"))->trigger();
    QCOMPARE(window.session().pending().size(), 3);
    applyAndWait(window, backend);
    compareWithTheKernel(window, "edit");
    QCOMPARE(viewRow(window.tree(), QStringLiteral("192.168.0.180:80")).data(ServiceModel::StateRole).toString(), u"drain");

    // Delete a real server (confirmed), add one on another port, apply.
    window.tree()->setCurrentIndex(viewRow(window.tree(), QStringLiteral("192.168.0.160:80")));
    answerNextQuestion(QMessageBox::Yes);
    window.action(QStringLiteral("delete"))->trigger();
    window.tree()->setCurrentIndex(window.tree()->model()->index(0, 0));
    answerNextDialog<RealServerDialog>([](RealServerDialog *dialog) {
        RealServer server = natServer("192.168.0.160", 2);
        server.port = 8080;
        dialog->setRealServer(server);
    });
    window.action(QStringLiteral("newRealServer"))->trigger();
    applyAndWait(window, backend);
    compareWithTheKernel(window, "delete and add");
    QVERIFY(viewRow(window.tree(), QStringLiteral("192.168.0.160:8080")).isValid());
    QVERIFY(!viewRow(window.tree(), QStringLiteral("192.168.0.160:80")).isValid());
}

void TestWindowOnHelper::runtimeToBootWritesWhatIpvsadmRestores()
{
    HelperBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    QVERIFY(window.model().rowCount() > 0); // the table the first test left
    QSignalSpy shown(window.boot(), &BootPage::bootFileShown);
    QVERIFY(window.showPage(QStringLiteral("boot")));
    QVERIFY(shown.count() > 0 || shown.wait(30000));
    QVERIFY(!window.boot()->bootFile().exists); // the check script removed it
    QVERIFY(!window.boot()->difference().onlyRunning.isEmpty());

    QSignalSpy saved(window.boot(), &BootPage::bootFileSaved);
    const qsizetype shownBefore = shown.count();
    window.boot()->runtimeToBoot(true);
    // Each answer may come in the same turn as the one before: count, then wait.
    QVERIFY(saved.count() > 0 || saved.wait(30000));
    const QString path = saved.first().first().toString();
    QVERIFY(shown.count() > shownBefore || shown.wait(30000));
    QVERIFY(window.boot()->difference().same());
    qInfo("gui on helper: Runtime to Boot wrote %s; the page says it agrees with the running table", qPrintable(path));

    // The file is what ipvsadm -S -n prints, and ipvsadm -R of it gives the table back.
    QString live;
    shownByIpvsadm(&live);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), live);
    if (QFileInfo(QStringLiteral("/etc/sysconfig")).isDir())
        QCOMPARE(path, u"/etc/sysconfig/ipvsadm"); // Fedora's, which its ipvsadm.service restores
    // As ipvsadm.service starts: ipvsadm-restore clears the table and reads the file.
    QCOMPARE(QProcess::execute(QStringLiteral("ipvsadm"), {QStringLiteral("-A"), QStringLiteral("-t"),
                                                           QStringLiteral("10.99.0.1:80")}),
             0);
    QProcess restore;
    restore.setStandardInputFile(path);
    restore.start(QStringLiteral("ipvsadm-restore"), {});
    QVERIFY(restore.waitForFinished(30000));
    QCOMPARE(restore.exitCode(), 0);
    QString restored;
    shownByIpvsadm(&restored);
    QCOMPARE(restored, live);
    qInfo("gui on helper: ipvsadm-restore of %s restores the same table (%d lines)", qPrintable(path),
          int(live.count(u'\n')));
}

void TestWindowOnHelper::serviceWizardReachesTheKernel()
{
    HelperBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    const int servicesBefore = window.model().rowCount();

    // The how-to's DR service as the wizard proposes it, wrr with weights 1, 2, 3.
    bool answered = false;
    answerNextServiceWizard(QStringLiteral("wrr"), {1, 2, 3}, &answered);
    window.action(QStringLiteral("newServiceWizard"))->trigger();
    QVERIFY(answered);
    QCOMPARE(window.session().pending().size(), 4);
    applyAndWait(window, backend);
    compareWithTheKernel(window, "service wizard");
    QCOMPARE(window.model().rowCount(), servicesBefore + 1);

    QString saved;
    shownByIpvsadm(&saved);
    const QStringList lines = saved.split(u'\n');
    QVERIFY2(lines.contains(u"-A -t 192.168.0.200:80 -s wrr"), qPrintable(saved));
    for (const auto &[address, weight] : {std::pair{"160", 1}, {"170", 2}, {"180", 3}})
        QVERIFY2(lines.contains(QStringLiteral("-a -t 192.168.0.200:80 -r 192.168.0.%1:80 -g -w %2").arg(QLatin1String(address)).arg(weight)),
                 qPrintable(saved));
}

QTEST_MAIN(TestWindowOnHelper)
#include "tst_windowonhelper.moc"
