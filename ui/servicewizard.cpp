// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicewizard.h"

#include "editsession.h"
#include "tablechange.h"
#include "validation.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum ServerColumn { AddressColumn, PortColumn, WeightColumn };

// The how-to's networks (sections 2 and 3), which the fields start with.
const QString howToDrVip = QStringLiteral("192.168.0.200");
const QString howToNatVip = QStringLiteral("192.168.10.254");
const QString howToNatInside = QStringLiteral("192.168.0.254");
const QStringList howToServers{QStringLiteral("192.168.0.160"), QStringLiteral("192.168.0.170"),
                               QStringLiteral("192.168.0.180")};

// A page whose Next the wizard's problems decide.
class CheckedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

QPlainTextEdit *commandView()
{
    auto *view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b00020; padding: 4px"));
    label->hide();
    return label;
}

QLabel *paragraph()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    return label;
}

// The commands of a page with a button that copies them, for pasting into a root shell.
QWidget *commandsWithCopy(const QString &caption, QPlainTextEdit *view)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(caption), 1);
    auto *copy = new QPushButton(ServiceWizard::tr("&Copy"));
    QObject::connect(copy, &QPushButton::clicked, view, [view] { QApplication::clipboard()->setText(view->toPlainText()); });
    top->addWidget(copy);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    return box;
}

void appendMessages(const QList<ValidationIssue> &issues, QStringList &into)
{
    for (const ValidationIssue &issue : issues)
        into.append(issue.message);
}
} // namespace

