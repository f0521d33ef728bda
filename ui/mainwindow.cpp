// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "authorizationlock.h"
#include "bootpage.h"
#include "connectionspage.h"
#include "dbuserrors.h"
#include "detailpane.h"
#include "helpererrortext.h"
#include "interruptedbatchbanner.h"
#include "kernelpage.h"
#include "mainwindowsettings.h"
#include "realserverdialog.h"
#include "schedulerpanel.h"
#include "serverstatedelegate.h"
#include "servicedialog.h"
#include "servicefilterproxy.h"
#include "servicewizard.h"
#include "setuppage.h"
#include "simulatedbackend.h"
#include "topologyview.h"
#include "validation.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace MainWindowSettings;

MainWindow::MainWindow(Backend *backend, SettingsUse settings, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_proxy(new ServiceFilterProxy(this))
    , m_tree(new QTreeView)
    , m_filter(new QLineEdit)
    , m_managedBanner(new QLabel)
    , m_pending(new QPlainTextEdit)
    , m_details(new DetailPane)
    , m_pages(new QTabWidget)
    , m_connections(new ConnectionsPage(backend))
    , m_boot(new BootPage(backend))
    , m_kernel(new KernelPage(backend))
    , m_setup(new SetupPage)
    , m_topology(new TopologyView)
    , m_schedulerPanel(new SchedulerPanel)
    , m_backendLabel(new QLabel)
    , m_refreshLabel(new QLabel)
    , m_settingsUse(settings)
{
    setWindowTitle(tr("LVS Studio"));

    m_proxy->setSourceModel(&m_model);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ServiceModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setWhatsThis(
        tr("<p>Each virtual service the kernel balances, with its real servers below it, as <tt>ipvsadm -Ln "
           "--stats --rate</tt> lists them. A service's second column is its scheduler, a real server's its "
           "forwarding method (NAT, DR or TUN); hover over either for what it does.</p><p>Active connections are "
           "established ones; inactive are those closing or, for UDP, waiting out their timeout; persistent are the "
           "templates that send a returning client to the same real server. Double-click a weight to change it. "
           "Nothing reaches the kernel until you apply the pending changes.</p>"));
    // Sized to the first table, then left to the user: ResizeToContents would measure
    // every row again on every refresh.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    // The byte and packet totals are there for those who want them; rates come first.
    for (int column : {ServiceModel::PacketsInColumn, ServiceModel::PacketsOutColumn, ServiceModel::BytesInColumn,
                       ServiceModel::BytesOutColumn, ServiceModel::PacketsOutPerSecondColumn})
        m_tree->setColumnHidden(column, true);

    m_filter->setPlaceholderText(tr("Filter by address, port, scheduler, forwarding or state (drain, maintenance)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ServiceFilterProxy::setFilterText);

    // Shown while keepalived or another daemon rewrites the table.
    m_managedBanner->setWordWrap(true);
    m_managedBanner->setAutoFillBackground(true);
    m_managedBanner->setContentsMargins(8, 6, 8, 6);
    QPalette warning = m_managedBanner->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xb0));
    warning.setColor(QPalette::WindowText, Qt::black);
    m_managedBanner->setPalette(warning);
    m_managedBanner->hide();
    connect(m_managedBanner, &QLabel::linkActivated, this, [this] {
        m_managedUnlocked = true;
        tableManagersChanged(m_backend->tableManagers());
    });

    createActions();
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    auto *hideIdle = new QToolButton;
    hideIdle->setDefaultAction(m_actions.value(QStringLiteral("hideIdle")));
    filterRow->addWidget(hideIdle);
    layout->addLayout(filterRow);
    layout->addWidget(m_managedBanner);
    auto *interrupted = new InterruptedBatchBanner(m_backend);
    connect(interrupted, &InterruptedBatchBanner::resolved, m_backend, &Backend::refresh);
    layout->addWidget(interrupted);
    layout->addWidget(m_tree);
    m_pages->setDocumentMode(true);
    central->setObjectName(QStringLiteral("services"));
    m_connections->setObjectName(QStringLiteral("connections"));
    m_boot->setObjectName(QStringLiteral("boot"));
    m_setup->setObjectName(QStringLiteral("setup"));
    m_pages->addTab(central, tr("&Services"));
    m_pages->addTab(m_connections, tr("&Connections"));
    // Scrolled rather than widening the window on small screens.
    auto *kernelScroll = new QScrollArea;
    kernelScroll->setObjectName(QStringLiteral("kernel"));
    kernelScroll->setWidget(m_kernel);
    kernelScroll->setWidgetResizable(true);
    kernelScroll->setFrameShape(QFrame::NoFrame);
    m_pages->addTab(kernelScroll, tr("&Kernel"));
    m_pages->addTab(m_setup, tr("Real-Server Se&tup"));
    m_pages->addTab(m_boot, tr("&Boot Configuration"));
    connect(m_kernel, &KernelPage::timeoutsRequested, this, [this](const Timeouts &timeouts) {
        IpvsTable edited = m_session.editedTable();
        edited.timeouts = timeouts;
        report(m_session.replaceWith(
            edited, tr("set the timeouts to %1 %2 %3").arg(timeouts.tcp).arg(timeouts.tcpFin).arg(timeouts.udp)));
    });
    connect(m_boot, &BootPage::loadRequested, this, [this](const IpvsTable &table, const QString &path) {
        report(m_session.replaceWith(table, tr("load boot configuration %1").arg(path)));
        m_pages->setCurrentIndex(0);
    });
    setCentralWidget(m_pages);

    m_pending->setReadOnly(true);
    m_pending->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pending->setPlaceholderText(tr("No pending changes. Edits wait here, as the ipvsadm commands they equal, "
                                     "until you apply them."));
    auto *dock = new QDockWidget(tr("Pending Changes"), this);
    dock->setObjectName(QStringLiteral("pendingDock"));
    dock->setWidget(m_pending);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    // How it works: the selected service as a network, and why the scheduler sent each
    // new connection where it did (the simulated kernel says; the real one cannot).
    auto *teaching = new QTabWidget;
    teaching->setDocumentMode(true);
    teaching->addTab(m_topology, tr("Topology"));
    teaching->addTab(m_schedulerPanel, tr("Scheduler"));
    auto *teachingDock = new QDockWidget(tr("How It Works"), this);
    teachingDock->setObjectName(QStringLiteral("teachingDock"));
    teachingDock->setWidget(teaching);
    addDockWidget(Qt::RightDockWidgetArea, teachingDock);
    // The selected row's charts, beside How It Works.
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    tabifyDockWidget(teachingDock, detailsDock);
    detailsDock->raise();
    connect(detailsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_details->redraw(m_history, m_session.kernelTable());
    });
    if (auto *simulated = qobject_cast<SimulatedBackend *>(m_backend)) {
        connect(simulated, &SimulatedBackend::connectionScheduled, this,
                [this](const ServiceKey &service, const IpAddress &client, const IpAddress &server, std::uint16_t port,
                       const QString &why) {
                    m_topology->showConnection(service, client, server, port);
                    m_schedulerPanel->addPick(service, why);
                });
    }
    connect(m_topology, &TopologyView::serviceChosen, this, &MainWindow::showServiceInPanels);

    m_tree->setItemDelegate(new ServerStateDelegate(m_tree));
    auto *legend = new QLabel(ServerStateDelegate::legend());
    legend->setToolTip(tr("Ready: takes new connections at its weight. Quiesced: weight 0. Drain: weight 0 until its "
                          "connections end, its weight remembered. Maintenance: out of the kernel's table, remembered."));
    statusBar()->addPermanentWidget(legend);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_backendLabel);

    if (m_backend->isReal()) {
        m_lock = new AuthorizationLock(this);
        m_actions.insert(QStringLiteral("lock"), m_lock->action());
        findChild<QToolBar *>(QStringLiteral("mainToolbar"))->addAction(m_lock->action());
        connect(m_lock, &AuthorizationLock::changed, this, &MainWindow::updateActions);
    }
    connect(m_backend, &Backend::tableManagersChanged, this, &MainWindow::tableManagersChanged);
    connect(&m_session, &EditSession::changed, this, &MainWindow::showTable);
    connect(&m_model, &ServiceModel::weightEditRequested, this,
            [this](const ServiceKey &key, const IpAddress &address, std::uint16_t port, std::uint32_t weight) {
                report(m_session.setWeight(key, address, port, weight));
            });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const Selection selected = selection();
        if (selected.valid)
            m_topology->setService(selected.service);
        showSelectionInDetails();
        showSelectionInSetup();
    });
    connect(m_backend, &Backend::tableRead, this, &MainWindow::refreshFinished);
    connect(m_backend, &Backend::refreshFailed, this, &MainWindow::refreshFailed);
    connect(m_backend, &Backend::applied, this, &MainWindow::applyFinished);
    connect(m_backend, &Backend::applyFailed, this, &MainWindow::applyFailed);

    connect(&m_refreshTimer, &QTimer::timeout, m_backend, &Backend::refresh);
    resize(1440, 820);
    resizeDocks({teachingDock}, {640}, Qt::Horizontal);
    resizeDocks({dock}, {150}, Qt::Vertical);
    restoreSettings();
    m_backend->refresh();
    tableManagersChanged(m_backend->tableManagers());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The view and proxy are children destroyed after the model member: detach them first.
    m_tree->setModel(nullptr);
    m_proxy->setSourceModel(nullptr);
}

