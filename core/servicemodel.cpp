// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicemodel.h"

#include "humanunits.h"

#include <QList>

#include <algorithm>
#include <array>
#include <bit>

namespace {
constexpr int rateColumns[] = {ServiceModel::ConnectionsPerSecondColumn, ServiceModel::PacketsInPerSecondColumn,
                               ServiceModel::PacketsOutPerSecondColumn, ServiceModel::BytesInPerSecondColumn,
                               ServiceModel::BytesOutPerSecondColumn};

std::array<std::uint64_t, 5> counters(const Statistics &stats)
{
    return {stats.connections, stats.inPackets, stats.outPackets, stats.inBytes, stats.outBytes};
}

using RealServerKey = std::pair<IpAddress, std::uint16_t>;

// Text that sorts as the addresses do: family, the 16 bytes, then the port, in hex.
QString sortKey(const IpAddress &address, std::uint16_t port)
{
    return QString::number(int(address.family())) + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(
                                                                                        address.bytes().data()),
                                                                                    16)
                                                                             .toHex())
        + QStringLiteral("%1").arg(port, 4, 16, QLatin1Char('0'));
}

// Address services first, by protocol, address and port; firewall marks after them.
QString sortKey(const VirtualService &service)
{
    if (service.isFirewallMark())
        return QStringLiteral("f%1%2").arg(int(service.firewallMarkFamily)).arg(service.firewallMark, 10, 10, QLatin1Char('0'));
    return QStringLiteral("a%1").arg(int(service.protocol), 3, 10, QLatin1Char('0')) + sortKey(service.address, service.port);
}
} // namespace

/// Per-second rates of the five counters, from the last two snapshots; before there are
/// two, the kernel's own estimate (what ipvsadm --rate shows), so a window opened on a
/// busy director shows rates at once rather than a row of zeros.
struct ServiceModel::Rates {
    std::array<std::uint64_t, 5> last{};
    std::array<double, 5> perSecond{};
    qint64 lastTimestamp = -1;

    /// Returns which of the five rates changed.
    std::array<bool, 5> update(const Statistics &stats, qint64 timestampMs)
    {
        std::array<bool, 5> changed{};
        const auto now = counters(stats);
        const qint64 elapsed = timestampMs - lastTimestamp;
        const std::array<std::uint64_t, 5> estimated{stats.connectionsPerSecond, stats.inPacketsPerSecond,
                                                     stats.outPacketsPerSecond, stats.inBytesPerSecond,
                                                     stats.outBytesPerSecond};
        for (size_t i = 0; i < now.size(); ++i) {
            double rate = double(estimated[i]);
            if (lastTimestamp >= 0 && elapsed > 0) {
                // A counter that went down was zeroed: count from zero.
                const std::uint64_t delta = now[i] >= last[i] ? now[i] - last[i] : now[i];
                rate = double(delta) * 1000.0 / double(elapsed);
            }
            changed[i] = rate != perSecond[i];
            perSecond[i] = rate;
        }
        last = now;
        lastTimestamp = timestampMs;
        return changed;
    }
};

struct ServiceModel::ServerRow {
    RealServer server;
    Rates rates;
    int row = 0; ///< kept current so lookups stay O(1)
};

struct ServiceModel::ServiceRow {
    VirtualService service; ///< without its real servers: those are in `servers`
    Rates rates;
    std::vector<std::unique_ptr<ServerRow>> servers;
    QHash<RealServerKey, ServerRow *> byKey;
    int row = 0; ///< kept current so parent() stays O(1)

    void renumberServers(size_t from)
    {
        for (size_t i = from; i < servers.size(); ++i)
            servers[i]->row = int(i);
    }
};

ServiceModel::ServiceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    qRegisterMetaType<ServiceKey>();
}

ServiceModel::~ServiceModel() = default;

void ServiceModel::reload(const IpvsTable &table, qint64 timestampMs)
{
    beginResetModel();
    m_services.clear();
    m_byKey.clear();
    endResetModel();
    setTable(table, timestampMs);
}

