// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionmodel.h"

ConnectionModel::ConnectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionModel::setEntries(QList<ConnectionEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_text.clear();
    m_text.reserve(size_t(m_entries.size()));
    for (const ConnectionEntry &entry : std::as_const(m_entries))
        m_text.push_back({entry.client.toStringWithPort(entry.clientPort),
                          entry.virtualAddress.toStringWithPort(entry.virtualPort),
                          entry.destination.toStringWithPort(entry.destinationPort)});
    endResetModel();
}

const QString &ConnectionModel::endpointText(int row, int column) const
{
    const Endpoints &text = m_text[size_t(row)];
    return column == SourceColumn ? text.source : column == VirtualColumn ? text.virtualService : text.destination;
}

int ConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionModel::expiresText(std::uint32_t seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ConnectionEntry &entry = m_entries[index.row()];
    if (role == Qt::ToolTipRole && index.column() == StateColumn && entry.state == QLatin1String("NONE"))
        return tr("A persistence template: where this client's next connections go until it expires.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ProtocolColumn:
        return entry.protocol;
    case ExpiresColumn:
        return expiresText(entry.expiresSeconds);
    case StateColumn:
        return entry.state;
    default:
        return endpointText(index.row(), index.column());
    }
}

QVariant ConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProtocolColumn:
        return tr("Protocol");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    case SourceColumn:
        return tr("Client");
    case VirtualColumn:
        return tr("Virtual service");
    case DestinationColumn:
        return tr("Real server");
    default:
        return {};
    }
}
