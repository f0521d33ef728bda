// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicefilterproxy.h"

#include "servicemodel.h"

ServiceFilterProxy::ServiceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A service stays while one of its real servers matches.
    setRecursiveFilteringEnabled(true);
    setSortRole(ServiceModel::NumericRole);
}

void ServiceFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ServiceFilterProxy::setHideIdle(bool hide)
{
    if (hide == m_hideIdle)
        return;
    m_hideIdle = hide;
    invalidateFilter();
}

bool ServiceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, ServiceModel::NameColumn, sourceParent);
    const bool isRealServer = sourceParent.isValid();
    if (isRealServer && m_hideIdle && isIdle(name))
        return false;
    if (m_text.isEmpty())
        return true;
    // A matching service brings all its (shown) real servers along.
    return matchesText(name) || (isRealServer && matchesText(sourceParent));
}

bool ServiceFilterProxy::matchesText(const QModelIndex &name) const
{
    const QString method = name.siblingAtColumn(ServiceModel::MethodColumn).data().toString();
    const QString state = name.data(ServiceModel::StateRole).toString();
    return name.data().toString().contains(m_text, Qt::CaseInsensitive)
        || method.contains(m_text, Qt::CaseInsensitive) || state.contains(m_text, Qt::CaseInsensitive);
}

bool ServiceFilterProxy::isIdle(const QModelIndex &name) const
{
    auto number = [&name](int column) { return name.siblingAtColumn(column).data(ServiceModel::NumericRole).toDouble(); };
    return number(ServiceModel::ActiveColumn) == 0 && number(ServiceModel::InactiveColumn) == 0
        && number(ServiceModel::ConnectionsPerSecondColumn) == 0;
}