void ServiceModel::setTable(const IpvsTable &table, qint64 timestampMs)
{
    QHash<ServiceKey, const VirtualService *> wanted;
    wanted.reserve(table.services.size());
    for (const VirtualService &service : table.services)
        wanted.insert(service.key(), &service);

    // Gone services, from the bottom so row numbers stay valid.
    for (int row = int(m_services.size()) - 1; row >= 0; --row) {
        const ServiceKey key = m_services[size_t(row)]->service.key();
        if (wanted.contains(key))
            continue;
        beginRemoveRows({}, row, row);
        m_byKey.remove(key);
        m_services.erase(m_services.begin() + row);
        for (size_t i = size_t(row); i < m_services.size(); ++i)
            m_services[i]->row = int(i);
        endRemoveRows();
    }
    // Kept services change in place.
    for (size_t row = 0; row < m_services.size(); ++row)
        updateService(*m_services[row], int(row), *wanted.value(m_services[row]->service.key()), timestampMs);
    // New services at the end, in the snapshot's order, in one insertion.
    QList<const VirtualService *> added;
    for (const VirtualService &service : table.services) {
        if (!m_byKey.contains(service.key()))
            added.append(&service);
    }
    if (!added.isEmpty()) {
        const int first = int(m_services.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const VirtualService *service : added) {
            auto row = std::make_unique<ServiceRow>();
            row->row = int(m_services.size());
            row->service = *service;
            row->service.realServers.clear();
            row->rates.update(service->stats, timestampMs);
            for (const RealServer &server : service->realServers) {
                auto serverRow = std::make_unique<ServerRow>(ServerRow{server, {}, int(row->servers.size())});
                serverRow->rates.update(server.stats, timestampMs);
                row->byKey.insert({server.address, server.port}, serverRow.get());
                row->servers.push_back(std::move(serverRow));
            }
            m_byKey.insert(service->key(), row.get());
            m_services.push_back(std::move(row));
        }
        endInsertRows();
    }
}

