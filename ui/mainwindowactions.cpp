// SPDX-License-Identifier: GPL-2.0-or-later
// The main window's actions, menus and toolbar: what each command is called, its
// shortcut, and where it appears.
#include "mainwindow.h"

#include "connectionspage.h"
#include "detailpane.h"
#include "lablauncher.h"
#include "mainwindowsettings.h"
#include "methodshelp.h"
#include "servicefilterproxy.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QWhatsThis>

using namespace MainWindowSettings;

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    add(QStringLiteral("newService"), tr("New &Service…"), QKeySequence::New, &MainWindow::newService);
    QAction *wizard = add(QStringLiteral("newServiceWizard"), tr("New Service with the &Wizard…"),
                          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), &MainWindow::newServiceWithWizard);
    wizard->setIconText(tr("Service Wizard"));
    wizard->setToolTip(tr("Method, VIP, real servers and scheduler step by step, then what the director and the "
                          "real servers need besides the table (DR's ARP settings explained)."));
    add(QStringLiteral("newRealServer"), tr("New &Real Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        &MainWindow::newRealServer);
    add(QStringLiteral("edit"), tr("&Edit…"), QKeySequence(Qt::Key_F2), &MainWindow::editSelected);
    add(QStringLiteral("delete"), tr("&Delete…"), QKeySequence::Delete, &MainWindow::deleteSelected);
    add(QStringLiteral("ready"), tr("Ready"), QKeySequence(), [this] { setSelectedState(EditSession::ServerState::Ready); });
    add(QStringLiteral("drain"), tr("Drain"), QKeySequence(), [this] { setSelectedState(EditSession::ServerState::Drain); });
    add(QStringLiteral("maintenance"), tr("Maintenance"), QKeySequence(),
        [this] { setSelectedState(EditSession::ServerState::Maintenance); });
    add(QStringLiteral("drainRemove"), tr("Drain, Then Remove…"), QKeySequence(), [this] {
        const Selection selected = selection();
        const VirtualService *service = m_session.editedTable().find(selected.service);
        if (!selected.isServer || !service)
            return;
        QString label = tr("New connections stop now; %1 is removed (kept in Maintenance) once its active "
                           "connections have ended, or after this many minutes at most:")
                            .arg(selected.address.toStringWithPort(selected.port));
        if (service->persistent)
            label += QLatin1Char('\n')
                + tr("This service is persistent: returning clients keep coming to a drained server until their "
                     "persistence template expires, unless net.ipv4.vs.expire_quiescent_template is 1.");
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Drain, Then Remove"), label, 5, 1, 24 * 60, 1, &ok);
        if (ok)
            drainThenRemoveSelected(qint64(minutes) * 60'000);
    });
    add(QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo, [this] { m_session.undo(); });
    add(QStringLiteral("redo"), tr("&Redo"), QKeySequence::Redo, [this] { m_session.redo(); });
    add(QStringLiteral("apply"), tr("&Apply"), QKeySequence(Qt::CTRL | Qt::Key_Return), &MainWindow::apply);
    add(QStringLiteral("revert"), tr("Re&vert"), QKeySequence(), [this] { m_session.revert(); });
    add(QStringLiteral("refresh"), tr("Re&fresh"), QKeySequence::Refresh, [this] { m_backend->refresh(); });
    QAction *pause = add(QStringLiteral("pause"), tr("&Pause Refresh"), QKeySequence(Qt::CTRL | Qt::Key_P),
                         [this](bool paused) { setRefreshInterval(paused ? 0 : m_refreshInterval); });
    pause->setCheckable(true);
    QAction *hideIdle = add(QStringLiteral("hideIdle"), tr("&Hide Idle"), QKeySequence(Qt::CTRL | Qt::Key_I),
                            [this](bool hide) {
                                m_proxy->setHideIdle(hide);
                                saveViewSetting(hideIdleKey, hide);
                            });
    hideIdle->setCheckable(true);
    hideIdle->setToolTip(tr("Hide real servers with no connections and none arriving."));
    QAction *bits = add(QStringLiteral("bits"), tr("Throughput in &Bits per Second"), QKeySequence(), [this](bool inBits) {
        m_model.setThroughputInBits(inBits);
        m_details->setThroughputInBits(inBits);
        m_details->redraw(m_history, m_session.kernelTable());
        saveViewSetting(bitsKey, inBits);
    });
    bits->setCheckable(true);
    bits->setToolTip(tr("bit/s as network links are counted, instead of B/s as the kernel and ipvsadm --rate report."));
    add(QStringLiteral("import"), tr("&Import…"), QKeySequence::Open, &MainWindow::chooseImport);
    add(QStringLiteral("exportRules"), tr("Export as &Rules (ipvsadm -S)…"), QKeySequence::SaveAs,
        [this] { chooseExport(TableFormats::Format::Rules); });
    add(QStringLiteral("exportScript"), tr("Export as ipvsadm &Script…"), QKeySequence(),
        [this] { chooseExport(TableFormats::Format::Script); });
    add(QStringLiteral("exportKeepalived"), tr("Export as &keepalived.conf…"), QKeySequence(),
        [this] { chooseExport(TableFormats::Format::Keepalived); });
    add(QStringLiteral("filter"), tr("&Filter"), QKeySequence::Find, [this] {
        m_pages->setCurrentIndex(0);
        m_filter->setFocus();
    });
    add(QStringLiteral("showConnections"), tr("Show &Connections"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        const Selection selected = selection();
        const VirtualService *service = m_session.kernelTable().find(selected.service);
        // A firewall-mark service's connections carry their packets' addresses, not the
        // mark: those are found by real server instead.
        if (service && !service->isFirewallMark())
            m_connections->showService(service->address.toStringWithPort(service->port));
        m_pages->setCurrentWidget(m_connections);
    });
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [] { QApplication::quit(); });
    m_actions.value(QStringLiteral("ready"))->setToolTip(tr("The real server takes new connections at its weight."));
    m_actions.value(QStringLiteral("drain"))
        ->setToolTip(tr("Weight 0: no new connections, existing ones finish. With persistence, also set "
                        "net.ipv4.vs.expire_quiescent_template=1 or returning clients still arrive."));
    m_actions.value(QStringLiteral("maintenance"))
        ->setToolTip(tr("Removed from the kernel's table, remembered here to bring back."));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.value(QStringLiteral("import")));
    for (const char *name : {"exportRules", "exportScript", "exportKeepalived"})
        file->addAction(m_actions.value(QLatin1String(name)));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("quit")));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *name : std::initializer_list<const char *>{"undo", "redo", nullptr, "newService", "newServiceWizard", "newRealServer", "edit", "delete", nullptr, "ready",
                             "drain", "drainRemove", "maintenance", nullptr, "apply", "revert", nullptr, "filter"}) {
        if (name)
            edit->addAction(m_actions.value(QLatin1String(name)));
        else
            edit->addSeparator();
    }
    createViewMenu(menuBar()->addMenu(tr("&View")));
    QAction *lab = menuBar()->addMenu(tr("&Lab"))->addAction(tr("&Build a Lab..."), this,
                                                             [this] { LabLauncher::start(this, m_backend->isReal()); });
    lab->setObjectName(QStringLiteral("buildLab"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *methods = help->addAction(tr("&Forwarding Methods and Schedulers"), this, [this] { MethodsHelp::show(this); });
    methods->setObjectName(QStringLiteral("methodsHelp"));
    m_actions.insert(methods->objectName(), methods);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("What's &This?")); // Qt's own text is translated only where qtbase's catalogue is installed
    help->addAction(whatsThis);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : std::initializer_list<const char *>{"newService", "newServiceWizard", "newRealServer", "edit", "delete", nullptr, "ready", "drain", "maintenance",
                             nullptr, "undo", "redo", nullptr, "apply", "revert"}) {
        if (name)
            toolbar->addAction(m_actions.value(QLatin1String(name)));
        else
            toolbar->addSeparator();
    }
}

