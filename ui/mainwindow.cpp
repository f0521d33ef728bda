// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "ipvsadmorder.h"
#include "rulesparser.h"
#include "ruleswriter.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>

namespace {
enum Column { NameColumn, MethodColumn, WeightColumn, DetailsColumn, ColumnCount };

QString serviceDetails(const VirtualService &service)
{
    QStringList details;
    if (service.schedulerFlags)
        details.append(SchedulerFlags::toString(service.scheduler, service.schedulerFlags));
    if (service.persistent)
        details.append(MainWindow::tr("persistent %1 s").arg(service.persistenceTimeout));
    if (!service.persistenceEngine.isEmpty())
        details.append(MainWindow::tr("engine %1").arg(service.persistenceEngine));
    if (service.onePacket)
        details.append(MainWindow::tr("one-packet"));
    return details.join(QStringLiteral(", "));
}

QString serverDetails(const RealServer &server)
{
    QStringList details;
    if (server.forwarding == ForwardingMethod::Tunnelling)
        details.append(Forwarding::tunnelTypeName(server.tunnelType));
    if (server.upperThreshold)
        details.append(MainWindow::tr("upper threshold %1").arg(server.upperThreshold));
    if (server.lowerThreshold)
        details.append(MainWindow::tr("lower threshold %1").arg(server.lowerThreshold));
    if (server.weight == 0)
        details.append(MainWindow::tr("quiesced"));
    return details.join(QStringLiteral(", "));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tree(new QTreeWidget)
    , m_rules(new QPlainTextEdit)
    , m_backendLabel(new QLabel)
{
    setWindowTitle(tr("LVS Studio"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Service / real server"), tr("Scheduler / forwarding"), tr("Weight"), tr("Details")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);

    m_rules->setReadOnly(true);
    m_rules->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rules->setPlaceholderText(tr("The ipvsadm rules of the table appear here."));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_rules);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Rules or Script…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    m_backendLabel->setText(tr("No live backend yet: showing files only"));
    statusBar()->addPermanentWidget(m_backendLabel);
    resize(900, 560);
}

bool MainWindow::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open"), tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(file.readAll()));
    if (!result.ok()) {
        QStringList lines;
        for (const RulesDiagnostic &error : result.errors)
            lines.append(tr("line %1: %2").arg(error.line).arg(error.message));
        QMessageBox::warning(this, tr("Open"), tr("%1 has mistakes; nothing was loaded.\n\n%2")
                                                   .arg(path, lines.join(QLatin1Char('\n'))));
        return false;
    }
    showTable(result.table, path);
    return true;
}

void MainWindow::showTable(const IpvsTable &table, const QString &source)
{
    m_tree->clear();
    for (const VirtualService *service : IpvsadmOrder::services(table)) {
        auto *serviceItem = new QTreeWidgetItem(m_tree);
        serviceItem->setText(NameColumn, service->displayName());
        serviceItem->setText(MethodColumn, Schedulers::name(service->scheduler));
        serviceItem->setToolTip(MethodColumn, Schedulers::description(service->scheduler));
        serviceItem->setText(DetailsColumn, serviceDetails(*service));
        for (const RealServer *server : IpvsadmOrder::realServers(*service)) {
            auto *serverItem = new QTreeWidgetItem(serviceItem);
            serverItem->setText(NameColumn, server->endpoint());
            serverItem->setText(MethodColumn, Forwarding::shortName(server->forwarding));
            serverItem->setText(WeightColumn, QString::number(server->weight));
            serverItem->setTextAlignment(WeightColumn, Qt::AlignRight | Qt::AlignVCenter);
            serverItem->setText(DetailsColumn, serverDetails(*server));
        }
    }
    m_tree->expandAll();
    m_rules->setPlainText(RulesWriter::rules(table));
    statusBar()->showMessage(tr("%1: %2 services, %3 real servers")
                                 .arg(source)
                                 .arg(table.services.size())
                                 .arg(table.realServerCount()));
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Rules or Script"), QString(),
                                                      tr("Rules and scripts (*.rules *.sh ipvsadm*);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}