ServiceWizard::ServiceWizard(const IpvsTable &table, QWidget *parent)
    : QWizard(parent)
    , m_table(table)
    , m_lastMethod(ForwardingMethod::DirectRouting)
{
    setWindowTitle(tr("New Service on This Director"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Add to Pending Changes"));
    m_updating = true;
    setPage(ServicePage, createServicePage());
    setPage(ServersPage, createServersPage());
    setPage(DirectorPage, createDirectorPage());
    setPage(RealServerSetupPage, createRealServerSetupPage());
    setPage(SummaryPage, createSummaryPage());
    for (const QString &address : howToServers)
        addServerRow(address, 80, 1);
    m_updating = false;
    update();
    resize(820, 640);
}

QWizardPage *ServiceWizard::createServicePage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("The virtual service"));
    page->setSubTitle(tr("The address and port clients connect to (the VIP), how the director passes their "
                         "connections on, and how it chooses a real server for each."));
    auto *layout = new QVBoxLayout(page);
    m_methods = new QButtonGroup(page);
    auto *methodRow = new QHBoxLayout;
    const QList<QPair<ForwardingMethod, QString>> methods{
        {ForwardingMethod::DirectRouting, tr("&DR (direct routing)")},
        {ForwardingMethod::Masquerading, tr("&NAT (masquerading)")},
        {ForwardingMethod::Tunnelling, tr("&TUN (IP tunnelling)")},
    };
    for (const auto &[method, text] : methods) {
        auto *button = new QRadioButton(text);
        m_methods->addButton(button, int(method));
        methodRow->addWidget(button);
    }
    methodRow->addStretch();
    m_methods->button(int(ForwardingMethod::DirectRouting))->setChecked(true);
    layout->addLayout(methodRow);
    m_methodText = paragraph();
    layout->addWidget(m_methodText);

    auto *form = new QFormLayout;
    auto *identity = new QHBoxLayout;
    m_protocol = new QComboBox;
    m_protocol->addItem(QStringLiteral("TCP"), int(Protocol::Tcp));
    m_protocol->addItem(QStringLiteral("UDP"), int(Protocol::Udp));
    m_protocol->addItem(QStringLiteral("SCTP"), int(Protocol::Sctp));
    m_address = new QLineEdit(howToDrVip);
    m_address->setObjectName(QStringLiteral("vip"));
    m_address->setPlaceholderText(tr("192.168.0.200 or 2001:db8::200"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(80);
    identity->addWidget(m_protocol);
    identity->addWidget(m_address, 1);
    identity->addWidget(new QLabel(QStringLiteral(":")));
    identity->addWidget(m_port);
    auto *identityLabel = new QLabel(tr("&VIP and port:"));
    identityLabel->setBuddy(m_address); // a layout cannot be a buddy: the row's label would show its "&"
    form->addRow(identityLabel, identity);
    m_scheduler = new QComboBox;
    for (Scheduler scheduler : Schedulers::all()) {
        m_scheduler->addItem(Schedulers::name(scheduler), int(scheduler));
        m_scheduler->setItemData(m_scheduler->count() - 1, Schedulers::description(scheduler), Qt::ToolTipRole);
    }
    m_scheduler->setCurrentIndex(m_scheduler->findData(int(Schedulers::defaultScheduler)));
    form->addRow(tr("&Scheduler:"), m_scheduler);
    m_schedulerText = paragraph();
    form->addRow(QString(), m_schedulerText);
    auto *persistence = new QHBoxLayout;
    m_persistent = new QCheckBox(tr("&Persistent: send a client back to the same real server for"));
    m_timeout = new QSpinBox;
    m_timeout->setRange(1, int(Validation::maximumPersistenceTimeout));
    m_timeout->setValue(int(defaultPersistenceTimeout));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setEnabled(false);
    persistence->addWidget(m_persistent);
    persistence->addWidget(m_timeout);
    persistence->addStretch();
    form->addRow(tr("Persistence:"), persistence);
    layout->addLayout(form);
    auto *later = paragraph();
    later->setText(tr("A persistence netmask, the sh and mh flags and firewall-mark services are in the service's "
                      "Edit dialog once it is added."));
    layout->addWidget(later);
    m_problemLabels.insert(ServicePage, problemLabel());
    layout->addWidget(m_problemLabels.value(ServicePage));
    m_commands.insert(ServicePage, commandView());
    layout->addWidget(commandsWithCopy(tr("The service, as an ipvsadm command:"), m_commands.value(ServicePage)), 1);

    page->complete = [this] { return problems(ServicePage).isEmpty(); };
    connect(m_methods, &QButtonGroup::idClicked, this, &ServiceWizard::methodChosen);
    for (QComboBox *combo : {m_protocol, m_scheduler})
        connect(combo, &QComboBox::currentIndexChanged, this, &ServiceWizard::update);
    connect(m_address, &QLineEdit::textChanged, this, &ServiceWizard::update);
    for (QSpinBox *spin : {m_port, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, &ServiceWizard::update);
    connect(m_persistent, &QCheckBox::toggled, m_timeout, &QWidget::setEnabled);
    connect(m_persistent, &QCheckBox::toggled, this, &ServiceWizard::update);
    return page;
}

QWizardPage *ServiceWizard::createServersPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Real servers"));
    page->setSubTitle(tr("The machines that answer the clients, and their weights: a real server of weight 2 "
                         "gets twice the connections of one of weight 1 (with the weighted schedulers); 0 takes "
                         "no new ones."));
    auto *layout = new QVBoxLayout(page);
    m_servers = new QTableWidget(0, 3);
    m_servers->setHorizontalHeaderLabels({tr("Address"), tr("Port"), tr("Weight")});
    m_servers->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_servers->verticalHeader()->hide();
    layout->addWidget(m_servers, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Real Server"));
    add->setObjectName(QStringLiteral("addServer"));
    auto *remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeServer"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *ports = paragraph();
    ports->setText(tr("With DR and TUN a real server answers on the service's own port; only NAT can send "
                      "connections to another port."));
    layout->addWidget(ports);
    m_problemLabels.insert(ServersPage, problemLabel());
    layout->addWidget(m_problemLabels.value(ServersPage));
    m_commands.insert(ServersPage, commandView());
    m_commands.value(ServersPage)->setMaximumHeight(150);
    layout->addWidget(commandsWithCopy(tr("Each real server, as an ipvsadm command:"), m_commands.value(ServersPage)));

    page->complete = [this] { return problems(ServersPage).isEmpty(); };
    connect(add, &QPushButton::clicked, this, [this] {
        // The next free address after the last one, as the how-to numbers them (160, 170, ...).
        QString next;
        if (m_servers->rowCount() > 0) {
            const auto *last = qobject_cast<QLineEdit *>(m_servers->cellWidget(m_servers->rowCount() - 1, AddressColumn));
            const auto parsed = last ? IpAddress::parse(last->text().trimmed()) : std::nullopt;
            if (parsed && parsed->isV4() && (parsed->v4() & 0xff) <= 240)
                next = IpAddress::fromV4(parsed->v4() + 10).toString();
        }
        addServerRow(next, m_port->value(), 1);
        m_servers->setCurrentCell(m_servers->rowCount() - 1, AddressColumn);
        m_servers->cellWidget(m_servers->rowCount() - 1, AddressColumn)->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_servers->currentRow() >= 0 ? m_servers->currentRow() : m_servers->rowCount() - 1;
        if (row >= 0)
            m_servers->removeRow(row);
        update();
    });
    return page;
}

QWizardPage *ServiceWizard::createDirectorPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("The director"));
    page->setSubTitle(tr("What this machine needs besides its IPVS table: forwarding, and for DR and TUN the VIP "
                         "on its interface. Run the commands as root now; the files make it last across reboots."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_directorInterface = new QLineEdit(RealServerSetup::Options().directorInterface);
    form->addRow(tr("Director's &interface for the VIP:"), m_directorInterface);
    m_directorAddress = new QLineEdit;
    m_directorAddress->setPlaceholderText(tr("e.g. 192.168.0.254"));
    m_directorAddress->setToolTip(tr("The director's own address on the real servers' network (not the VIP): a "
                                     "NAT real server's default router."));
    form->addRow(tr("Director's inside &address:"), m_directorAddress);
    layout->addLayout(form);
    m_directorText = paragraph();
    layout->addWidget(m_directorText);
    m_problemLabels.insert(DirectorPage, problemLabel());
    layout->addWidget(m_problemLabels.value(DirectorPage));
    m_commands.insert(DirectorPage, commandView());
    layout->addWidget(commandsWithCopy(tr("The director's setup (sysctl, ip and the files):"),
                                       m_commands.value(DirectorPage)),
                      1);
    page->complete = [this] { return problems(DirectorPage).isEmpty(); };
    for (QLineEdit *edit : {m_directorInterface, m_directorAddress})
        connect(edit, &QLineEdit::textChanged, this, &ServiceWizard::update);
    return page;
}

QWizardPage *ServiceWizard::createRealServerSetupPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("The real servers' setup"));
    page->setSubTitle(tr("What each real server needs, for the operating system it runs."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_system = new QComboBox;
    for (const RealServerSetup::OperatingSystem system : RealServerSetup::operatingSystems())
        m_system->addItem(RealServerSetup::operatingSystemDisplayName(system), int(system));
    form->addRow(tr("&Operating system:"), m_system);
    m_gateway = new QLineEdit;
    m_gateway->setPlaceholderText(tr("optional, e.g. 192.168.0.252"));
    m_gateway->setToolTip(tr("DR and TUN real servers' own default router, which must not be the director."));
    form->addRow(tr("Real servers' &router:"), m_gateway);
    layout->addLayout(form);
    m_setupText = paragraph();
    m_setupText->setObjectName(QStringLiteral("setupExplanation"));
    layout->addWidget(m_setupText);
    m_problemLabels.insert(RealServerSetupPage, problemLabel());
    layout->addWidget(m_problemLabels.value(RealServerSetupPage));
    m_commands.insert(RealServerSetupPage, commandView());
    layout->addWidget(commandsWithCopy(tr("Each real server's setup:"), m_commands.value(RealServerSetupPage)), 1);
    page->complete = [this] { return problems(RealServerSetupPage).isEmpty(); };
    connect(m_system, &QComboBox::currentIndexChanged, this, &ServiceWizard::update);
    connect(m_gateway, &QLineEdit::textChanged, this, &ServiceWizard::update);
    return page;
}

QWizardPage *ServiceWizard::createSummaryPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Add the service"));
    page->setSubTitle(tr("These changes join the pending changes; nothing reaches the kernel until you Apply "
                         "them, and Undo takes them back as one."));
    auto *layout = new QVBoxLayout(page);
    m_problemLabels.insert(SummaryPage, problemLabel());
    layout->addWidget(m_problemLabels.value(SummaryPage));
    m_commands.insert(SummaryPage, commandView());
    layout->addWidget(commandsWithCopy(tr("What Apply will run:"), m_commands.value(SummaryPage)), 1);
    page->complete = [this] { return problems(SummaryPage).isEmpty(); };
    return page;
}

void ServiceWizard::addServerRow(const QString &address, int port, int weight)
{
    const int row = m_servers->rowCount();
    m_servers->insertRow(row);
    auto *edit = new QLineEdit(address);
    edit->setPlaceholderText(QStringLiteral("192.168.0.160"));
    auto *portBox = new QSpinBox;
    portBox->setRange(1, 65535);
    portBox->setValue(port);
    auto *weightBox = new QSpinBox;
    weightBox->setRange(0, int(Validation::maximumWeight));
    weightBox->setValue(weight);
    m_servers->setCellWidget(row, AddressColumn, edit);
    m_servers->setCellWidget(row, PortColumn, portBox);
    m_servers->setCellWidget(row, WeightColumn, weightBox);
    connect(edit, &QLineEdit::textChanged, this, &ServiceWizard::update);
    connect(portBox, &QSpinBox::valueChanged, this, &ServiceWizard::update);
    connect(weightBox, &QSpinBox::valueChanged, this, &ServiceWizard::update);
    update();
}

ForwardingMethod ServiceWizard::method() const
{
    const int id = m_methods->checkedId();
    return id >= 0 ? ForwardingMethod(id) : ForwardingMethod::DirectRouting;
}

void ServiceWizard::methodChosen()
{
    // The how-to's NAT network has its VIP outside and the director's inside address as
    // the real servers' router; a field still holding the other method's example follows.
    const ForwardingMethod chosen = method();
    const bool nat = chosen == ForwardingMethod::Masquerading;
    if (nat != (m_lastMethod == ForwardingMethod::Masquerading)) {
        m_updating = true;
        if (m_address->text() == (nat ? howToDrVip : howToNatVip))
            m_address->setText(nat ? howToNatVip : howToDrVip);
        if (nat && m_directorAddress->text().isEmpty())
            m_directorAddress->setText(howToNatInside);
        else if (!nat && m_directorAddress->text() == howToNatInside)
            m_directorAddress->clear();
        m_updating = false;
    }
    m_lastMethod = chosen;
    update();
}

VirtualService ServiceWizard::service() const
{
    VirtualService service;
    service.protocol = Protocol(m_protocol->currentData().toInt());
    service.address = IpAddress::parse(m_address->text().trimmed()).value_or(IpAddress());
    service.port = std::uint16_t(m_port->value());
    service.scheduler = Scheduler(m_scheduler->currentData().toInt());
    service.persistent = m_persistent->isChecked();
    service.persistenceTimeout = std::uint32_t(m_timeout->value());
    service.persistenceNetmask = service.fullPersistenceNetmask();
    const ForwardingMethod forwarding = method();
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        const auto *address = qobject_cast<QLineEdit *>(m_servers->cellWidget(row, AddressColumn));
        const auto *port = qobject_cast<QSpinBox *>(m_servers->cellWidget(row, PortColumn));
        const auto *weight = qobject_cast<QSpinBox *>(m_servers->cellWidget(row, WeightColumn));
        if (!address || !port || !weight)
            continue;
        RealServer server;
        server.address = IpAddress::parse(address->text().trimmed()).value_or(IpAddress());
        server.port = forwarding == ForwardingMethod::Masquerading ? std::uint16_t(port->value()) : service.port;
        server.forwarding = forwarding;
        server.weight = std::uint32_t(weight->value());
        service.realServers.append(server);
    }
    return service;
}

QStringList ServiceWizard::problems(int page) const
{
    return m_problems.value(page);
}

QString ServiceWizard::commandsShown(int page) const
{
    const QPlainTextEdit *view = m_commands.value(page);
    return view ? view->toPlainText() : QString();
}

QString ServiceWizard::explanationShown(int page) const
{
    switch (page) {
    case ServicePage:
        return m_methodText->text();
    case DirectorPage:
        return m_directorText->text();
    case RealServerSetupPage:
        return m_setupText->text();
    default:
        return {};
    }
}

RealServerSetup::Options ServiceWizard::setupOptions(QStringList &directorMistakes, QStringList &setupMistakes) const
{
    RealServerSetup::Options options;
    options.directorInterface = m_directorInterface->text().trimmed();
    auto address = [](QLineEdit *edit, const QString &mistake, QStringList &mistakes, IpAddress *v4, IpAddress *v6) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        const std::optional<IpAddress> parsed = IpAddress::parse(text);
        if (!parsed) {
            mistakes.append(mistake.arg(text));
            return;
        }
        (parsed->isV6() ? *v6 : *v4) = *parsed;
    };
    address(m_directorAddress, tr("Director's inside address: '%1' is not an IPv4 or IPv6 address"),
            directorMistakes, &options.directorAddress, &options.directorAddress6);
    address(m_gateway, tr("Real servers' router: '%1' is not an IPv4 or IPv6 address"), setupMistakes,
            &options.gateway, &options.gateway6);
    return options;
}

