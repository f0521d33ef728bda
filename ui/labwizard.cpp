// SPDX-License-Identifier: GPL-2.0-or-later
#include "labwizard.h"

#include "labcommands.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *commandView()
{
    auto *view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

// A page whose completeness the wizard decides (the servers page: no problems).
class CheckedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};
} // namespace

LabWizard::LabWizard(const QString &simulatedBecause, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Build a Lab"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Build"));
    setPage(MethodPage, createMethodPage(simulatedBecause));
    setPage(ServersPage, createServersPage());
    setPage(SummaryPage, createSummaryPage());
    setServers(LabDescription::howTo(ForwardingMethod::Masquerading).servers);
    updateCommands();
    resize(760, 600);
}

QWizardPage *LabWizard::createMethodPage(const QString &simulatedBecause)
{
    auto *page = new QWizardPage;
    page->setTitle(tr("How the director forwards"));
    page->setSubTitle(tr("The how-to's three networks, built on this machine out of network namespaces that are not "
                         "connected to its own network: the 192.168 addresses cannot clash with yours, and nothing "
                         "leaves the machine."));
    auto *layout = new QVBoxLayout(page);
    if (!simulatedBecause.isEmpty()) {
        auto *why = new QLabel(simulatedBecause + QLatin1Char(' ')
                               + tr("The lab runs on the simulated kernel instead: the same network and table, "
                                    "scheduled as the kernel schedules."));
        why->setWordWrap(true);
        why->setObjectName(QStringLiteral("simulatedBecause"));
        layout->addWidget(why);
    }
    m_methods = new QButtonGroup(page);
    const QList<QPair<ForwardingMethod, QString>> methods{
        {ForwardingMethod::Masquerading, tr("&NAT: the director rewrites addresses both ways (section 2)")},
        {ForwardingMethod::DirectRouting, tr("&DR: direct routing, replies go straight back (section 3)")},
        {ForwardingMethod::Tunnelling, tr("&TUN: IP-in-IP tunnelling to the real servers")},
    };
    for (const auto &[method, text] : methods) {
        auto *button = new QRadioButton(text);
        m_methods->addButton(button, int(method));
        layout->addWidget(button);
    }
    m_methods->button(int(ForwardingMethod::Masquerading))->setChecked(true);
    m_methodText = new QLabel;
    m_methodText->setWordWrap(true);
    layout->addWidget(m_methodText);
    layout->addWidget(new QLabel(tr("The network it builds, as commands:")));
    m_networkCommands = commandView();
    layout->addWidget(m_networkCommands, 1);
    connect(m_methods, &QButtonGroup::idClicked, this, [this] { updateCommands(); });
    return page;
}

QWizardPage *LabWizard::createServersPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Scheduler and real servers"));
    page->setSubTitle(tr("Each real server answers HTTP with \"This is\" and its number, as in the how-to."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_scheduler = new QComboBox;
    for (Scheduler scheduler : Schedulers::all())
        m_scheduler->addItem(Schedulers::name(scheduler), int(scheduler));
    m_scheduler->setCurrentIndex(m_scheduler->findData(int(Schedulers::defaultScheduler)));
    form->addRow(tr("&Scheduler:"), m_scheduler);
    m_schedulerText = new QLabel;
    m_schedulerText->setWordWrap(true);
    form->addRow(QString(), m_schedulerText);
    auto *persistence = new QHBoxLayout;
    m_persistent = new QCheckBox(tr("&Persistent for"));
    m_timeout = new QSpinBox;
    m_timeout->setRange(1, 31536000);
    m_timeout->setValue(int(defaultPersistenceTimeout));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setEnabled(false);
    persistence->addWidget(m_persistent);
    persistence->addWidget(m_timeout);
    persistence->addStretch();
    form->addRow(tr("Persistence:"), persistence);
    layout->addLayout(form);

    m_servers = new QTableWidget(0, 2);
    m_servers->setHorizontalHeaderLabels({tr("Real server 192.168.0."), tr("Weight")});
    m_servers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_servers->verticalHeader()->hide();
    layout->addWidget(m_servers, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Real Server"));
    auto *remove = new QPushButton(tr("&Remove"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b00020; padding: 4px"));
    m_problems->hide();
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("The director's table, as commands:")));
    m_tableCommands = commandView();
    m_tableCommands->setMaximumHeight(140);
    layout->addWidget(m_tableCommands);

    page->complete = [this] { return description().problems().isEmpty(); };
    connect(m_scheduler, &QComboBox::currentIndexChanged, this, [this] { updateCommands(); });
    connect(m_persistent, &QCheckBox::toggled, m_timeout, &QWidget::setEnabled);
    connect(m_persistent, &QCheckBox::toggled, this, [this] { updateCommands(); });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this] { updateCommands(); });
    connect(add, &QPushButton::clicked, this, &LabWizard::addServer);
    connect(remove, &QPushButton::clicked, this, &LabWizard::removeServer);
    connect(this, &LabWizard::currentIdChanged, page, [page] { page->changed(); });
    return page;
}

