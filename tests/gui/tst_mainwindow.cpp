// SPDX-License-Identifier: GPL-2.0-or-later
// The main window offscreen, on the simulated kernel (and an in-memory table where no
// traffic is wanted): dialogs, pending commands, apply, live counts keeping selection
// and expansion, draining, undo and redo, managed tables, settings, big tables.
#include "detailpane.h"
#include "windowtesting.h"
#include "mainwindow.h"
#include "memorybackend.h"
#include "realserverdialog.h"
#include "rulesparser.h"
#include "servicedialog.h"
#include "ruleswriter.h"
#include "servicefilterproxy.h"
#include "tablereader.h"
#include "simulatedbackend.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace WindowTesting;

namespace {
/// A real server as the simulated kernel has it now, if it has it.
std::optional<RealServer> kernelServer(SimulatedBackend &backend, const char *address, std::uint16_t port)
{
    const IpvsTable table = backend.kernel().table();
    for (const VirtualService &service : table.services) {
        if (const RealServer *server = service.findRealServer(*IpAddress::parse(QString::fromLatin1(address)), port))
            return *server;
    }
    return std::nullopt;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidInputShowsTheFieldsMessageAndBlocksOk();
    void addThroughTheDialogsApplyAndWatchTraffic();
    void countsMoveWhileSelectionAndExpansionStay();
    void drainStopsNewConnectionsWhileOldOnesFinish();
    void drainThenRemoveOnceIdle();
    void undoRedoAndRevert();
    void aConflictOffersToKeepOrDiscardTheEdits();
    void importIntoPendingChanges();
    void importListingsOneAndNineAndApply();
    void exportEachFormatAndImportTheSameTable();
    void statesStayVisibleWithTheirColour();
    void filterAndHideIdle();
    void managedTableIsReadOnlyUntilUnlocked();
    void settingsAreRemembered();
    void tenThousandRealServersRefreshInPlace();
};

void TestMainWindow::invalidInputShowsTheFieldsMessageAndBlocksOk()
{
    ServiceDialog service;
    VirtualService anyPort = parseService("-A -t 10.0.0.1:80\n");
    anyPort.port = 0;
    service.setService(anyPort);
    QVERIFY(!service.isValid());
    QCOMPARE(service.messages(), QStringList{QStringLiteral("service TCP 10.0.0.1:0: port 0 (any port) needs persistence")});
    anyPort.persistent = true;
    service.setService(anyPort);
    QVERIFY(service.isValid());

    RealServerDialog server(parseService("-A -t 192.168.10.254:80\n"));
    RealServer v6;
    v6.address = *IpAddress::parse(u"2001:db8::160");
    v6.port = 80;
    v6.forwarding = ForwardingMethod::Masquerading;
    server.setRealServer(v6);
    QVERIFY(!server.isValid());
    QVERIFY2(server.messages().first().contains(QStringLiteral("needs tunnelling, not masquerading")),
             qPrintable(server.messages().first()));
    v6.forwarding = ForwardingMethod::Tunnelling;
    server.setRealServer(v6);
    QVERIFY(server.isValid());

    // A NAT real server keeps its own port (DR and TUN take the service's).
    RealServer mapped;
    mapped.address = *IpAddress::parse(u"192.168.0.160");
    mapped.port = 8080;
    mapped.forwarding = ForwardingMethod::Masquerading;
    server.setRealServer(mapped);
    QCOMPARE(server.realServer().port, 8080);
    mapped.forwarding = ForwardingMethod::DirectRouting;
    server.setRealServer(mapped);
    QCOMPARE(server.realServer().port, 80);
}

void TestMainWindow::addThroughTheDialogsApplyAndWatchTraffic()
{
    SimulatedBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    QAbstractItemModelTester tester(&window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window.tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    waitForFirstTable(window);

    answerNextDialog<ServiceDialog>([](ServiceDialog *dialog) { dialog->setService(parseService("-A -t 192.168.10.254:80 -s wlc\n")); });
    window.action(QStringLiteral("newService"))->trigger();
    QCOMPARE(window.model().rowCount(), 1);
    window.tree()->setCurrentIndex(window.tree()->model()->index(0, 0));
    for (const char *address : {"192.168.0.160", "192.168.0.170", "192.168.0.180"}) {
        answerNextDialog<RealServerDialog>([address](RealServerDialog *dialog) {
            RealServer server;
            server.address = *IpAddress::parse(QString::fromLatin1(address));
            server.port = 80;
            server.forwarding = ForwardingMethod::Masquerading;
            dialog->setRealServer(server);
        });
        window.action(QStringLiteral("newRealServer"))->trigger();
    }
    QCOMPARE(window.session().pending().size(), 4);
    const QString pending = pendingText(window);
    QVERIFY2(pending.contains(QStringLiteral("ipvsadm -A -t 192.168.10.254:80 -s wlc\n")), qPrintable(pending));
    QVERIFY(pending.contains(QStringLiteral("ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.180:80 -m -w 1")));
    QVERIFY(backend.kernel().table().services.isEmpty()); // nothing applied yet

    applyAndWait(window, backend);
    QCOMPARE(backend.kernel().table().services.size(), 1);
    QCOMPARE(backend.kernel().table().services.first().realServers.size(), 3);
    QVERIFY(pendingText(window).isEmpty());

    // Traffic reaches the new service: ten seconds of it, read every second.
    backend.warmUp(10'000, 1000);
    const QModelIndex total = window.tree()->model()->index(0, ServiceModel::ConnectionsColumn);
    QVERIFY2(total.data(ServiceModel::NumericRole).toULongLong() > 100, qPrintable(total.data().toString()));
    for (const char *endpoint : {"192.168.0.160:80", "192.168.0.170:80", "192.168.0.180:80"})
        QVERIFY(viewRow(window.tree(), QString::fromLatin1(endpoint), ServiceModel::ConnectionsColumn)
                    .data(ServiceModel::NumericRole)
                    .toULongLong()
                > 0);
}

void TestMainWindow::countsMoveWhileSelectionAndExpansionStay()
{
    SimulatedBackend backend;
    QVERIFY(backend.load(SimulatedBackend::demoTable()));
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    QAbstractItemModelTester tester(&window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    waitForFirstTable(window);
    QTreeView *tree = window.tree();
    const QModelIndex selected = viewRow(tree, QStringLiteral("192.168.0.170:80"));
    tree->setCurrentIndex(selected);
    tree->collapse(tree->model()->index(1, 0)); // the UDP service, folded by the user
    QVERIFY(tree->isExpanded(selected.parent()));
    const quint64 before =
        viewRow(tree, QStringLiteral("192.168.0.170:80"), ServiceModel::ConnectionsColumn).data(ServiceModel::NumericRole).toULongLong();

    QSignalSpy reset(&window.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&window.model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&window.model(), &QAbstractItemModel::rowsRemoved);
    backend.warmUp(10'000, 1000);
    const quint64 after =
        viewRow(tree, QStringLiteral("192.168.0.170:80"), ServiceModel::ConnectionsColumn).data(ServiceModel::NumericRole).toULongLong();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(tree->currentIndex().data().toString(), u"192.168.0.170:80");
    QVERIFY(tree->isExpanded(tree->currentIndex().parent()));
    QVERIFY(!tree->isExpanded(tree->model()->index(1, 0)));
    QCOMPARE(reset.size() + inserted.size() + removed.size(), 0);
    // The Details dock charts the selection, a sample per read.
    QVERIFY(window.details()->connectionsSeries()->count() >= 10);
}

void TestMainWindow::drainStopsNewConnectionsWhileOldOnesFinish()
{
    SimulatedBackend backend;
    QVERIFY(backend.load(SimulatedBackend::demoTable()));
    backend.warmUp(30'000); // a busy director: every server has connections open
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    window.tree()->setCurrentIndex(viewRow(window.tree(), QStringLiteral("192.168.0.170:80")));
    QVERIFY(window.action(QStringLiteral("drain"))->isEnabled());
    window.action(QStringLiteral("drain"))->trigger();
    QVERIFY(pendingText(window).contains(u"ipvsadm -e -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 0"));
    applyAndWait(window, backend);

    const RealServer drained = *kernelServer(backend, "192.168.0.170", 80);
    const RealServer neighbour = *kernelServer(backend, "192.168.0.160", 80);
    QCOMPARE(drained.weight, 0u);
    QVERIFY2(drained.connections.active > 0, "nothing open when the drain began: the test would prove nothing");
    QCOMPARE(viewRow(window.tree(), QStringLiteral("192.168.0.170:80")).data(ServiceModel::StateRole).toString(), u"drain");

    // A minute later (connections last 4 s on average): no new connection came, the old
    // ones have ended, and the other servers took the traffic.
    backend.warmUp(60'000, 1000);
    const RealServer later = *kernelServer(backend, "192.168.0.170", 80);
    QCOMPARE(later.stats.connections, drained.stats.connections);
    QCOMPARE(later.connections.active, 0u);
    QVERIFY(kernelServer(backend, "192.168.0.160", 80)->stats.connections > neighbour.stats.connections + 100);
    QCOMPARE(viewRow(window.tree(), QStringLiteral("192.168.0.170:80"), ServiceModel::ActiveColumn).data().toUInt(), 0u);
    QCOMPARE(viewRow(window.tree(), QStringLiteral("192.168.0.170:80")).data(ServiceModel::StateRole).toString(), u"drain");

    // Ready again: its weight comes back and so do new connections.
    window.tree()->setCurrentIndex(viewRow(window.tree(), QStringLiteral("192.168.0.170:80")));
    window.action(QStringLiteral("ready"))->trigger();
    QVERIFY(pendingText(window).contains(u"-r 192.168.0.170:80 -m -w 1"));
    applyAndWait(window, backend);
    backend.warmUp(10'000, 1000);
    QVERIFY(kernelServer(backend, "192.168.0.170", 80)->stats.connections > later.stats.connections);
}

void TestMainWindow::drainThenRemoveOnceIdle()
{
    SimulatedBackend backend;
    QVERIFY(backend.load(SimulatedBackend::demoTable()));
    backend.warmUp(30'000);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    window.tree()->setCurrentIndex(viewRow(window.tree(), QStringLiteral("192.168.0.180:80")));
    window.drainThenRemoveSelected(10 * 60'000);
    applyAndWait(window, backend);
    QVERIFY(kernelServer(backend, "192.168.0.180", 80));
    QVERIFY(kernelServer(backend, "192.168.0.180", 80)->connections.active > 0);
    QVERIFY(window.drainWatch().isWatched(window.session().kernelTable().services.first().key(),
                                          *IpAddress::parse(u"192.168.0.180"), 80));

    // Its connections end within the minute; the window then removes it by itself
    // (one apply, nothing else was pending) and keeps it in Maintenance.
    QSignalSpy applied(&backend, &Backend::applied);
    backend.warmUp(60'000, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(!kernelServer(backend, "192.168.0.180", 80), 5000);
    QCOMPARE(applied.size(), 1);
    QVERIFY(window.drainWatch().isEmpty());
    QCOMPARE(viewRow(window.tree(), QStringLiteral("192.168.0.180:80")).data(ServiceModel::StateRole).toString(),
             u"maintenance");
}

void TestMainWindow::undoRedoAndRevert()
{
    MemoryBackend backend(RulesParser::parse(u"-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1 -m\n").table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.setRefreshInterval(0);
    QSignalSpy shown(&window, &MainWindow::firstTableShown);
    QVERIFY(shown.wait(5000));
    QVERIFY(!window.action(QStringLiteral("undo"))->isEnabled());

    // Edit the weight inline, as a person would in the Weight column.
    QAbstractItemModel *view = window.tree()->model();
    const QModelIndex weight = view->index(0, ServiceModel::WeightColumn, view->index(0, 0));
    QVERIFY(view->setData(weight, 7));
    QVERIFY(pendingText(window).contains(QStringLiteral("ipvsadm -e -t 10.0.0.1:80 -r 10.0.1.1:80 -m -w 7")));
    QCOMPARE(view->index(0, ServiceModel::WeightColumn, view->index(0, 0)).data().toUInt(), 7u);
    QVERIFY(window.action(QStringLiteral("undo"))->isEnabled());

    window.action(QStringLiteral("undo"))->trigger();
    QVERIFY(pendingText(window).isEmpty());
    QCOMPARE(view->index(0, ServiceModel::WeightColumn, view->index(0, 0)).data().toUInt(), 1u);
    window.action(QStringLiteral("redo"))->trigger();
    QCOMPARE(view->index(0, ServiceModel::WeightColumn, view->index(0, 0)).data().toUInt(), 7u);
    window.action(QStringLiteral("revert"))->trigger();
    QVERIFY(!window.session().hasPending());
}

void TestMainWindow::aConflictOffersToKeepOrDiscardTheEdits()
{
    MemoryBackend backend(RulesParser::parse(u"-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1 -m\n").table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    QAbstractItemModel *view = window.tree()->model();
    for (const char *answer : {"Reload, Keep My Edits", "Reload, Discard My Edits"}) {
        QVERIFY(view->setData(viewRow(window.tree(), QStringLiteral("10.0.1.1:80"), ServiceModel::WeightColumn), 4));
        QVERIFY(window.session().hasPending());
        // Someone runs ipvsadm meanwhile.
        IpvsTable changed = backend.table();
        changed.services.append(parseService(answer[8] == 'K' ? "-A -t 10.0.0.2:80 -s rr\n" : "-A -t 10.0.0.3:80 -s rr\n"));
        backend.setTable(changed);
        QSignalSpy failed(&backend, &Backend::applyFailed);
        QSignalSpy read(&backend, &Backend::tableRead);
        answerNextMessage(QString::fromLatin1(answer));
        window.action(QStringLiteral("apply"))->trigger();
        QVERIFY(failed.wait(5000));
        QVERIFY(read.wait(5000));
        QCOMPARE(backend.table().services.first().realServers.first().weight, 1u); // nothing applied
        const bool kept = answer[8] == 'K';
        QCOMPARE(window.session().hasPending(), kept);
        QCOMPARE(view->rowCount(), kept ? 2 : 3); // the other's service shows
        if (kept)
            window.action(QStringLiteral("revert"))->trigger();
    }
}

void TestMainWindow::importIntoPendingChanges()
{
    MemoryBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.setRefreshInterval(0);
    QVERIFY(window.importFile(QStringLiteral(LVS_TEST_DATA_DIR "/howto/listing9.sh")));
    QCOMPARE(window.session().pending().size(), 4);
    QVERIFY(backend.table().services.isEmpty());
}

void TestMainWindow::importListingsOneAndNineAndApply()
{
    SimulatedBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    for (const char *listing : {"listing1.sh", "listing9.sh"}) {
        const QString path = QStringLiteral(LVS_TEST_DATA_DIR "/howto/") + QLatin1String(listing);
        QVERIFY(window.importFile(path));
        QVERIFY(window.session().hasPending());
        applyAndWait(window, backend);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const IpvsTable wanted = TableReader::read(QString::fromUtf8(file.readAll()), path).table;
        QCOMPARE(RulesWriter::rules(backend.kernel().configuration()), RulesWriter::rules(wanted));
    }
    // Listing 9: the DR director's table, on the VIP the how-to gives.
    QVERIFY(RulesWriter::rules(backend.kernel().configuration()).contains(u"-g"));
}

void TestMainWindow::exportEachFormatAndImportTheSameTable()
{
    // Everything the formats can carry: persistence, thresholds, an IPv6 tunnel, a mark.
    const IpvsTable table = RulesParser::parse(
        u"-A -t 192.168.10.254:80 -s wlc -p 600 -M 255.255.255.0\n"
        u"-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3 -x 200 -y 150\n"
        u"-a -t 192.168.10.254:80 -r 192.168.0.170:8080 -m -w 0\n"
        u"-A -u [2001:db8::1]:53 -s sh -b sh-port\n"
        u"-a -u [2001:db8::1]:53 -r [2001:db8::160]:53 -i -w 2\n"
        u"-A -f 7 -s rr\n"
        u"-a -f 7 -r 192.168.0.180:0 -g -w 1\n").table;
    MemoryBackend backend(table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    waitForFirstTable(window);
    QTemporaryDir dir;
    for (const auto &[format, name] : {std::pair{TableFormats::Format::Rules, "exported.rules"},
                                       std::pair{TableFormats::Format::Script, "exported.sh"},
                                       std::pair{TableFormats::Format::Keepalived, "keepalived.conf"}}) {
        const QString path = dir.filePath(QLatin1String(name));
        QString error;
        QVERIFY2(window.exportTable(path, format, &error), qPrintable(error));

        MemoryBackend empty;
        MainWindow other(&empty, MainWindow::SettingsUse::Defaults);
        waitForFirstTable(other);
        QVERIFY2(other.importFile(path), name);
        // The script keeps the thresholds the rules format drops: compare it whole.
        const IpvsTable imported = other.session().editedTable();
        const IpvsTable shown = window.session().editedTable(); // with the kernel's timeouts
        QCOMPARE(RulesWriter::rules(imported), RulesWriter::rules(table));
        if (format == TableFormats::Format::Script)
            QCOMPARE(RulesWriter::script(imported), RulesWriter::script(shown));
    }
    // A place that cannot be written says so and leaves nothing.
    QString error;
    QVERIFY(!window.exportTable(dir.filePath(QStringLiteral("no/such/dir/x.rules")), TableFormats::Format::Rules, &error));
    QVERIFY(!error.isEmpty());
}

void TestMainWindow::statesStayVisibleWithTheirColour()
{
    MemoryBackend backend(RulesParser::parse(u"-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1 -m -w 4\n"
                                             u"-a -t 10.0.0.1:80 -r 10.0.1.2 -m\n").table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.setRefreshInterval(0);
    QSignalSpy shown(&window, &MainWindow::firstTableShown);
    QVERIFY(shown.wait(5000));
    QAbstractItemModel *view = window.tree()->model();
    const QModelIndex service = view->index(0, 0);
    auto stateOf = [&](const char *endpoint) {
        for (int row = 0; row < view->rowCount(service); ++row) {
            const QModelIndex index = view->index(row, 0, service);
            if (index.data().toString() == QLatin1String(endpoint))
                return index.data(ServiceModel::StateRole).toString();
        }
        return QStringLiteral("absent");
    };
    QCOMPARE(stateOf("10.0.1.1:80"), QStringLiteral("ready"));

    const ServiceKey key = window.session().editedTable().services.first().key();
    const IpAddress address = *IpAddress::parse(u"10.0.1.1");
    QCOMPARE(window.session().setServerState(key, address, 80, EditSession::ServerState::Drain), QStringList());
    QCOMPARE(stateOf("10.0.1.1:80"), QStringLiteral("drain"));
    QCOMPARE(window.session().setServerState(key, address, 80, EditSession::ServerState::Maintenance), QStringList());
    // Out of the kernel's table, still in the window.
    QCOMPARE(stateOf("10.0.1.1:80"), QStringLiteral("maintenance"));
    QVERIFY(pendingText(window).contains(QStringLiteral("ipvsadm -d -t 10.0.0.1:80 -r 10.0.1.1:80")));
    QCOMPARE(window.session().setServerState(key, address, 80, EditSession::ServerState::Ready), QStringList());
    QCOMPARE(stateOf("10.0.1.1:80"), QStringLiteral("ready"));
    QVERIFY(!window.session().hasPending());
}

void TestMainWindow::filterAndHideIdle()
{
    MemoryBackend backend(RulesParser::parse(u"-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1 -m\n"
                                             u"-a -t 10.0.0.1:80 -r 10.0.1.2 -m\n-A -u 10.0.0.2:53 -s wlc\n"
                                             u"-a -u 10.0.0.2:53 -r 10.0.2.1 -m\n").table);
    IpvsTable busy = backend.table();
    busy.services[0].findRealServer(*IpAddress::parse(u"10.0.1.2"), 80)->connections.active = 3;
    backend.setTable(busy);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    QAbstractItemModelTester tester(window.tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForFirstTable(window);
    QAbstractItemModel *view = window.tree()->model();
    QCOMPARE(view->rowCount(), 2);

    window.filter()->setFilterText(QStringLiteral("10.0.2.1")); // a real server keeps its service
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data().toString(), u"UDP 10.0.0.2:53");
    window.filter()->setFilterText(QStringLiteral("udp")); // a matching service keeps its servers
    QCOMPARE(view->rowCount(view->index(0, 0)), 1);
    window.filter()->setFilterText(QStringLiteral("rr"));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->rowCount(view->index(0, 0)), 2);
    window.filter()->setFilterText(QString());

    window.action(QStringLiteral("hideIdle"))->trigger();
    QVERIFY(viewRow(window.tree(), QStringLiteral("10.0.1.2:80")).isValid());
    QVERIFY(!viewRow(window.tree(), QStringLiteral("10.0.1.1:80")).isValid());
    QVERIFY(!viewRow(window.tree(), QStringLiteral("10.0.2.1:53")).isValid());
    window.action(QStringLiteral("hideIdle"))->trigger();
    QVERIFY(viewRow(window.tree(), QStringLiteral("10.0.1.1:80")).isValid());

    // States are searchable.
    const ServiceKey key = window.session().editedTable().services.first().key();
    window.session().setServerState(key, *IpAddress::parse(u"10.0.1.1"), 80, EditSession::ServerState::Drain);
    window.filter()->setFilterText(QStringLiteral("drain"));
    QVERIFY(viewRow(window.tree(), QStringLiteral("10.0.1.1:80")).isValid());
    QVERIFY(!viewRow(window.tree(), QStringLiteral("10.0.1.2:80")).isValid());
}

void TestMainWindow::managedTableIsReadOnlyUntilUnlocked()
{
    MemoryBackend backend(RulesParser::parse(u"-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1 -m\n").table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    QVERIFY(window.action(QStringLiteral("newService"))->isEnabled());

    backend.setTableManagers({QStringLiteral("keepalived")});
    QVERIFY(!window.isEditable());
    for (const char *name : {"newService", "import", "newRealServer", "edit", "delete", "drain", "apply"})
        QVERIFY2(!window.action(QLatin1String(name))->isEnabled(), name);
    const QModelIndex weight = viewRow(window.tree(), QStringLiteral("10.0.1.1:80"), ServiceModel::WeightColumn);
    QVERIFY(!(weight.flags() & Qt::ItemIsEditable));
    QCOMPARE(window.tree()->model()->index(0, 0).data(ServiceModel::ManagedByRole).toString(), u"keepalived");
    QLabel *banner = nullptr;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text().contains(u"keepalived is running"))
            banner = label;
    }
    QVERIFY(banner && banner->isVisible());

    Q_EMIT banner->linkActivated(QStringLiteral("unlock"));
    QVERIFY(window.isEditable());
    QVERIFY(window.action(QStringLiteral("newService"))->isEnabled());
    QVERIFY(viewRow(window.tree(), QStringLiteral("10.0.1.1:80"), ServiceModel::WeightColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(banner->text().contains(u"unlocked"));

    backend.setTableManagers({});
    QVERIFY(!banner->isVisible());
    QVERIFY(window.isEditable());
}

void TestMainWindow::settingsAreRemembered()
{
    QStandardPaths::setTestModeEnabled(true); // a settings file of its own
    QSettings().clear();
    MemoryBackend backend;
    {
        MainWindow window(&backend, MainWindow::SettingsUse::Remembered);
        QCOMPARE(window.refreshInterval(), 1000);
        QVERIFY(!window.model().throughputInBits());
        window.action(QStringLiteral("refreshEvery5000"))->trigger();
        window.action(QStringLiteral("bits"))->trigger();
        window.action(QStringLiteral("chartSpan10"))->trigger();
        window.resize(1000, 700);
        window.show();
        window.close();
    }
    MainWindow again(&backend, MainWindow::SettingsUse::Remembered);
    QCOMPARE(again.refreshInterval(), 5000);
    QVERIFY(again.model().throughputInBits());
    QVERIFY(again.action(QStringLiteral("bits"))->isChecked());
    QCOMPARE(again.details()->span(), 10 * 60'000);
    QCOMPARE(again.size(), QSize(1000, 700));
    // Tests and screenshots see the defaults whatever was saved.
    MainWindow defaults(&backend, MainWindow::SettingsUse::Defaults);
    QCOMPARE(defaults.refreshInterval(), 1000);
    QVERIFY(!defaults.model().throughputInBits());
    QSettings().clear();
}

void TestMainWindow::tenThousandRealServersRefreshInPlace()
{
    IpvsTable table;
    for (std::uint32_t s = 0; s < 1000; ++s) {
        VirtualService service;
        service.address = IpAddress::fromV4(0x0a000000u + s);
        service.port = 80;
        for (std::uint32_t r = 0; r < 10; ++r) {
            RealServer server;
            server.address = IpAddress::fromV4(0xc0a80000u + s * 10 + r);
            server.port = 80;
            server.forwarding = ForwardingMethod::Masquerading;
            service.realServers.append(server);
        }
        table.services.append(service);
    }
    MemoryBackend backend(table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    QCOMPARE(window.model().rowCount(), 1000);

    // Every counter moves, as on a busy director, sorted by a column that changes.
    window.tree()->sortByColumn(ServiceModel::ConnectionsColumn, Qt::DescendingOrder);
    for (VirtualService &service : table.services) {
        for (RealServer &server : service.realServers) {
            server.stats.connections += 7 + server.address.toString().size();
            server.connections.active = 3;
        }
    }
    backend.setTable(table);
    std::vector<std::unique_ptr<QSignalSpy>> structural;
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(&window.model()), window.tree()->model()}) {
        structural.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelReset));
        structural.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::rowsInserted));
        structural.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::rowsRemoved));
    }
    QSignalSpy changed(&window.model(), &QAbstractItemModel::dataChanged);
    QSignalSpy read(&backend, &Backend::tableRead);
    window.action(QStringLiteral("refresh"))->trigger();
    QVERIFY(read.wait(10000));
    QVERIFY(changed.size() > 0);
    for (const auto &spy : structural)
        QCOMPARE(spy->size(), 0);
    QCOMPARE(window.tree()->model()->index(0, ServiceModel::ActiveColumn).data().toUInt(), 30u);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