void ServiceModel::updateService(ServiceRow &row, int rowNumber, const VirtualService &service, qint64 timestampMs)
{
    // Changed columns as bits: a refresh of thousands of rows allocates nothing per row.
    using ColumnSet = std::uint32_t;
    auto bit = [](int column) { return ColumnSet(1) << column; };
    static const QList<int> roles{Qt::DisplayRole, NumericRole, WeightRole, QuiescedRole};
    auto emitChanged = [this](const QModelIndex &parent, int firstRow, int lastRow, ColumnSet columns) {
        const int low = std::countr_zero(columns);
        const int high = 31 - std::countl_zero(columns);
        Q_EMIT dataChanged(index(firstRow, low, parent), index(lastRow, high, parent), roles);
    };

    // The service's own cells.
    ColumnSet changed = 0;
    const VirtualService &old = row.service;
    if (!old.sameServiceAttributes(service))
        changed |= bit(NameColumn) | bit(MethodColumn);
    const auto oldCounters = counters(old.stats), newCounters = counters(service.stats);
    const auto ratesChanged = row.rates.update(service.stats, timestampMs);
    for (int i = 0; i < 5; ++i) {
        if (oldCounters[size_t(i)] != newCounters[size_t(i)])
            changed |= bit(ConnectionsColumn + i);
        if (ratesChanged[size_t(i)])
            changed |= bit(rateColumns[i]);
    }
    // Active/inactive/persistent of a service are its real servers' sums.
    std::array<std::uint64_t, 3> oldSums{}, newSums{};
    for (const auto &server : row.servers) {
        oldSums[0] += server->server.connections.active;
        oldSums[1] += server->server.connections.inactive;
        oldSums[2] += server->server.connections.persistent;
    }
    for (const RealServer &server : service.realServers) {
        newSums[0] += server.connections.active;
        newSums[1] += server.connections.inactive;
        newSums[2] += server.connections.persistent;
    }
    for (int i = 0; i < 3; ++i) {
        if (oldSums[size_t(i)] != newSums[size_t(i)])
            changed |= bit(ActiveColumn + i);
    }
    row.service = service;
    row.service.realServers.clear();
    if (changed)
        emitChanged({}, rowNumber, rowNumber, changed);

    // Its real servers: gone first, so the row numbers below are final.
    const QModelIndex parentIndex = index(rowNumber, 0);
    qsizetype kept = 0;
    for (const RealServer &server : service.realServers)
        kept += row.byKey.contains({server.address, server.port}) ? 1 : 0;
    if (kept != qsizetype(row.servers.size())) {
        QSet<RealServerKey> present;
        for (const RealServer &server : service.realServers)
            present.insert({server.address, server.port});
        for (int serverRow = int(row.servers.size()) - 1; serverRow >= 0; --serverRow) {
            const RealServer &server = row.servers[size_t(serverRow)]->server;
            if (present.contains({server.address, server.port}))
                continue;
            beginRemoveRows(parentIndex, serverRow, serverRow);
            row.byKey.remove({server.address, server.port});
            row.servers.erase(row.servers.begin() + serverRow);
            row.renumberServers(size_t(serverRow));
            endRemoveRows();
        }
    }

    // Then the values of those that stay, one signal per run of rows with the same
    // changed columns (on a busy director: one per service).
    std::vector<ColumnSet> changedByRow(row.servers.size(), 0);
    QList<const RealServer *> added;
    for (const RealServer &server : service.realServers) {
        ServerRow *existing = row.byKey.value({server.address, server.port});
        if (!existing) {
            added.append(&server);
            continue;
        }
        ColumnSet columns = 0;
        const RealServer &before = existing->server;
        if (!before.sameConfiguration(server))
            columns |= bit(MethodColumn) | bit(WeightColumn);
        if (before.connections.active != server.connections.active)
            columns |= bit(ActiveColumn);
        if (before.connections.inactive != server.connections.inactive)
            columns |= bit(InactiveColumn);
        if (before.connections.persistent != server.connections.persistent)
            columns |= bit(PersistentColumn);
        const auto before5 = counters(before.stats), after5 = counters(server.stats);
        const auto rates = existing->rates.update(server.stats, timestampMs);
        for (int i = 0; i < 5; ++i) {
            if (before5[size_t(i)] != after5[size_t(i)])
                columns |= bit(ConnectionsColumn + i);
            if (rates[size_t(i)])
                columns |= bit(rateColumns[i]);
        }
        existing->server = server;
        changedByRow[size_t(existing->row)] = columns;
    }
    for (size_t first = 0; first < changedByRow.size();) {
        size_t last = first;
        while (last + 1 < changedByRow.size() && changedByRow[last + 1] == changedByRow[first])
            ++last;
        if (changedByRow[first])
            emitChanged(parentIndex, int(first), int(last), changedByRow[first]);
        first = last + 1;
    }

    if (!added.isEmpty()) {
        const int first = int(row.servers.size());
        beginInsertRows(parentIndex, first, first + int(added.size()) - 1);
        for (const RealServer *server : added) {
            auto serverRow = std::make_unique<ServerRow>(ServerRow{*server, {}, int(row.servers.size())});
            serverRow->rates.update(server->stats, timestampMs);
            row.byKey.insert({server->address, server->port}, serverRow.get());
            row.servers.push_back(std::move(serverRow));
        }
        endInsertRows();
    }
}

QModelIndex ServiceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_services.size())
            return {};
        return createIndex(row, column, nullptr);
    }
    // A real server's index points at its service's row.
    if (parent.internalPointer() || size_t(parent.row()) >= m_services.size())
        return {};
    ServiceRow *service = m_services[size_t(parent.row())].get();
    if (size_t(row) >= service->servers.size())
        return {};
    return createIndex(row, column, service);
}

QModelIndex ServiceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *service = static_cast<const ServiceRow *>(child.internalPointer());
    return createIndex(service->row, 0, nullptr);
}

int ServiceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_services.size());
    if (parent.internalPointer() || parent.column() != 0 || size_t(parent.row()) >= m_services.size())
        return 0;
    return int(m_services[size_t(parent.row())]->servers.size());
}

int ServiceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ServiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= WeightColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (!index.internalPointer())
        return serviceData(*m_services[size_t(index.row())], index.column(), role);
    const auto *service = static_cast<const ServiceRow *>(index.internalPointer());
    return serverData(*service, *service->servers[size_t(index.row())], index.column(), role);
}

