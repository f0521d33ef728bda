// SPDX-License-Identifier: GPL-2.0-or-later
#include "rulesparser.h"
#include "humanunits.h"
#include "servicemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {
IpvsTable parseTable(const QString &text)
{
    const RulesParseResult result = RulesParser::parse(text);
    if (!result.ok())
        qFatal("bad test table: %s", qPrintable(result.errors.first().message));
    return result.table;
}

const QString listing1 = QStringLiteral("-A -t 192.168.10.254:80 -s wlc\n"
                                        "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
                                        "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"
                                        "-A -t 192.168.0.200:80 -s rr\n"
                                        "-a -t 192.168.0.200:80 -r 192.168.0.180 -g\n");

/// Counts the structural and value spies a model emits.
struct SignalCounter {
    explicit SignalCounter(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    QSignalSpy inserted, removed, reset, changed;
};

RealServer &server(IpvsTable &table, int service, int index)
{
    return table.services[service].realServers[index];
}
} // namespace

class TestServiceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester();
    void sameSnapshotEmitsNothing();
    void countersChangeOnlyTheirCells();
    void structureChangesInsertAndRemoveRows();
    void ratesComeFromCounterDeltas();
    void firstSnapshotShowsTheKernelsEstimate();
    void humanUnits();
    void zeroedCountersDoNotGiveNegativeRates();
    void tenThousandRealServersRefreshWithoutReset();
    void throughputInBitsOnRequest();
    void managedServicesAreMarkedAndReadOnly();
};

void TestServiceModel::passesTheModelTester()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IpvsTable table = parseTable(listing1);
    model.setTable(table, 0);
    QCOMPARE(model.rowCount(), 2);
    server(table, 0, 0).connections.active = 5;
    table.services[1].realServers.clear();
    table.services.append(parseTable(QStringLiteral("-A -u 10.0.0.1:53 -s rr\n-a -u 10.0.0.1:53 -r 10.0.1.1 -m\n")).services);
    model.setTable(table, 1000);
    table.services.removeFirst();
    model.setTable(table, 2000);
    model.reload(parseTable(listing1), 3000);
    QCOMPARE(model.rowCount(), 2);
}

void TestServiceModel::sameSnapshotEmitsNothing()
{
    ServiceModel model;
    const IpvsTable table = parseTable(listing1);
    model.setTable(table, 0);
    SignalCounter spies(&model);
    model.setTable(table, 1000);
    QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.reset.count() + spies.changed.count(), 0);
}

void TestServiceModel::countersChangeOnlyTheirCells()
{
    ServiceModel model;
    IpvsTable table = parseTable(listing1);
    model.setTable(table, 0);
    SignalCounter spies(&model);
    // 192.168.0.170 is the newest real server, so the kernel (and the table) lists it first.
    server(table, 0, 0).connections.active = 3;
    model.setTable(table, 1000);
    QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.reset.count(), 0);
    // The real server's Active cell, and the service's (a sum).
    QCOMPARE(spies.changed.count(), 2);
    const QModelIndex serverCell = model.realServerIndex(table.services[0].key(), server(table, 0, 0).address, 80,
                                                         ServiceModel::ActiveColumn);
    QCOMPARE(spies.changed.at(1).at(0).value<QModelIndex>(), serverCell);
    QCOMPARE(spies.changed.at(1).at(1).value<QModelIndex>(), serverCell);
    QCOMPARE(model.data(serverCell).toUInt(), 3u);
    QCOMPARE(model.data(model.serviceIndex(table.services[0].key(), ServiceModel::ActiveColumn)).toULongLong(), 3ull);
}

