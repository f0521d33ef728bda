// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

/**
 * Colours real-server rows by their state, as HAProxy's stats page does, with a legend
 * for the status bar. The state comes from ServiceModel::StateRole.
 */
class ServerStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colour(const QString &state);
    /// Rich text: a coloured square and the name of each state.
    static QString legend();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