QVariant ServiceModel::serviceData(const ServiceRow &row, int column, int role) const
{
    const VirtualService &service = row.service;
    switch (role) {
    case KindRole:
        return QStringLiteral("service");
    case ServiceKeyRole:
        return QVariant::fromValue(service.key());
    case ManagedByRole:
        return m_managedBy.join(QStringLiteral(", "));
    case Qt::ToolTipRole:
        if (column == MethodColumn)
            return Schedulers::description(service.scheduler);
        if (column != NameColumn || m_managedBy.isEmpty())
            return {};
        return tr("Managed by %1: changes made here are undone at its next sync.")
            .arg(m_managedBy.join(QStringLiteral(", ")));
    case Qt::DisplayRole:
    case NumericRole: {
        if (column == NameColumn)
            return role == Qt::DisplayRole ? QVariant(service.displayName()) : QVariant(sortKey(service));
        if (column == MethodColumn)
            return Schedulers::name(service.scheduler);
        if (column == WeightColumn)
            return {};
        if (column >= ActiveColumn && column <= PersistentColumn) {
            qulonglong sum = 0;
            for (const auto &server : row.servers) {
                const ConnectionCounts &c = server->server.connections;
                sum += column == ActiveColumn ? c.active : column == InactiveColumn ? c.inactive : c.persistent;
            }
            return sum;
        }
        if (column >= ConnectionsPerSecondColumn && column <= BytesOutPerSecondColumn) {
            const double rate = shownRate(row.rates, column);
            return role == Qt::DisplayRole ? QVariant(HumanUnits::compact(rate)) : QVariant(rate);
        }
        const auto total = qulonglong(counters(service.stats)[size_t(column - ConnectionsColumn)]);
        return role == Qt::DisplayRole ? QVariant(HumanUnits::compact(double(total))) : QVariant(total);
    }
    default:
        return {};
    }
}

QVariant ServiceModel::serverData(const ServiceRow &service, const ServerRow &row, int column, int role) const
{
    const RealServer &server = row.server;
    switch (role) {
    case KindRole:
        return QStringLiteral("realserver");
    case ServiceKeyRole:
        return QVariant::fromValue(service.service.key());
    case AddressRole:
        return server.address.toString();
    case PortRole:
        return server.port;
    case WeightRole:
        return server.weight;
    case QuiescedRole:
        return server.weight == 0;
    case StateRole: {
        const QString state = m_states.value(serverId(service.service.key(), server.address, server.port));
        return !state.isEmpty() ? state : server.weight == 0 ? QStringLiteral("quiesced") : QStringLiteral("ready");
    }
    case Qt::ToolTipRole:
        return column == MethodColumn ? QVariant(Forwarding::explanation(server.forwarding)) : QVariant();
    case Qt::EditRole:
    case Qt::DisplayRole:
    case NumericRole:
        switch (column) {
        case NameColumn:
            return role == Qt::DisplayRole ? QVariant(server.endpoint()) : QVariant(sortKey(server.address, server.port));
        case MethodColumn:
            return Forwarding::shortName(server.forwarding);
        case WeightColumn:
            return server.weight;
        case ActiveColumn:
            return server.connections.active;
        case InactiveColumn:
            return server.connections.inactive;
        case PersistentColumn:
            return server.connections.persistent;
        default:
            if (column >= ConnectionsPerSecondColumn && column <= BytesOutPerSecondColumn) {
                const double rate = shownRate(row.rates, column);
                return role == Qt::DisplayRole ? QVariant(HumanUnits::compact(rate)) : QVariant(rate);
            }
            const auto total = qulonglong(counters(server.stats)[size_t(column - ConnectionsColumn)]);
            return role == Qt::DisplayRole ? QVariant(HumanUnits::compact(double(total))) : QVariant(total);
        }
    default:
        return {};
    }
}

QVariant ServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    if (m_throughputInBits && section == BytesInPerSecondColumn)
        return tr("Bits in/s");
    if (m_throughputInBits && section == BytesOutPerSecondColumn)
        return tr("Bits out/s");
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Service / real server"), QT_TR_NOOP("Scheduler / forwarding"), QT_TR_NOOP("Weight"),
        QT_TR_NOOP("Active"), QT_TR_NOOP("Inactive"), QT_TR_NOOP("Persistent"), QT_TR_NOOP("Conn/s"),
        QT_TR_NOOP("Packets in/s"), QT_TR_NOOP("Packets out/s"), QT_TR_NOOP("Bytes in/s"), QT_TR_NOOP("Bytes out/s"),
        QT_TR_NOOP("Connections"), QT_TR_NOOP("Packets in"), QT_TR_NOOP("Packets out"), QT_TR_NOOP("Bytes in"),
        QT_TR_NOOP("Bytes out"),
    };
    return tr(titles[section]);
}