void MainWindow::createViewMenu(QMenu *view)
{
    view->addAction(m_actions.value(QStringLiteral("showConnections")));
    view->addSeparator();
    view->addAction(m_actions.value(QStringLiteral("refresh")));
    view->addAction(m_actions.value(QStringLiteral("pause")));
    QMenu *interval = view->addMenu(tr("Refresh &Every"));
    auto *intervals = new QActionGroup(this);
    for (int milliseconds : refreshChoicesMs) {
        QAction *choice = interval->addAction(milliseconds < 1000 ? tr("%1 ms").arg(milliseconds)
                                                                 : tr("%n second(s)", nullptr, milliseconds / 1000));
        choice->setObjectName(QStringLiteral("refreshEvery%1").arg(milliseconds));
        choice->setCheckable(true);
        choice->setData(milliseconds);
        intervals->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, milliseconds] {
            m_actions.value(QStringLiteral("pause"))->setChecked(false);
            setRefreshInterval(milliseconds);
            saveViewSetting(refreshKey, milliseconds);
        });
        m_actions.insert(choice->objectName(), choice);
    }
    view->addSeparator();
    view->addAction(m_actions.value(QStringLiteral("hideIdle")));
    view->addAction(m_actions.value(QStringLiteral("bits")));
    QMenu *span = view->addMenu(tr("&Charts Show"));
    auto *spans = new QActionGroup(this);
    for (int minutes : spanChoicesMinutes) {
        QAction *choice = span->addAction(tr("Last %n minute(s)", nullptr, minutes));
        choice->setObjectName(QStringLiteral("chartSpan%1").arg(minutes));
        choice->setCheckable(true);
        choice->setChecked(qint64(minutes) * 60'000 == m_details->span());
        spans->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, minutes] {
            m_details->setSpan(qint64(minutes) * 60'000);
            m_details->redraw(m_history, m_session.kernelTable());
            saveViewSetting(spanKey, qint64(minutes) * 60'000);
        });
        m_actions.insert(choice->objectName(), choice);
    }
}