void TestServiceModel::structureChangesInsertAndRemoveRows()
{
    ServiceModel model;
    IpvsTable table = parseTable(listing1);
    model.setTable(table, 0);
    SignalCounter spies(&model);
    const QModelIndex firstService = model.serviceIndex(table.services[0].key());
    const QPersistentModelIndex second = model.serviceIndex(table.services[1].key());

    table.services[0].realServers.prepend(parseTable(QStringLiteral("-A -t 1.1.1.1:80\n-a -t 1.1.1.1:80 -r 192.168.0.190:80 -m\n"))
                                              .services[0]
                                              .realServers[0]);
    model.setTable(table, 1000);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(0).value<QModelIndex>(), firstService);
    QCOMPARE(model.rowCount(firstService), 3);

    table.services.removeFirst();
    model.setTable(table, 2000);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(second.row(), 0); // the remaining service moved up, its index followed
    QCOMPARE(model.data(second).toString(), QStringLiteral("TCP 192.168.0.200:80"));
}

void TestServiceModel::ratesComeFromCounterDeltas()
{
    ServiceModel model;
    IpvsTable table = parseTable(listing1);
    model.setTable(table, 10000);
    server(table, 0, 0).stats.connections = 250;
    server(table, 0, 0).stats.inBytes = 1000000;
    model.setTable(table, 12500);
    const ServiceKey key = table.services[0].key();
    const IpAddress address = server(table, 0, 0).address;
    const QModelIndex connections = model.realServerIndex(key, address, 80, ServiceModel::ConnectionsPerSecondColumn);
    const QModelIndex bytes = model.realServerIndex(key, address, 80, ServiceModel::BytesInPerSecondColumn);
    QCOMPARE(model.data(connections, ServiceModel::NumericRole).toDouble(), 100.0);
    QCOMPARE(model.data(bytes, ServiceModel::NumericRole).toDouble(), 400000.0);
    // Shown as people read them.
    QCOMPARE(model.data(connections).toString(), QStringLiteral("100"));
    QCOMPARE(model.data(bytes).toString(), QStringLiteral("400k"));
}

void TestServiceModel::throughputInBitsOnRequest()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IpvsTable table = parseTable(listing1);
    server(table, 0, 0).stats.inBytesPerSecond = 1500;
    model.setTable(table, 0);
    const QModelIndex bytes = model.realServerIndex(table.services[0].key(), server(table, 0, 0).address, 80,
                                                    ServiceModel::BytesInPerSecondColumn);
    QCOMPARE(model.headerData(ServiceModel::BytesInPerSecondColumn, Qt::Horizontal).toString(), u"Bytes in/s");
    QCOMPARE(model.data(bytes).toString(), u"1.5k");

    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    SignalCounter counted(&model);
    model.setThroughputInBits(true);
    QCOMPARE(model.headerData(ServiceModel::BytesInPerSecondColumn, Qt::Horizontal).toString(), u"Bits in/s");
    QCOMPARE(model.headerData(ServiceModel::BytesOutPerSecondColumn, Qt::Horizontal).toString(), u"Bits out/s");
    QCOMPARE(model.data(bytes, ServiceModel::NumericRole).toDouble(), 12000.0);
    QCOMPARE(model.data(bytes).toString(), u"12k");
    QCOMPARE(header.size(), 1);
    // The services' cells and each service's real servers', nothing structural.
    QCOMPARE(counted.changed.size(), 1 + 2);
    QCOMPARE(counted.reset.size() + counted.inserted.size() + counted.removed.size(), 0);
    model.setThroughputInBits(true);
    QCOMPARE(header.size(), 1); // no change, no signal
}

void TestServiceModel::managedServicesAreMarkedAndReadOnly()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IpvsTable table = parseTable(listing1);
    model.setTable(table, 0);
    const ServiceKey key = table.services[0].key();
    const QModelIndex weight = model.realServerIndex(key, server(table, 0, 0).address, 80, ServiceModel::WeightColumn);
    QVERIFY(model.flags(weight) & Qt::ItemIsEditable);
    QVERIFY(model.data(model.serviceIndex(key), ServiceModel::ManagedByRole).toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setManagedBy({QStringLiteral("keepalived")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.serviceIndex(key), ServiceModel::ManagedByRole).toString(), u"keepalived");
    QVERIFY(model.data(model.serviceIndex(key), Qt::ToolTipRole).toString().contains(u"Managed by keepalived"));

    model.setReadOnly(true);
    QVERIFY(!(model.flags(weight) & Qt::ItemIsEditable));
    QSignalSpy requested(&model, &ServiceModel::weightEditRequested);
    QVERIFY(!model.setData(weight, 5));
    QCOMPARE(requested.size(), 0);
    model.setReadOnly(false);
    QVERIFY(model.setData(weight, 5));
    QCOMPARE(requested.size(), 1);
}