QWizardPage *LabWizard::createSummaryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Everything it does"));
    page->setSubTitle(tr("Build runs these steps (the helper does them itself, without a shell); removing the lab "
                         "deletes every namespace, and with them every link and address."));
    auto *layout = new QVBoxLayout(page);
    m_allCommands = commandView();
    layout->addWidget(m_allCommands);
    return page;
}

QSpinBox *LabWizard::weightBox(int row) const
{
    return qobject_cast<QSpinBox *>(m_servers->cellWidget(row, 1));
}

void LabWizard::setServers(const QList<LabServer> &servers)
{
    m_servers->setRowCount(0);
    for (const LabServer &server : servers) {
        const int row = m_servers->rowCount();
        m_servers->insertRow(row);
        auto *host = new QSpinBox;
        host->setRange(2, 250);
        host->setValue(server.host);
        auto *weight = new QSpinBox;
        weight->setRange(0, 65535);
        weight->setValue(int(server.weight));
        m_servers->setCellWidget(row, 0, host);
        m_servers->setCellWidget(row, 1, weight);
        connect(host, &QSpinBox::valueChanged, this, [this] { updateCommands(); });
        connect(weight, &QSpinBox::valueChanged, this, [this] { updateCommands(); });
    }
    updateCommands();
}

void LabWizard::addServer()
{
    QList<LabServer> servers = description().servers;
    int host = servers.isEmpty() ? 160 : servers.last().host + 10;
    if (host > 250)
        host = 2;
    servers.append({host, 1});
    setServers(servers);
}

void LabWizard::removeServer()
{
    QList<LabServer> servers = description().servers;
    const int row = m_servers->currentRow() >= 0 ? m_servers->currentRow() : int(servers.size()) - 1;
    if (row >= 0 && row < servers.size())
        servers.removeAt(row);
    setServers(servers);
}

LabDescription LabWizard::description() const
{
    LabDescription lab;
    const int method = m_methods->checkedId();
    lab.method = method >= 0 ? ForwardingMethod(method) : ForwardingMethod::Masquerading;
    lab.scheduler = Scheduler(m_scheduler->currentData().toInt());
    lab.persistent = m_persistent->isChecked();
    lab.persistenceTimeout = std::uint32_t(m_timeout->value());
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        const auto *host = qobject_cast<QSpinBox *>(m_servers->cellWidget(row, 0));
        const auto *weight = qobject_cast<QSpinBox *>(m_servers->cellWidget(row, 1));
        if (host && weight)
            lab.servers.append({host->value(), std::uint32_t(weight->value())});
    }
    return lab;
}

QString LabWizard::methodText(ForwardingMethod method)
{
    // The how-to's comparison of the three (section 1), for the lab at hand.
    switch (method) {
    case ForwardingMethod::Masquerading:
        return tr("The client talks to the director's outside address; the director rewrites each request to a "
                  "real server on the private LAN and each reply back, so the real servers' gateway must be the "
                  "director. Any operating system; 10 to 20 real servers.");
    case ForwardingMethod::DirectRouting:
        return tr("One LAN: the director only changes the frame's destination MAC address, and the real server, "
                  "which holds the VIP on lo without answering ARP for it, replies straight to the client through "
                  "its own router (RouterB). The most efficient; the ARP settings are the usual mistake.");
    case ForwardingMethod::Tunnelling:
        return tr("The director wraps each request in IP-in-IP to the real server, which unwraps it on tunl0 "
                  "(where it holds the VIP) and replies straight to the client through its own router. The only "
                  "method for real servers in other networks.");
    case ForwardingMethod::Local:
        break;
    }
    return {};
}

void LabWizard::updateCommands()
{
    if (!m_servers || !m_allCommands)
        return; // still being built
    const LabDescription lab = description();
    m_methodText->setText(methodText(lab.method));
    m_schedulerText->setText(Schedulers::description(lab.scheduler));
    QList<LabCommand> network = LabCommands::build(lab);
    const QList<LabCommand> table = LabCommands::table(lab);
    network.erase(network.end() - table.size(), network.end());
    m_networkCommands->setPlainText(LabCommands::script(network));
    m_tableCommands->setPlainText(LabCommands::script(table));
    const QStringList problems = lab.problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_allCommands->setPlainText(problems.isEmpty() ? LabCommands::script(LabCommands::build(lab)) : QString());
    if (auto *page = dynamic_cast<CheckedPage *>(this->page(ServersPage)))
        page->changed();
}
