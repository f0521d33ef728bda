// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class ConnectionModel;

/**
 * The connection table filtered by virtual service, real server, client (each a piece
 * of "address:port") and state, and sorted as an admin expects: addresses as numbers,
 * the time left in seconds. Reads the model's entries directly: at 100,000 rows a
 * QVariant per comparison would be most of the cost.
 */
class ConnectionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Criteria {
        QString virtualService;
        QString realServer;
        QString client;
        QString state; ///< exact, e.g. "ESTABLISHED"; empty for any

        friend bool operator==(const Criteria &, const Criteria &) = default;
    };

    explicit ConnectionFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setCriteria(const Criteria &criteria);
    const Criteria &criteria() const { return m_criteria; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ConnectionModel *m_connections = nullptr;
    Criteria m_criteria;
};