void TestServiceModel::firstSnapshotShowsTheKernelsEstimate()
{
    ServiceModel model;
    IpvsTable table = parseTable(listing1);
    server(table, 0, 0).stats.connectionsPerSecond = 7;
    model.setTable(table, 0);
    const QModelIndex rate = model.realServerIndex(table.services[0].key(), server(table, 0, 0).address, 80,
                                                   ServiceModel::ConnectionsPerSecondColumn);
    QCOMPARE(model.data(rate, ServiceModel::NumericRole).toDouble(), 7.0);
}

void TestServiceModel::humanUnits()
{
    QCOMPARE(HumanUnits::compact(0), QStringLiteral("0"));
    QCOMPARE(HumanUnits::compact(0.04), QStringLiteral("0"));
    QCOMPARE(HumanUnits::compact(7.38), QStringLiteral("7.4"));
    QCOMPARE(HumanUnits::compact(21.097), QStringLiteral("21"));
    QCOMPARE(HumanUnits::compact(999), QStringLiteral("999"));
    QCOMPARE(HumanUnits::compact(12345), QStringLiteral("12k"));
    QCOMPARE(HumanUnits::compact(1234), QStringLiteral("1.2k"));
    QCOMPARE(HumanUnits::compact(4.1e6), QStringLiteral("4.1M"));
    QCOMPARE(HumanUnits::compact(18446744073709551615.0), QStringLiteral("18446744T"));
}

void TestServiceModel::zeroedCountersDoNotGiveNegativeRates()
{
    ServiceModel model;
    IpvsTable table = parseTable(listing1);
    server(table, 0, 0).stats.connections = 5000;
    model.setTable(table, 0);
    server(table, 0, 0).stats.connections = 20; // ipvsadm -Z, then 20 new connections
    model.setTable(table, 1000);
    const QModelIndex rate = model.realServerIndex(table.services[0].key(), server(table, 0, 0).address, 80,
                                                   ServiceModel::ConnectionsPerSecondColumn);
    QCOMPARE(model.data(rate, ServiceModel::NumericRole).toDouble(), 20.0);
}

void TestServiceModel::tenThousandRealServersRefreshWithoutReset()
{
    IpvsTable table;
    for (int s = 0; s < 1000; ++s) {
        VirtualService service;
        service.address = IpAddress::fromV4(0x0a000000u + std::uint32_t(s));
        service.port = 80;
        for (int r = 0; r < 10; ++r) {
            RealServer server;
            server.address = IpAddress::fromV4(0xc0a80000u + std::uint32_t(s * 10 + r));
            server.port = 80;
            server.forwarding = ForwardingMethod::Masquerading;
            service.realServers.append(server);
        }
        table.services.append(service);
    }
    ServiceModel model;
    model.setTable(table, 0);
    SignalCounter spies(&model);
    for (VirtualService &service : table.services) {
        for (RealServer &server : service.realServers) {
            server.stats.connections += 7;
            server.connections.active += 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    model.setTable(table, 1000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.reset.count(), 0);
    // Every row changed the same columns: one signal per service and one per its real servers.
    QCOMPARE(spies.changed.count(), 2000);
    qInfo("refresh of 1,000 services x 10 real servers, every value changed: %lld ms", elapsed);
}

QTEST_GUILESS_MAIN(TestServiceModel)
#include "tst_servicemodel.moc"
