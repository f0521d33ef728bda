// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

using Field = ValidationIssue::Field;

namespace {
QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget;
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return container;
}
} // namespace

ServiceDialog::ServiceDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox)
    , m_protocol(new QComboBox)
    , m_address(new QLineEdit)
    , m_port(new QSpinBox)
    , m_mark(new QSpinBox)
    , m_markIpv6(new QCheckBox(tr("IPv6")))
    , m_identity(new QStackedWidget)
    , m_scheduler(new QComboBox)
    , m_schedulerHelp(new QLabel)
    , m_fallback(new QCheckBox)
    , m_hashPort(new QCheckBox)
    , m_persistent(new QCheckBox(tr("Send a client back to the same real server")))
    , m_timeout(new QSpinBox)
    , m_netmask(new QLineEdit)
    , m_engine(new QComboBox)
    , m_onePacket(new QCheckBox(tr("Schedule every packet on its own (one-packet scheduling)")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Virtual Service"));
    m_kind->addItem(tr("Address and port"));
    m_kind->addItem(tr("Firewall mark"));
    m_protocol->addItem(QStringLiteral("TCP"), int(Protocol::Tcp));
    m_protocol->addItem(QStringLiteral("UDP"), int(Protocol::Udp));
    m_protocol->addItem(QStringLiteral("SCTP"), int(Protocol::Sctp));
    m_address->setPlaceholderText(tr("192.168.10.254 or 2001:db8::1"));
    m_port->setRange(0, 65535);
    m_port->setValue(80);
    m_port->setSpecialValueText(tr("any (0)"));
    m_mark->setRange(1, std::numeric_limits<int>::max());
    QString everyScheduler;
    for (Scheduler scheduler : Schedulers::all()) {
        m_scheduler->addItem(Schedulers::name(scheduler), int(scheduler));
        m_scheduler->setItemData(m_scheduler->count() - 1, Schedulers::description(scheduler), Qt::ToolTipRole);
        everyScheduler += QStringLiteral("<p><b>%1</b>: %2</p>")
                              .arg(Schedulers::name(scheduler), Schedulers::description(scheduler).toHtmlEscaped());
    }
    m_scheduler->setWhatsThis(everyScheduler);
    m_scheduler->setCurrentIndex(m_scheduler->findData(int(Schedulers::defaultScheduler)));
    m_schedulerHelp->setWordWrap(true);
    m_timeout->setRange(1, int(Validation::maximumPersistenceTimeout));
    m_timeout->setValue(int(defaultPersistenceTimeout));
    m_timeout->setSuffix(tr(" s"));
    m_netmask->setPlaceholderText(tr("255.255.255.255 (per client) or an IPv6 prefix"));
    m_engine->addItem(tr("none"), QString());
    m_engine->addItem(QStringLiteral("sip"), QStringLiteral("sip"));

    m_identity->addWidget(row({m_protocol, m_address, new QLabel(QStringLiteral(":")), m_port}));
    m_identity->addWidget(row({m_mark, m_markIpv6}));
    m_flagsRow = row({m_fallback, m_hashPort});
    m_persistenceRow = row({new QLabel(tr("Timeout")), m_timeout, new QLabel(tr("Netmask")), m_netmask});

    auto *form = new QFormLayout;
    form->addRow(tr("Service"), m_kind);
    form->addRow(QString(), m_identity);
    form->addRow(QString(), m_errors.labelFor(Field::Address));
    form->addRow(QString(), m_errors.labelFor(Field::Port));
    form->addRow(tr("Scheduler"), m_scheduler);
    form->addRow(QString(), m_schedulerHelp);
    form->addRow(tr("Flags"), m_flagsRow);
    form->addRow(QString(), m_errors.labelFor(Field::SchedulerFlags));
    form->addRow(tr("Persistence"), m_persistent);
    form->addRow(QString(), m_persistenceRow);
    form->addRow(QString(), m_errors.labelFor(Field::Persistence));
    form->addRow(QString(), m_errors.labelFor(Field::PersistenceNetmask));
    form->addRow(tr("Persistence engine"), m_engine);
    form->addRow(QString(), m_errors.labelFor(Field::PersistenceEngine));
    form->addRow(QString(), m_onePacket);
    form->addRow(QString(), m_errors.labelFor(Field::OnePacket));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QComboBox *combo : {m_kind, m_protocol, m_scheduler, m_engine})
        connect(combo, &QComboBox::currentIndexChanged, this, &ServiceDialog::update);
    for (QLineEdit *edit : {m_address, m_netmask})
        connect(edit, &QLineEdit::textChanged, this, &ServiceDialog::update);
    for (QSpinBox *spin : {m_port, m_mark, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, &ServiceDialog::update);
    for (QCheckBox *box : {m_markIpv6, m_fallback, m_hashPort, m_persistent, m_onePacket})
        connect(box, &QCheckBox::toggled, this, &ServiceDialog::update);
    update();
}

void ServiceDialog::setService(const VirtualService &service)
{
    m_kind->setCurrentIndex(service.isFirewallMark() ? 1 : 0);
    m_protocol->setCurrentIndex(m_protocol->findData(int(service.protocol)));
    m_address->setText(service.address.toString());
    m_port->setValue(service.port);
    if (service.isFirewallMark())
        m_mark->setValue(int(std::min<std::uint32_t>(service.firewallMark, std::numeric_limits<int>::max())));
    m_markIpv6->setChecked(service.firewallMarkFamily == IpAddress::Family::V6);
    m_scheduler->setCurrentIndex(m_scheduler->findData(int(service.scheduler)));
    m_fallback->setChecked(service.schedulerFlags & SchedulerFlag1);
    m_hashPort->setChecked(service.schedulerFlags & SchedulerFlag2);
    m_persistent->setChecked(service.persistent);
    m_timeout->setValue(int(service.persistenceTimeout));
    m_netmask->setText(service.persistenceNetmask == service.fullPersistenceNetmask()
                           ? QString()
                           : service.family() == IpAddress::Family::V6
                           ? QString::number(service.persistenceNetmask)
                           : IpAddress::fromV4(service.persistenceNetmask).toString());
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(service.persistenceEngine)));
    m_onePacket->setChecked(service.onePacket);
    update();
}

