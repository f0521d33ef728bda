// SPDX-License-Identifier: GPL-2.0-or-later
// The Real-Server Setup page: the selected service's snippets for the director and per
// operating system, the same documents lvsctl realserver-setup writes, Copy and Save.
#include "mainwindow.h"
#include "memorybackend.h"
#include "realserversetup.h"
#include "rulesparser.h"
#include "setuppage.h"
#include "windowtesting.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace WindowTesting;

namespace {
IpvsTable readTable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const RulesParseResult parsed = RulesParser::parse(QString::fromUtf8(file.readAll()));
    if (!parsed.ok())
        qFatal("bad fixture %s", qPrintable(path));
    return parsed.table;
}

QString expected(const VirtualService &service, RealServerSetup::OperatingSystem system,
                 const RealServerSetup::Options &options = {})
{
    return RealServerSetup::render(RealServerSetup::forRealServers(service, system, options).snippets);
}

IpAddress address(const char *text)
{
    return *IpAddress::parse(QString::fromLatin1(text));
}

QModelIndex serviceRow(QTreeView *tree, const QString &name)
{
    QAbstractItemModel *view = tree->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        if (view->index(row, 0).data().toString() == name)
            return view->index(row, 0);
    }
    return {};
}

void choose(SetupPage &page, const char *comboName, int index)
{
    auto *combo = page.findChild<QComboBox *>(QLatin1String(comboName));
    QVERIFY(combo);
    combo->setCurrentIndex(index);
}
} // namespace

class TestSetupPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAServiceItSaysWhatToDo();
    void showsTheDirectorsAndEachSystemsSnippets();
    void aBadAddressIsNamedAndNothingIsGuessed();
    void copyAndSaveGiveWhatIsShown();
    void followsTheSelectionInTheWindow();
};

void TestSetupPage::withoutAServiceItSaysWhatToDo()
{
    SetupPage page;
    QVERIFY(page.result().snippets.isEmpty());
    QVERIFY(page.findChild<QListWidget *>()->count() == 0);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("notes"))->text().contains(u"Select a service"));
}

void TestSetupPage::showsTheDirectorsAndEachSystemsSnippets()
{
    const IpvsTable listing9 = readTable(QFINDTESTDATA("../data/howto/listing9.sh"));
    SetupPage page;
    page.setService(listing9.services.first());
    // The director first, as lvsctl realserver-setup --director writes it.
    const QString director = RealServerSetup::render(page.result().snippets);
    QVERIFY(director.contains(u"net.ipv4.ip_forward = 1"));
    QCOMPARE(director, RealServerSetup::render(RealServerSetup::forDirector(listing9.services.first()).snippets));
    QCOMPARE(page.findChild<QListWidget *>()->count(), page.result().snippets.size());
    QCOMPARE(page.shownText(), page.result().snippets.first().text);

    // The how-to's DR real servers per system: Linux's ARP sysctls, FreeBSD's rc.conf alias.
    using OS = RealServerSetup::OperatingSystem;
    const VirtualService &service = listing9.services.first();
    choose(page, "target", 1);
    QCOMPARE(RealServerSetup::render(page.result().snippets), expected(service, OS::Linux));
    QVERIFY(RealServerSetup::render(page.result().snippets).contains(u"net.ipv4.conf.all.arp_ignore = 1"));
    choose(page, "system", 1);
    QCOMPARE(RealServerSetup::render(page.result().snippets), expected(service, OS::FreeBsd));
    QVERIFY(RealServerSetup::render(page.result().snippets).contains(u"ifconfig_lo0_alias0"));
    choose(page, "system", 2);
    QCOMPARE(RealServerSetup::render(page.result().snippets), expected(service, OS::Solaris));
    // The real servers' own router (the how-to's RouterB) goes into every system's files.
    page.findChild<QLineEdit *>(QStringLiteral("gateway"))->setText(QStringLiteral("192.168.0.252"));
    RealServerSetup::Options routed;
    routed.gateway = address("192.168.0.252");
    QCOMPARE(RealServerSetup::render(page.result().snippets), expected(service, OS::Solaris, routed));
    QVERIFY(RealServerSetup::render(page.result().snippets).contains(u"192.168.0.252"));
    page.selectSnippet(1);
    QCOMPARE(page.shownText(), page.result().snippets.at(1).text);
}