void ServiceWizard::update()
{
    if (m_updating)
        return;
    const VirtualService entered = service();
    const ForwardingMethod forwarding = method();
    m_methodText->setText(Forwarding::explanation(forwarding));
    m_schedulerText->setText(Schedulers::description(entered.scheduler));
    // DR and TUN real servers show the service's port, which is theirs.
    m_updating = true;
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        if (auto *port = qobject_cast<QSpinBox *>(m_servers->cellWidget(row, PortColumn))) {
            port->setEnabled(forwarding == ForwardingMethod::Masquerading);
            if (forwarding != ForwardingMethod::Masquerading)
                port->setValue(entered.port);
        }
    }
    m_updating = false;

    // The service.
    QStringList serviceProblems;
    const QString addressText = m_address->text().trimmed();
    VirtualService alone = entered;
    alone.realServers.clear();
    if (addressText.isEmpty())
        serviceProblems.append(tr("Enter the virtual IP address (VIP) the clients connect to."));
    else if (entered.address.isNull())
        serviceProblems.append(tr("VIP: '%1' is not an IPv4 or IPv6 address").arg(addressText));
    else {
        appendMessages(Validation::checkService(alone), serviceProblems);
        if (m_table.find(entered.key()))
            serviceProblems.append(tr("%1 is in the table already: edit it there instead")
                                       .arg(Validation::describe(alone)));
    }
    const bool serviceOk = serviceProblems.isEmpty();
    m_commands.value(ServicePage)->setPlainText(serviceOk ? TableChange::addService(alone).ipvsadmCommand() : QString());

    // Its real servers, each a command of its own.
    QStringList serverProblems;
    QStringList serverCommands;
    QSet<QString> seen;
    if (entered.realServers.isEmpty())
        serverProblems.append(tr("Add at least one real server: a service without any refuses every connection."));
    for (int row = 0; row < entered.realServers.size(); ++row) {
        const RealServer &server = entered.realServers[row];
        const auto *edit = qobject_cast<QLineEdit *>(m_servers->cellWidget(row, AddressColumn));
        const QString text = edit ? edit->text().trimmed() : QString();
        if (server.address.isNull()) {
            serverProblems.append(text.isEmpty() ? tr("Row %1: enter the real server's address").arg(row + 1)
                                                 : tr("Row %1: '%2' is not an IPv4 or IPv6 address").arg(row + 1).arg(text));
            continue;
        }
        QList<ValidationIssue> issues = Validation::checkRealServer(alone, server);
        if (!seen.contains(server.endpoint()))
            seen.insert(server.endpoint());
        else
            issues.append({ValidationIssue::Field::Identity,
                           tr("real server %1 is listed twice").arg(server.endpoint())});
        if (issues.isEmpty() && serviceOk)
            serverCommands.append(TableChange::addServer(alone, server).ipvsadmCommand());
        appendMessages(issues, serverProblems);
    }
    m_commands.value(ServersPage)->setPlainText(serverCommands.join(QLatin1Char('\n')));

    // What the director and the real servers need besides the table.
    QStringList directorProblems;
    QStringList setupProblems;
    const RealServerSetup::Options options = setupOptions(directorProblems, setupProblems);
    const bool tableOk = serviceOk && serverProblems.isEmpty();
    if (options.directorInterface.isEmpty())
        directorProblems.append(tr("Enter the director's interface that holds the VIP (e.g. eth0)."));
    QString directorDocument;
    QString setupDocument;
    QStringList directorWarnings;
    QStringList setupWarnings;
    if (tableOk) {
        const RealServerSetup::Result director = RealServerSetup::forDirector(entered, options);
        directorProblems += director.errors;
        directorWarnings = director.warnings;
        directorDocument = RealServerSetup::render(director.snippets);
        const auto system = RealServerSetup::OperatingSystem(m_system->currentData().toInt());
        const RealServerSetup::Result servers = RealServerSetup::forRealServers(entered, system, options);
        setupProblems += servers.errors;
        setupWarnings = servers.warnings;
        setupDocument = RealServerSetup::render(servers.snippets);
    }
    m_commands.value(DirectorPage)->setPlainText(directorDocument);
    m_commands.value(RealServerSetupPage)->setPlainText(setupDocument);

    QString directorText;
    QString setupText;
    switch (forwarding) {
    case ForwardingMethod::Masquerading:
        directorText = tr("NAT: the director is the real servers' router. It must forward packets "
                          "(net.ipv4.ip_forward = 1), and the VIP is its own address on the clients' side. Its "
                          "inside address is what the real servers need as their default router.");
        setupText = tr("NAT: each real server's default router must be the director's inside address, or the "
                       "replies miss the director and the clients drop them. Nothing else changes on the real "
                       "servers; they need not know the VIP.");
        break;
    case ForwardingMethod::DirectRouting:
        directorText = tr("DR: the director holds the VIP on its interface and answers ARP for it, so that the "
                          "router sends the clients' packets to it. It passes each one on to a real server on the "
                          "same LAN by changing only the destination MAC address.");
        setupText = tr("DR and ARP, the most common LVS mistake: every real server holds the VIP too (on lo or a "
                       "dummy device), so it accepts the packets the director passes on, but it must never answer "
                       "ARP for the VIP, or the router learns a real server's MAC address and the clients bypass "
                       "the director. On Linux net.ipv4.conf.all.arp_ignore = 1 answers ARP only for addresses "
                       "of the interface asked on, and net.ipv4.conf.all.arp_announce = 2 never uses the VIP as "
                       "the source of the server's own ARP requests. The replies go from the real servers straight "
                       "to the clients through their own router, which must not be the director.");
        break;
    case ForwardingMethod::Tunnelling:
        directorText = tr("TUN: the director holds the VIP on its interface and answers ARP for it; it wraps each "
                          "request in an IP-in-IP packet to the real server, which may be on any network.");
        setupText = tr("TUN: each real server unwraps the director's packets on a tunnel device (tunl0 on Linux) "
                       "that holds the VIP, must not answer ARP for the VIP where it shares a LAN with the "
                       "director, and must not drop the unwrapped packets as spoofed (rp_filter off on the "
                       "tunnel). Replies go straight to the clients through the real server's own router.");
        break;
    case ForwardingMethod::Local:
        break;
    }
    m_directorText->setText(directorWarnings.isEmpty() ? directorText
                                                       : directorText + QLatin1Char('\n') + directorWarnings.join(QLatin1Char('\n')));
    m_setupText->setText(setupWarnings.isEmpty() ? setupText
                                                 : setupText + QLatin1Char('\n') + setupWarnings.join(QLatin1Char('\n')));

    // Exactly what Finish records: the session's own edit, over a copy of the table.
    QStringList summaryProblems;
    QStringList pending;
    if (tableOk) {
        EditSession scratch;
        scratch.setKernelTable(m_table, 0);
        summaryProblems += scratch.addService(entered);
        for (const TableChange &change : scratch.pending())
            pending.append(change.ipvsadmCommand());
    } else {
        summaryProblems.append(tr("Go back: the service or its real servers need correcting."));
    }
    m_commands.value(SummaryPage)->setPlainText(pending.join(QLatin1Char('\n')));

    m_problems = {{ServicePage, serviceProblems},
                  {ServersPage, serverProblems},
                  {DirectorPage, directorProblems},
                  {RealServerSetupPage, setupProblems},
                  {SummaryPage, summaryProblems}};
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList shown = m_problems.value(it.key());
        it.value()->setText(shown.join(QLatin1Char('\n')));
        it.value()->setVisible(!shown.isEmpty());
        if (auto *checked = dynamic_cast<CheckedPage *>(page(it.key())))
            checked->changed();
    }
}
