// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

/**
 * The live table as a two-level tree: virtual services, their real servers below.
 *
 * setTable() takes each new snapshot and changes the model in place: rows are inserted
 * or removed only when a service or real server appears or goes, and dataChanged is
 * emitted only for the cells whose value changed, with explicit roles; consecutive real
 * servers whose same columns changed share one signal. A reset happens
 * only in reload() (e.g. after the helper restarted). Rates come from counter deltas
 * over the elapsed time; a counter that went down means the counters were zeroed.
 *
 * Roles are semantic; colours and icons are the view's business.
 */
class ServiceModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,         ///< "TCP 192.168.10.254:80" / "192.168.0.160:80"
        MethodColumn,       ///< scheduler of a service / forwarding of a real server
        WeightColumn,
        ActiveColumn,
        InactiveColumn,
        PersistentColumn,
        ConnectionsPerSecondColumn,
        PacketsInPerSecondColumn,
        PacketsOutPerSecondColumn,
        BytesInPerSecondColumn,
        BytesOutPerSecondColumn,
        ConnectionsColumn,
        PacketsInColumn,
        PacketsOutColumn,
        BytesInColumn,
        BytesOutColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< "service" or "realserver"
        ServiceKeyRole,              ///< QVariant<ServiceKey> of the row's service
        AddressRole,                 ///< the real server's address text
        PortRole,
        WeightRole,                  ///< number, for editing and sorting
        NumericRole,                 ///< the cell's value as a number (sorting, charts)
        QuiescedRole,                ///< real server with weight 0
        StateRole,                   ///< a real server's state: "ready", "drain", "maintenance"
        ManagedByRole,               ///< a service's managers ("keepalived"), empty when none
    };
    Q_ENUM(Role)

    explicit ServiceModel(QObject *parent = nullptr);
    ~ServiceModel() override;

    /// Applies a new snapshot read at `timestampMs` (a monotonic clock).
    void setTable(const IpvsTable &table, qint64 timestampMs);
    /// Real servers' states by "service key hash/address:port" (EditSession's ids); those
    /// not named are "ready", or "quiesced" at weight 0.
    void setServerStates(const QHash<QString, QString> &states);
    /// The id setServerStates uses for a real server.
    static QString serverId(const ServiceKey &key, const IpAddress &address, std::uint16_t port);

    /// Throughput columns in bit/s (as network people count) rather than B/s (as the
    /// kernel and ipvsadm --rate do); the header says which.
    void setThroughputInBits(bool bits);
    bool throughputInBits() const { return m_throughputInBits; }

    /// Daemons that rewrite the table (keepalived ...): every service is theirs.
    void setManagedBy(const QStringList &managers);
    /// Weights are not editable inline while read-only.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    /// Forgets everything and shows `table` afresh (a model reset).
    void reload(const IpvsTable &table, qint64 timestampMs);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// A real server's weight is editable: the request goes out as weightEditRequested;
    /// the shown value changes when the next table says so.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The index of a service or one of its real servers, for selection and tests.
    QModelIndex serviceIndex(const ServiceKey &key, int column = NameColumn) const;
    QModelIndex realServerIndex(const ServiceKey &key, const IpAddress &address, std::uint16_t port,
                                int column = NameColumn) const;

Q_SIGNALS:
    void weightEditRequested(const ServiceKey &key, const IpAddress &address, std::uint16_t port, std::uint32_t weight);

private:
    struct Rates;
    struct ServerRow;
    struct ServiceRow;

    void updateService(ServiceRow &row, int rowNumber, const VirtualService &service, qint64 timestampMs);
    QVariant serviceData(const ServiceRow &row, int column, int role) const;
    QVariant serverData(const ServiceRow &service, const ServerRow &row, int column, int role) const;
    double shownRate(const Rates &rates, int column) const;

    std::vector<std::unique_ptr<ServiceRow>> m_services;
    QHash<ServiceKey, ServiceRow *> m_byKey;
    QHash<QString, QString> m_states;
    bool m_throughputInBits = false;
    QStringList m_managedBy;
    bool m_readOnly = false;
};

Q_DECLARE_METATYPE(ServiceKey)
