// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "backend.h"
#include "editsession.h"
#include "servicemodel.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;
class SchedulerPanel;
class TopologyView;

/**
 * The main window: the live table (services and their real servers with counts and
 * rates), edited through dialogs and inline weights into pending changes that show
 * the ipvsadm commands they equal, applied as one batch by the backend.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The window does not own the backend.
    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports a rules file, ipvsadm script or keepalived.conf into the pending changes.
    bool importFile(const QString &path);

    EditSession &session() { return m_session; }
    ServiceModel &model() { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QAction *action(const QString &name) const;
    /// Milliseconds between refreshes; 0 pauses.
    void setRefreshInterval(int milliseconds);

Q_SIGNALS:
    /// The first table arrived (for --screenshot and tests).
    void firstTableShown();

private:
    void createActions();
    void showTable();
    void refreshFinished(const IpvsTable &table, std::uint64_t generation);
    void refreshFailed(const QString &name, const QString &message);
    void applyFinished(std::uint64_t generation);
    void applyFailed(const QString &name, const QString &message);
    void updateActions();

    // The selection, as the model's keys.
    struct Selection {
        bool valid = false;
        ServiceKey service;
        bool isServer = false;
        IpAddress address;
        std::uint16_t port = 0;
    };
    Selection selection() const;
    void report(const QStringList &refusals);

    void newService();
    void newRealServer();
    void editSelected();
    void deleteSelected();
    void setSelectedState(EditSession::ServerState state);
    void apply();
    void chooseImport();
    void showServiceInPanels(const ServiceKey &key);

    Backend *m_backend;
    EditSession m_session;
    ServiceModel m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QPlainTextEdit *m_pending;
    TopologyView *m_topology;
    SchedulerPanel *m_schedulerPanel;
    QLabel *m_backendLabel;
    QLabel *m_refreshLabel;
    QTimer m_refreshTimer;
    QElapsedTimer m_clock;
    QHash<QString, QAction *> m_actions;
    bool m_shownOnce = false;
    bool m_applying = false;
};