VirtualService ServiceDialog::service() const
{
    VirtualService service;
    if (m_kind->currentIndex() == 1) {
        service.firewallMark = std::uint32_t(m_mark->value());
        service.firewallMarkFamily = m_markIpv6->isChecked() ? IpAddress::Family::V6 : IpAddress::Family::V4;
    } else {
        service.protocol = Protocol(m_protocol->currentData().toInt());
        service.address = IpAddress::parse(m_address->text().trimmed()).value_or(IpAddress());
        service.port = std::uint16_t(m_port->value());
    }
    service.scheduler = Scheduler(m_scheduler->currentData().toInt());
    const bool hashing = service.scheduler == Scheduler::SourceHashing || service.scheduler == Scheduler::MaglevHashing;
    if (hashing)
        service.schedulerFlags = (m_fallback->isChecked() ? std::uint32_t(SchedulerFlag1) : 0u)
            | (m_hashPort->isChecked() ? std::uint32_t(SchedulerFlag2) : 0u);
    service.persistent = m_persistent->isChecked();
    service.persistenceTimeout = std::uint32_t(m_timeout->value());
    service.persistenceNetmask = service.fullPersistenceNetmask();
    const QString mask = m_netmask->text().trimmed();
    if (service.persistent && !mask.isEmpty()) {
        if (service.family() == IpAddress::Family::V6) {
            service.persistenceNetmask = mask.toUInt();
        } else if (const auto parsed = IpAddress::parse(mask); parsed && parsed->isV4()) {
            service.persistenceNetmask = parsed->v4();
        }
    }
    service.persistenceEngine = m_engine->currentData().toString();
    service.onePacket = m_onePacket->isChecked();
    return service;
}

bool ServiceDialog::isValid() const
{
    return m_messages.isEmpty();
}

QStringList ServiceDialog::messages() const
{
    return m_messages;
}

void ServiceDialog::update()
{
    const bool mark = m_kind->currentIndex() == 1;
    m_identity->setCurrentIndex(mark ? 1 : 0);
    const VirtualService entered = service();
    const Scheduler scheduler = entered.scheduler;
    m_schedulerHelp->setText(Schedulers::description(scheduler));
    // Only sh and mh have flags of their own.
    const bool hashing = scheduler == Scheduler::SourceHashing || scheduler == Scheduler::MaglevHashing;
    m_flagsRow->setVisible(hashing);
    m_fallback->setText(tr("Fall back to another server when the hashed one is unavailable (%1-fallback)")
                            .arg(Schedulers::name(scheduler)));
    m_hashPort->setText(tr("Hash the client's port too (%1-port)").arg(Schedulers::name(scheduler)));
    m_persistenceRow->setVisible(m_persistent->isChecked());
    const bool udpOrMark = mark || entered.protocol == Protocol::Udp;
    m_onePacket->setVisible(udpOrMark || m_onePacket->isChecked());

    QList<ValidationIssue> issues = Validation::checkService(entered);
    const QString prefix = Validation::describe(entered) + QStringLiteral(": ");
    // What the line edits hold must be a value at all before core can judge it.
    if (!mark && !m_address->text().trimmed().isEmpty() && entered.address.isNull()) {
        issues.removeIf([](const ValidationIssue &issue) { return issue.field == Field::Address; });
        issues.prepend({Field::Address, prefix + tr("'%1' is not an IPv4 or IPv6 address").arg(m_address->text().trimmed())});
    }
    const QString mask = m_netmask->text().trimmed();
    if (entered.persistent && !mask.isEmpty()) {
        const bool v6 = entered.family() == IpAddress::Family::V6;
        bool ok = false;
        const uint prefixLength = mask.toUInt(&ok);
        const auto parsed = IpAddress::parse(mask);
        if (v6 ? (!ok || prefixLength < 1 || prefixLength > 128) : !(parsed && parsed->isV4()))
            issues.append({Field::PersistenceNetmask,
                           prefix + (v6 ? tr("netmask '%1' is not a prefix length from 1 to 128")
                                        : tr("netmask '%1' is not like 255.255.255.0"))
                                        .arg(mask)});
    }
    m_errors.show(issues);
    m_messages.clear();
    for (const ValidationIssue &issue : std::as_const(issues))
        m_messages.append(issue.message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_messages.isEmpty());
}