void TestSetupPage::aBadAddressIsNamedAndNothingIsGuessed()
{
    const IpvsTable listing1 = readTable(QFINDTESTDATA("../data/howto/listing1.sh"));
    SetupPage page;
    page.setService(listing1.services.first());
    choose(page, "target", 1);
    // NAT's real servers need the director's inside address; without it, a placeholder and a warning.
    QVERIFY(RealServerSetup::render(page.result().snippets).contains(u"DIRECTOR_INSIDE_ADDRESS"));
    QVERIFY(!page.result().warnings.isEmpty());
    auto *director = page.findChild<QLineEdit *>(QStringLiteral("directorAddress"));
    director->setText(QStringLiteral("192.168.0.999"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("notes"))
                ->text()
                .contains(u"'192.168.0.999' is not an IPv4 or IPv6 address"));
    QVERIFY(RealServerSetup::render(page.result().snippets).contains(u"DIRECTOR_INSIDE_ADDRESS"));
    director->setText(QStringLiteral("192.168.0.254"));
    QVERIFY(!RealServerSetup::render(page.result().snippets).contains(u"DIRECTOR_INSIDE_ADDRESS"));
    RealServerSetup::Options options;
    options.directorAddress = address("192.168.0.254");
    QCOMPARE(RealServerSetup::render(page.result().snippets),
             expected(listing1.services.first(), RealServerSetup::OperatingSystem::Linux, options));
}

void TestSetupPage::copyAndSaveGiveWhatIsShown()
{
    const IpvsTable listing9 = readTable(QFINDTESTDATA("../data/howto/listing9.sh"));
    SetupPage page;
    page.setService(listing9.services.first());
    page.selectSnippet(1);
    page.copyShown();
    QCOMPARE(QApplication::clipboard()->text(), page.result().snippets.at(1).text);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("setup.txt"));
    QString error;
    QVERIFY2(page.saveAll(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), RealServerSetup::render(page.result().snippets));
    // A place that cannot be written: an error, no file.
    QVERIFY(!page.saveAll(dir.filePath(QStringLiteral("no/such/dir/setup.txt")), &error));
    QVERIFY(!error.isEmpty());
}

void TestSetupPage::followsTheSelectionInTheWindow()
{
    // The how-to's two directors in one table: NAT's VIP and DR's.
    IpvsTable both = readTable(QFINDTESTDATA("../data/howto/listing1.sh"));
    both.services.append(readTable(QFINDTESTDATA("../data/howto/listing9.sh")).services);
    MemoryBackend backend(both);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    QTreeView *tree = window.tree();
    const auto setupNames = [&window] { return RealServerSetup::render(window.setup()->result().snippets); };
    const QModelIndex dr = serviceRow(tree, QStringLiteral("TCP 192.168.0.200:80"));
    QVERIFY(dr.isValid());
    tree->setCurrentIndex(dr);
    QTRY_VERIFY(setupNames().contains(u"192.168.0.200"));
    QVERIFY(!setupNames().contains(u"192.168.10.254"));
    const QModelIndex natServer = viewRow(tree, QStringLiteral("192.168.0.254:80")); // only NAT's
    QVERIFY(natServer.isValid());
    tree->setCurrentIndex(natServer);
    // A real server's row: its service's setup.
    const QString natDirector = RealServerSetup::render(RealServerSetup::forDirector(both.services.first()).snippets);
    QTRY_COMPARE(setupNames(), natDirector);
    QVERIFY(window.showPage(QStringLiteral("setup")));
    // A refresh moves counters only: the page keeps the snippet the user is reading.
    window.setup()->selectSnippet(1);
    const QString reading = window.setup()->shownText();
    QSignalSpy read(&backend, &Backend::tableRead);
    backend.refresh();
    QVERIFY(read.wait(5000));
    QCOMPARE(window.setup()->shownText(), reading);
}

QTEST_MAIN(TestSetupPage)
#include "tst_setuppage.moc"
