// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

/**
 * The services tree as the filter box and "hide idle" say: a row stays when its
 * address:port, scheduler or forwarding, or state ("drain", "maintenance") contains
 * the text; a service stays while any of its real servers does, and a matching
 * service shows all of them. Idle real servers (no connections, none arriving) can be
 * hidden, as HAProxy's stats page hides the quiet ones.
 */
class ServiceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ServiceFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setHideIdle(bool hide);
    bool hideIdle() const { return m_hideIdle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesText(const QModelIndex &nameIndex) const;
    bool isIdle(const QModelIndex &nameIndex) const;

    QString m_text;
    bool m_hideIdle = false;
};
