// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionfilterproxy.h"
#include "connectionmodel.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class Backend;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

/**
 * The Connections page: the kernel's connection table as `ipvsadm -Lnc` shows it, read
 * every two seconds while the page is shown, filtered by virtual service, real server,
 * client and state, sortable, exported as CSV. The selected connection and the scroll
 * position survive each read.
 */
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(Backend *backend, QWidget *parent = nullptr);

    /// Shows only the connections of this service ("192.168.10.254:80").
    void showService(const QString &virtualService);
    /// Reads the table now.
    void refresh();
    /// Writes the shown rows, in their order, as CSV; false and why if it could not.
    bool exportCsv(const QString &path, QString *error);

    ConnectionModel *model() { return &m_model; }
    ConnectionFilterProxy *proxy() { return &m_proxy; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// A read arrived and is shown (for tests).
    void connectionsShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showEntries(const QList<ConnectionEntry> &entries, quint64 total);
    void updateFilter();
    void updateCount();
    void chooseExport();

    Backend *m_backend;
    ConnectionModel m_model;
    ConnectionFilterProxy m_proxy;
    QLineEdit *m_virtual;
    QLineEdit *m_realServer;
    QLineEdit *m_client;
    QComboBox *m_state;
    QLabel *m_count;
    QTreeView *m_view;
    QTimer m_timer;
    bool m_reading = false;
    QString m_error;
    quint64 m_total = 0; ///< entries in the kernel's table; more than the page holds for a huge one
};
