// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "backend.h"
#include "drainwatch.h"
#include "editsession.h"
#include "ratehistory.h"
#include "servicemodel.h"
#include "tableformats.h"

#include <QMainWindow>
#include <QTimer>

class AuthorizationLock;
class BootPage;
class ConnectionsPage;
class DetailPane;
class KernelPage;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;
class SchedulerPanel;
class ServiceFilterProxy;
class SetupPage;
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
    /// Whether window state and view choices come from and go to QSettings; tests and
    /// --screenshot use the defaults, so what they see does not depend on the user's.
    enum class SettingsUse { Remembered, Defaults };

    /// The window does not own the backend.
    explicit MainWindow(Backend *backend, SettingsUse settings = SettingsUse::Remembered, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports a rules file, ipvsadm script or keepalived.conf into the pending changes.
    bool importFile(const QString &path);
    /// Writes what the window shows (the kernel's table with the pending edits) in a
    /// format, whole or not at all; false and why if it could not.
    bool exportTable(const QString &path, TableFormats::Format format, QString *error) const;

    EditSession &session() { return m_session; }
    ServiceModel &model() { return m_model; }
    QTreeView *tree() const { return m_tree; }
    DetailPane *details() const { return m_details; }
    ConnectionsPage *connections() const { return m_connections; }
    BootPage *boot() const { return m_boot; }
    KernelPage *kernel() const { return m_kernel; }
    SetupPage *setup() const { return m_setup; }
    ServiceFilterProxy *filter() const { return m_proxy; }
    QAction *action(const QString &name) const;
    /// Brings a page to the front by its name ("services", "connections"); false if unknown.
    bool showPage(const QString &name);
    QStringList pageNames() const;
    /// Milliseconds between refreshes; 0 pauses (the chosen interval is kept).
    void setRefreshInterval(int milliseconds);
    int refreshInterval() const { return m_refreshInterval; }
    /// Drains the selected real server and removes it (Maintenance) once its active
    /// connections have ended or `timeoutMs` has passed, whichever comes first.
    void drainThenRemoveSelected(qint64 timeoutMs);
    const DrainWatch &drainWatch() const { return m_drainWatch; }
    /// Whether edits are allowed: not while a daemon manages the table, unless unlocked.
    bool isEditable() const;

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    /// The first table arrived (for --screenshot and tests).
    void firstTableShown();

private:
    void createActions();
    void createViewMenu(QMenu *view);
    void restoreSettings();
    void saveWindowSettings();
    void saveViewSetting(const QString &key, const QVariant &value);
    void showTable();
    void tableManagersChanged(const QStringList &managers);
    void removeDrainedServers();
    void showSelectionInDetails();
    void showSelectionInSetup();
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
    /// The guided way: method, VIP, real servers, then the director's and real servers' setup.
    void newServiceWithWizard();
    void newRealServer();
    void editSelected();
    void deleteSelected();
    void setSelectedState(EditSession::ServerState state);
    void apply();
    void chooseImport();
    void chooseExport(TableFormats::Format format);
    void showServiceInPanels(const ServiceKey &key);

    Backend *m_backend;
    EditSession m_session;
    ServiceModel m_model;
    RateHistory m_history;
    DrainWatch m_drainWatch;
    ServiceFilterProxy *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QLabel *m_managedBanner;
    QPlainTextEdit *m_pending;
    DetailPane *m_details;
    QTabWidget *m_pages;
    ConnectionsPage *m_connections;
    BootPage *m_boot;
    KernelPage *m_kernel;
    SetupPage *m_setup;
    TopologyView *m_topology;
    SchedulerPanel *m_schedulerPanel;
    QLabel *m_backendLabel;
    QLabel *m_refreshLabel;
    AuthorizationLock *m_lock = nullptr; ///< only with a real kernel
    QTimer m_refreshTimer;
    int m_refreshInterval = 1000;
    SettingsUse m_settingsUse;
    QHash<QString, QAction *> m_actions;
    bool m_shownOnce = false;
    bool m_applying = false;
    bool m_managedUnlocked = false;
};