double ServiceModel::shownRate(const Rates &rates, int column) const
{
    const double perSecond = rates.perSecond[size_t(column - ConnectionsPerSecondColumn)];
    const bool isThroughput = column == BytesInPerSecondColumn || column == BytesOutPerSecondColumn;
    return isThroughput && m_throughputInBits ? perSecond * 8 : perSecond;
}

void ServiceModel::setManagedBy(const QStringList &managers)
{
    if (managers == m_managedBy)
        return;
    m_managedBy = managers;
    if (!m_services.empty())
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_services.size()) - 1, NameColumn),
                           {ManagedByRole, Qt::ToolTipRole});
}

void ServiceModel::setThroughputInBits(bool bits)
{
    if (bits == m_throughputInBits)
        return;
    m_throughputInBits = bits;
    Q_EMIT headerDataChanged(Qt::Horizontal, BytesInPerSecondColumn, BytesOutPerSecondColumn);
    if (m_services.empty())
        return;
    static const QList<int> roles{Qt::DisplayRole, NumericRole};
    Q_EMIT dataChanged(index(0, BytesInPerSecondColumn), index(int(m_services.size()) - 1, BytesOutPerSecondColumn),
                       roles);
    for (const auto &service : m_services) {
        if (service->servers.empty())
            continue;
        const QModelIndex parent = index(service->row, 0);
        Q_EMIT dataChanged(index(0, BytesInPerSecondColumn, parent),
                           index(int(service->servers.size()) - 1, BytesOutPerSecondColumn, parent), roles);
    }
}

QHash<int, QByteArray> ServiceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ServiceKeyRole, "serviceKey");
    names.insert(AddressRole, "address");
    names.insert(PortRole, "port");
    names.insert(WeightRole, "weight");
    names.insert(NumericRole, "numeric");
    names.insert(QuiescedRole, "quiesced");
    names.insert(StateRole, "state");
    names.insert(ManagedByRole, "managedBy");
    return names;
}

QModelIndex ServiceModel::serviceIndex(const ServiceKey &key, int column) const
{
    const ServiceRow *row = m_byKey.value(key);
    return row ? index(row->row, column) : QModelIndex();
}

QModelIndex ServiceModel::realServerIndex(const ServiceKey &key, const IpAddress &address, std::uint16_t port,
                                          int column) const
{
    const QModelIndex parentIndex = serviceIndex(key);
    if (!parentIndex.isValid())
        return {};
    const ServiceRow *row = m_byKey.value(key);
    const ServerRow *server = row->byKey.value({address, port});
    return server ? index(server->row, column, parentIndex) : QModelIndex();
}

Qt::ItemFlags ServiceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && index.internalPointer() && index.column() == WeightColumn && !m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ServiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !index.internalPointer() || index.column() != WeightColumn
        || m_readOnly)
        return false;
    bool ok = false;
    const uint weight = value.toUInt(&ok);
    if (!ok)
        return false;
    const auto *service = static_cast<const ServiceRow *>(index.internalPointer());
    const RealServer &server = service->servers[size_t(index.row())]->server;
    Q_EMIT weightEditRequested(service->service.key(), server.address, server.port, weight);
    return true;
}

QString ServiceModel::serverId(const ServiceKey &key, const IpAddress &address, std::uint16_t port)
{
    return QString::number(qHash(key)) + QLatin1Char('/') + address.toStringWithPort(port);
}

void ServiceModel::setServerStates(const QHash<QString, QString> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    // Only the real servers' rows show a state; say so per service's children.
    for (size_t row = 0; row < m_services.size(); ++row) {
        const int children = int(m_services[row]->servers.size());
        if (children > 0) {
            const QModelIndex parentIndex = index(int(row), 0);
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(children - 1, ColumnCount - 1, parentIndex), {StateRole});
        }
    }
}
