// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectiontable.h"

#include <QAbstractTableModel>

#include <vector>

/**
 * The kernel's connection table as `ipvsadm -Lnc` lists it, one row per entry.
 *
 * Connections come and go by the thousand between two reads, so a new read replaces
 * the rows (a model reset) rather than diffing them; the page keeps the selection and
 * scroll position across it. The endpoints' text is made once per read, because the
 * filter looks at it for every row.
 */
class ConnectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProtocolColumn,
        ExpiresColumn,
        StateColumn,
        SourceColumn,
        VirtualColumn,
        DestinationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ConnectionModel(QObject *parent = nullptr);

    void setEntries(QList<ConnectionEntry> entries);
    const ConnectionEntry &entry(int row) const { return m_entries[row]; }
    /// "client:port", "virtual:port", "destination:port" as shown.
    const QString &endpointText(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "05:57", as ipvsadm shows the time left.
    static QString expiresText(std::uint32_t seconds);

private:
    struct Endpoints {
        QString source, virtualService, destination;
    };
    QList<ConnectionEntry> m_entries;
    std::vector<Endpoints> m_text;
};
