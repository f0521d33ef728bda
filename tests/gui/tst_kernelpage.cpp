// SPDX-License-Identifier: GPL-2.0-or-later
// The Kernel page on an in-memory kernel: every setting with its default and meaning,
// changes and refusals, presets, timeouts as a pending change, sync daemons.
#include "kernelpage.h"
#include "kernelsettings.h"
#include "mainwindow.h"
#include "memorybackend.h"
#include "windowtesting.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace WindowTesting;

class TestKernelPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEverySettingWithItsDefaultAndMeaning();
    void setsAValueAndRefusesNonsense();
    void presetsSetTheirValues();
    void timeoutsBecomeAPendingChange();
    void syncDaemonsStartAndStop();
};

void TestKernelPage::showsEverySettingWithItsDefaultAndMeaning()
{
    MemoryBackend backend;
    KernelPage page(&backend);
    QSignalSpy shown(&page, &KernelPage::valuesShown);
    page.reload();
    QVERIFY(shown.wait(5000));
    QCOMPARE(page.table()->rowCount(), int(KernelSettings::all().size()));
    for (int row = 0; row < page.table()->rowCount(); ++row) {
        const QString name = page.table()->item(row, 0)->text();
        const KernelSettings::Setting setting = KernelSettings::find(name);
        QVERIFY2(!setting.explanation.isEmpty(), qPrintable(name));
        QCOMPARE(page.table()->item(row, 3)->text(), setting.explanation);
    }
    QCOMPARE(page.table()->item(0, 0)->text(), u"net.ipv4.ip_forward"); // forwarding first
    QCOMPARE(KernelSettings::find(u"net.ipv4.vs.conn_reuse_mode"_qs).defaultValue, u"1");
    QVERIFY(KernelSettings::find(u"net.ipv4.vs.nosuch"_qs).name.isEmpty());
}

void TestKernelPage::setsAValueAndRefusesNonsense()
{
    MemoryBackend backend;
    KernelPage page(&backend);
    QSignalSpy shown(&page, &KernelPage::valuesShown);
    page.reload();
    QVERIFY(shown.wait(5000));
    QSignalSpy set(&backend, &Backend::sysctlSet);
    page.setValue(QStringLiteral("net.ipv4.vs.expire_nodest_conn"), QStringLiteral("1"));
    QVERIFY(set.wait(5000));
    QCOMPARE(page.values().value(u"net.ipv4.vs.expire_nodest_conn"_qs), u"1");
    // Typed into the table, as a person would.
    QSignalSpy failed(&page, &KernelPage::failed);
    for (int row = 0; row < page.table()->rowCount(); ++row) {
        if (page.table()->item(row, 0)->text() == u"net.ipv4.vs.conntrack")
            page.table()->item(row, 1)->setText(QStringLiteral("yes"));
    }
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().toString(), u"net.ipv4.vs.conntrack: 'yes' is not a number");
    QCOMPARE(page.values().value(u"net.ipv4.vs.conntrack"_qs), u"0");
}

void TestKernelPage::presetsSetTheirValues()
{
    MemoryBackend backend;
    KernelPage page(&backend);
    QSignalSpy set(&backend, &Backend::sysctlSet);
    const QList<KernelSettings::Preset> presets = KernelSettings::presets();
    int kubeProxy = -1;
    for (int i = 0; i < presets.size(); ++i) {
        if (presets[i].name.contains(u"kube-proxy"))
            kubeProxy = i;
    }
    QVERIFY(kubeProxy >= 0);
    page.applyPreset(kubeProxy);
    QTRY_COMPARE(set.size(), int(presets[kubeProxy].values.size()));
    for (const auto &[name, value] : presets[kubeProxy].values)
        QCOMPARE(page.values().value(name), value);
}

void TestKernelPage::timeoutsBecomeAPendingChange()
{
    MemoryBackend backend(RulesParser::parse(u"-A -t 10.0.0.1:80 -s rr\n"_qs).table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    waitForFirstTable(window);
    Q_EMIT window.kernel()->timeoutsRequested(Timeouts{3600, 120, 300});
    QVERIFY2(pendingText(window).contains(u"ipvsadm --set 3600 120 300"), qPrintable(pendingText(window)));
    applyAndWait(window, backend);
    QCOMPARE(backend.table().timeouts.value_or(Timeouts{}).tcp, 3600u);
}

void TestKernelPage::syncDaemonsStartAndStop()
{
    MemoryBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    waitForFirstTable(window);
    SyncDaemon daemon;
    daemon.interface = QStringLiteral("d0");
    daemon.syncId = 9;
    QSignalSpy read(&backend, &Backend::tableRead);
    backend.startSyncDaemon(daemon, true);
    QVERIFY(read.wait(5000)); // the page asks for a fresh table when daemons change
    QCOMPARE(backend.table().syncDaemons.size(), 1);
    QLabel *running = nullptr;
    for (QLabel *label : window.kernel()->findChildren<QLabel *>()) {
        if (label->text().startsWith(u"Running:"))
            running = label;
    }
    QVERIFY(running);
    QCOMPARE(running->text(), u"Running: master on d0, sync ID 9");
    QSignalSpy failed(&backend, &Backend::kernelSettingFailed);
    backend.startSyncDaemon(daemon, true); // one master at a time, as the kernel says
    QVERIFY(failed.wait(5000));
    backend.stopSyncDaemon(SyncDaemon::Role::Master, true);
    QVERIFY(read.wait(5000));
    QVERIFY(backend.table().syncDaemons.isEmpty());
}

QTEST_MAIN(TestKernelPage)
#include "tst_kernelpage.moc"