bool MainWindow::showPage(const QString &name)
{
    for (int page = 0; page < m_pages->count(); ++page) {
        if (m_pages->widget(page)->objectName() == name) {
            m_pages->setCurrentIndex(page);
            return true;
        }
    }
    return false;
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int page = 0; page < m_pages->count(); ++page)
        names.append(m_pages->widget(page)->objectName());
    return names;
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::restoreSettings()
{
    int interval = 1000;
    if (m_settingsUse == SettingsUse::Remembered) {
        const QSettings settings;
        restoreGeometry(settings.value(geometryKey).toByteArray());
        restoreState(settings.value(stateKey).toByteArray());
        m_tree->header()->restoreState(settings.value(headerKey).toByteArray());
        interval = settings.value(refreshKey, interval).toInt();
        if (settings.value(bitsKey, false).toBool())
            m_actions.value(QStringLiteral("bits"))->trigger();
        if (settings.value(hideIdleKey, false).toBool())
            m_actions.value(QStringLiteral("hideIdle"))->trigger();
        const qint64 span = settings.value(spanKey, m_details->span()).toLongLong();
        if (QAction *choice = m_actions.value(QStringLiteral("chartSpan%1").arg(span / 60'000)))
            choice->trigger();
    }
    if (QAction *choice = m_actions.value(QStringLiteral("refreshEvery%1").arg(interval)))
        choice->setChecked(true);
    else
        interval = 1000; // a value from elsewhere: the default
    setRefreshInterval(interval);
}

void MainWindow::saveViewSetting(const QString &key, const QVariant &value)
{
    if (m_settingsUse == SettingsUse::Remembered)
        QSettings().setValue(key, value);
}

void MainWindow::saveWindowSettings()
{
    saveViewSetting(geometryKey, saveGeometry());
    saveViewSetting(stateKey, saveState());
    saveViewSetting(headerKey, m_tree->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setRefreshInterval(int milliseconds)
{
    if (milliseconds > 0) {
        m_refreshInterval = milliseconds;
        m_refreshTimer.start(milliseconds);
    } else {
        m_refreshTimer.stop();
    }
    if (QAction *pause = m_actions.value(QStringLiteral("pause"))) {
        const QSignalBlocker quiet(pause);
        pause->setChecked(milliseconds <= 0);
    }
}

void MainWindow::refreshFinished(const IpvsTable &table, std::uint64_t generation)
{
    m_history.record(table, m_backend->nowMs());
    m_session.setKernelTable(table, generation);
    m_boot->setLiveTable(table);
    m_kernel->setLiveTable(table);
    showSelectionInSetup();
    m_topology->setTable(table);
    if (m_topology->hasService())
        showServiceInPanels(m_topology->service());
    if (m_details->isVisible())
        m_details->redraw(m_history, table);
    removeDrainedServers();
    m_backendLabel->setText(m_backend->description());
    m_refreshLabel->setText(tr("refreshed %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_tree->expandAll();
        // Something to chart from the start.
        if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
        // Sized to the first table unless the user's widths were restored.
        if (m_settingsUse == SettingsUse::Defaults || !QSettings().contains(headerKey)) {
            for (int column = 0; column < ServiceModel::ColumnCount; ++column)
                m_tree->resizeColumnToContents(column);
        }
        Q_EMIT firstTableShown();
    }
}

void MainWindow::showSelectionInDetails()
{
    const Selection selected = selection();
    if (!selected.valid)
        m_details->showNothing();
    else if (selected.isServer)
        m_details->showRealServer(selected.service, selected.address, selected.port);
    else
        m_details->showService(selected.service);
    m_details->redraw(m_history, m_session.kernelTable());
}

void MainWindow::showSelectionInSetup()
{
    const Selection selected = selection();
    const VirtualService *service = selected.valid ? m_session.editedTable().find(selected.service) : nullptr;
    m_setup->setService(service ? std::optional<VirtualService>(*service) : std::nullopt);
}

void MainWindow::tableManagersChanged(const QStringList &managers)
{
    if (managers.isEmpty())
        m_managedUnlocked = false; // the next daemon is asked about again
    m_model.setManagedBy(managers);
    const QString names = managers.join(QStringLiteral(", "));
    m_managedBanner->setVisible(!managers.isEmpty());
    m_managedBanner->setText(
        m_managedUnlocked
            ? tr("%1 is running and rewrites the IPVS table at its next sync: changes made here may be undone. "
                 "Editing is unlocked.")
                  .arg(names)
            : tr("%1 is running and rewrites the IPVS table at its next sync, so its services are read-only here. "
                 "Change its configuration instead, or <a href=\"unlock\">edit anyway</a>.")
                  .arg(names));
    updateActions();
}

bool MainWindow::isEditable() const
{
    return m_backend->tableManagers().isEmpty() || m_managedUnlocked;
}

void MainWindow::drainThenRemoveSelected(qint64 timeoutMs)
{
    const Selection selected = selection();
    if (!selected.isServer)
        return;
    const QStringList refusals =
        m_session.setServerState(selected.service, selected.address, selected.port, EditSession::ServerState::Drain);
    if (!refusals.isEmpty()) {
        report(refusals);
        return;
    }
    m_drainWatch.watch(selected.service, selected.address, selected.port, m_backend->nowMs() + timeoutMs);
    statusBar()->showMessage(tr("%1 drains once applied, and is removed when its active connections have ended.")
                                 .arg(selected.address.toStringWithPort(selected.port)),
                             10'000);
}

void MainWindow::removeDrainedServers()
{
    if (m_drainWatch.isEmpty() || m_applying)
        return;
    const bool otherEdits = m_session.hasPending();
    int removed = 0;
    for (const DrainWatch::Entry &entry : m_drainWatch.takeDue(m_session.kernelTable(), m_backend->nowMs())) {
        // Made ready again (or undone) meanwhile: the user changed their mind.
        if (m_session.serverState(entry.service, entry.address, entry.port) != EditSession::ServerState::Drain)
            continue;
        if (m_session.setServerState(entry.service, entry.address, entry.port, EditSession::ServerState::Maintenance)
                .isEmpty())
            ++removed;
    }
    if (removed == 0)
        return;
    if (otherEdits) {
        statusBar()->showMessage(
            tr("%n drained real server(s) ready to remove: the removal waits with your other pending changes.", nullptr,
               removed));
        return;
    }
    apply();
}
void MainWindow::refreshFailed(const QString &name, const QString &message)
{
    m_backendLabel->setText(m_backend->description());
    const QString headline = HelperErrorText::headline(name);
    statusBar()->showMessage(tr("Refresh failed: %1").arg(headline.isEmpty() ? message : headline));
    statusBar()->setToolTip(message);
}

void MainWindow::showTable()
{
    m_model.setTable(m_session.tableWithMaintenance(), m_backend->nowMs());
    m_model.setServerStates(m_session.serverStates());
    QString text;
    const QList<TableChange> pending = m_session.pending();
    for (const TableChange &change : pending)
        text += QStringLiteral("# ") + change.describe() + QLatin1Char('\n') + change.ipvsadmCommand() + QLatin1Char('\n');
    for (const QString &conflict : m_session.conflicts())
        text += tr("# no longer applies (the table changed): %1").arg(conflict) + QLatin1Char('\n');
    if (m_pending->toPlainText() != text)
        m_pending->setPlainText(text);
    m_boot->setPendingCount(int(pending.size()));
    updateActions();
}

MainWindow::Selection MainWindow::selection() const
{
    Selection selected;
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    if (!index.isValid())
        return selected;
    selected.valid = true;
    selected.service = index.data(ServiceModel::ServiceKeyRole).value<ServiceKey>();
    selected.isServer = index.data(ServiceModel::KindRole).toString() == QLatin1String("realserver");
    if (selected.isServer) {
        selected.address = IpAddress::parse(index.data(ServiceModel::AddressRole).toString()).value_or(IpAddress());
        selected.port = std::uint16_t(index.data(ServiceModel::PortRole).toUInt());
    }
    return selected;
}

void MainWindow::updateActions()
{
    const Selection selected = selection();
    const bool pending = m_session.hasPending();
    // polkit saying no leaves the window for looking; so does a managing daemon.
    const bool editable = isEditable() && (!m_lock || m_lock->action()->isEnabled());
    m_model.setReadOnly(!editable);
    m_actions.value(QStringLiteral("newService"))->setEnabled(editable);
    m_actions.value(QStringLiteral("newServiceWizard"))->setEnabled(editable);
    m_actions.value(QStringLiteral("import"))->setEnabled(editable);
    m_actions.value(QStringLiteral("newRealServer"))->setEnabled(editable && selected.valid);
    m_actions.value(QStringLiteral("edit"))->setEnabled(editable && selected.valid);
    m_actions.value(QStringLiteral("delete"))->setEnabled(editable && selected.valid);
    const bool server = editable && selected.isServer;
    const EditSession::ServerState state = selected.isServer
        ? m_session.serverState(selected.service, selected.address, selected.port)
        : EditSession::ServerState::Ready;
    m_actions.value(QStringLiteral("ready"))->setEnabled(server && state != EditSession::ServerState::Ready);
    m_actions.value(QStringLiteral("drain"))->setEnabled(server && state != EditSession::ServerState::Drain);
    m_actions.value(QStringLiteral("drainRemove"))->setEnabled(server && state != EditSession::ServerState::Maintenance);
    m_actions.value(QStringLiteral("maintenance"))
        ->setEnabled(server && state != EditSession::ServerState::Maintenance);
    // The menu names what would be undone; the toolbar keeps its short label.
    QAction *undo = m_actions.value(QStringLiteral("undo"));
    undo->setEnabled(m_session.canUndo());
    undo->setText(m_session.canUndo() ? tr("&Undo %1").arg(m_session.undoText()) : tr("&Undo"));
    undo->setIconText(tr("Undo"));
    QAction *redo = m_actions.value(QStringLiteral("redo"));
    redo->setEnabled(m_session.canRedo());
    redo->setText(m_session.canRedo() ? tr("&Redo %1").arg(m_session.redoText()) : tr("&Redo"));
    redo->setIconText(tr("Redo"));
    m_actions.value(QStringLiteral("apply"))->setEnabled(editable && pending && !m_applying);
    m_actions.value(QStringLiteral("revert"))->setEnabled(m_session.canUndo());
}

void MainWindow::report(const QStringList &refusals)
{
    if (!refusals.isEmpty())
        QMessageBox::warning(this, tr("Not Changed"), refusals.join(QLatin1Char('\n')));
}

void MainWindow::newService()
{
    ServiceDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        report(m_session.addService(dialog.service()));
}

void MainWindow::newServiceWithWizard()
{
    ServiceWizard wizard(m_session.editedTable(), this);
    if (wizard.exec() == QDialog::Accepted)
        report(m_session.addService(wizard.service()));
}

void MainWindow::newRealServer()
{
    const Selection selected = selection();
    const VirtualService *service = m_session.editedTable().find(selected.service);
    if (!service)
        return;
    RealServerDialog dialog(*service, this);
    if (dialog.exec() == QDialog::Accepted)
        report(m_session.addRealServer(selected.service, dialog.realServer()));
}

void MainWindow::editSelected()
{
    const Selection selected = selection();
    const VirtualService *service = m_session.editedTable().find(selected.service);
    if (!service)
        return;
    if (!selected.isServer) {
        ServiceDialog dialog(this);
        dialog.setService(*service);
        if (dialog.exec() == QDialog::Accepted)
            report(m_session.editService(selected.service, dialog.service()));
        return;
    }
    const RealServer *server = service->findRealServer(selected.address, selected.port);
    if (!server)
        return;
    RealServerDialog dialog(*service, this);
    dialog.setRealServer(*server);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RealServer edited = dialog.realServer();
    if (edited.sameKey(*server)) {
        report(m_session.editRealServer(selected.service, edited));
    } else {
        // A new address or port is another real server.
        QStringList refusals = m_session.deleteRealServer(selected.service, server->address, server->port);
        if (refusals.isEmpty())
            refusals = m_session.addRealServer(selected.service, edited);
        report(refusals);
    }
}

void MainWindow::deleteSelected()
{
    const Selection selected = selection();
    if (!selected.valid)
        return;
    const QString name = m_proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(ServiceModel::NameColumn).data().toString();
    const auto answer = QMessageBox::question(this, tr("Delete"),
                                              selected.isServer ? tr("Delete real server %1?").arg(name)
                                                                : tr("Delete service %1 and its real servers?").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    report(selected.isServer ? m_session.deleteRealServer(selected.service, selected.address, selected.port)
                             : m_session.deleteService(selected.service));
}

void MainWindow::setSelectedState(EditSession::ServerState state)
{
    const Selection selected = selection();
    if (!selected.isServer)
        return;
    m_drainWatch.forget(selected.service, selected.address, selected.port);
    report(m_session.setServerState(selected.service, selected.address, selected.port, state));
}

void MainWindow::apply()
{
    if (!m_session.hasPending() || m_applying)
        return;
    m_applying = true;
    updateActions();
    statusBar()->showMessage(tr("Applying %n change(s)…", nullptr, int(m_session.pending().size())));
    m_backend->apply(m_session.generation(), m_session.pending(), true);
}

void MainWindow::applyFinished(std::uint64_t)
{
    m_applying = false;
    m_session.markApplied();
    statusBar()->showMessage(tr("Applied."), 5000);
    if (m_lock)
        m_lock->recheck(); // the apply may have asked for the password
    m_backend->refresh();
}

void MainWindow::applyFailed(const QString &name, const QString &message)
{
    m_applying = false;
    updateActions();
    if (name == DBusErrors::conflict) {
        // Nothing was applied. The edits can wait over the table as it is now (those that
        // no longer apply are listed), or go.
        QMessageBox box(QMessageBox::Warning, tr("Table Changed"),
                        tr("Someone else changed the table since it was read (ipvsadm, keepalived …), so nothing "
                           "was applied. Reload the table and keep your edits pending over it, or discard them?"),
                        QMessageBox::NoButton, this);
        box.addButton(tr("Reload, Keep My Edits"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Reload, Discard My Edits"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == discard)
            m_session.revert();
        m_backend->refresh();
        return;
    }
    QMessageBox::warning(this, tr("Not Applied"), HelperErrorText::describe(name, message));
}

void MainWindow::showServiceInPanels(const ServiceKey &key)
{
    for (const VirtualService &service : m_session.kernelTable().services) {
        if (service.key() == key) {
            m_schedulerPanel->setService(service);
            return;
        }
    }
}
