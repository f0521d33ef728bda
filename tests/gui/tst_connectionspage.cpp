// SPDX-License-Identifier: GPL-2.0-or-later
// The Connections page on the simulated kernel: ipvsadm -Lnc's entries, filtered by
// real server, client and state, sorted by number, the selection kept across reads,
// exported as CSV.
#include "connectionspage.h"
#include "simulatedbackend.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestConnectionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheKernelsEntries();
    void filtersByRealServerClientAndState();
    void sortsAddressesAndTimesAsNumbers();
    void keepsTheSelectionAcrossReads();
    void exportsWhatIsShownAsCsv();

private:
    void read();
    std::unique_ptr<SimulatedBackend> m_backend;
    std::unique_ptr<ConnectionsPage> m_page;
};

void TestConnectionsPage::init()
{
    m_backend = std::make_unique<SimulatedBackend>();
    QVERIFY(m_backend->load(SimulatedBackend::demoTable()));
    m_backend->warmUp(30'000);
    m_page = std::make_unique<ConnectionsPage>(m_backend.get());
    read();
}

void TestConnectionsPage::cleanup()
{
    m_page.reset();
    m_backend.reset();
}

void TestConnectionsPage::read()
{
    QSignalSpy shown(m_page.get(), &ConnectionsPage::connectionsShown);
    m_page->refresh();
    QVERIFY(shown.wait(5000));
}

void TestConnectionsPage::showsTheKernelsEntries()
{
    QAbstractItemModelTester tester(m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = m_page->model()->rowCount();
    QCOMPARE(std::size_t(rows), m_backend->kernel().connectionCount());
    QVERIFY2(rows > 500, qPrintable(QString::number(rows))); // 30 s of the demo's traffic
    QSet<QString> states;
    for (int row = 0; row < rows; ++row)
        states.insert(m_page->model()->entry(row).state);
    QCOMPARE(states, (QSet<QString>{u"ESTABLISHED"_qs, u"FIN_WAIT"_qs, u"UDP"_qs}));
    // As ipvsadm prints the time left.
    QCOMPARE(ConnectionModel::expiresText(125), u"02:05");
    read(); // a second read through the tester
}

void TestConnectionsPage::filtersByRealServerClientAndState()
{
    auto *proxy = m_page->proxy();
    proxy->setCriteria({QString(), QStringLiteral("192.168.0.170:80"), QString(), QString()});
    QVERIFY(proxy->rowCount() > 0);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, ConnectionModel::DestinationColumn).data().toString(), u"192.168.0.170:80");
    const int onServer = proxy->rowCount();

    proxy->setCriteria({QString(), QStringLiteral("192.168.0.170:80"), QString(), QStringLiteral("ESTABLISHED")});
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < onServer);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, ConnectionModel::StateColumn).data().toString(), u"ESTABLISHED");

    // One client's connections, by its address.
    const QString client = m_page->model()->entry(0).client.toString();
    proxy->setCriteria({QString(), QString(), client + u':', QString()});
    QVERIFY(proxy->rowCount() >= 1);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row, ConnectionModel::SourceColumn).data().toString().startsWith(client + u':'));

    // The virtual service box: the UDP service's entries only.
    proxy->setCriteria({QStringLiteral(":53"), QString(), QString(), QString()});
    QVERIFY(proxy->rowCount() > 0);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, ConnectionModel::ProtocolColumn).data().toString(), u"UDP");
}

void TestConnectionsPage::sortsAddressesAndTimesAsNumbers()
{
    QTreeView *view = m_page->view();
    view->sortByColumn(ConnectionModel::ExpiresColumn, Qt::AscendingOrder);
    auto *proxy = m_page->proxy();
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(m_page->model()->entry(proxy->mapToSource(proxy->index(row - 1, 0)).row()).expiresSeconds
                <= m_page->model()->entry(proxy->mapToSource(proxy->index(row, 0)).row()).expiresSeconds);
    // 198.18.0.9 before 198.18.0.10, as numbers and not as text.
    view->sortByColumn(ConnectionModel::SourceColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row) {
        const ConnectionEntry &a = m_page->model()->entry(proxy->mapToSource(proxy->index(row - 1, 0)).row());
        const ConnectionEntry &b = m_page->model()->entry(proxy->mapToSource(proxy->index(row, 0)).row());
        QVERIFY(std::tie(a.client, a.clientPort) <= std::tie(b.client, b.clientPort));
    }
}

void TestConnectionsPage::keepsTheSelectionAcrossReads()
{
    QTreeView *view = m_page->view();
    view->sortByColumn(ConnectionModel::ExpiresColumn, Qt::DescendingOrder);
    // The entry with the most time left is still there a moment later.
    view->setCurrentIndex(m_page->proxy()->index(0, ConnectionModel::SourceColumn));
    const QString selected = view->currentIndex().data().toString();
    m_backend->warmUp(200);
    read();
    QVERIFY(view->currentIndex().isValid());
    QCOMPARE(view->currentIndex().data().toString(), selected);
    QCOMPARE(view->currentIndex().column(), int(ConnectionModel::SourceColumn));
}

void TestConnectionsPage::exportsWhatIsShownAsCsv()
{
    m_page->proxy()->setCriteria({QString(), QStringLiteral("192.168.0.160:53"), QString(), QString()});
    const int shown = m_page->proxy()->rowCount();
    QVERIFY(shown > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("connections.csv"));
    QString error;
    QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + shown);
    QVERIFY(lines[0].startsWith(u"protocol,expires_seconds,state,"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].endsWith(u",192.168.0.160,53"), qPrintable(lines[i]));
    // A place that cannot be written says so, and leaves nothing behind.
    QVERIFY(!m_page->exportCsv(dir.filePath(QStringLiteral("missing/connections.csv")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
