// SPDX-License-Identifier: GPL-2.0-or-later
#include "realserverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using Field = ValidationIssue::Field;

RealServerDialog::RealServerDialog(const VirtualService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_address(new QLineEdit)
    , m_port(new QSpinBox)
    , m_forwarding(new QComboBox)
    , m_weight(new QSpinBox)
    , m_upper(new QSpinBox)
    , m_lower(new QSpinBox)
    , m_tunnelType(new QComboBox)
    , m_tunnelPort(new QSpinBox)
    , m_checksum(new QComboBox)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Real Server of %1").arg(service.displayName()));
    m_address->setPlaceholderText(tr("192.168.0.160"));
    m_port->setRange(0, 65535);
    m_port->setValue(service.port);
    m_forwarding->addItem(tr("Masquerading (NAT)"), int(ForwardingMethod::Masquerading));
    m_forwarding->addItem(tr("Direct routing (DR)"), int(ForwardingMethod::DirectRouting));
    m_forwarding->addItem(tr("Tunnelling (TUN)"), int(ForwardingMethod::Tunnelling));
    // The how-to's comparison of the three methods, on each choice and on the box itself.
    for (int i = 0; i < m_forwarding->count(); ++i)
        m_forwarding->setItemData(i, Forwarding::explanation(ForwardingMethod(m_forwarding->itemData(i).toInt())),
                                  Qt::ToolTipRole);
    m_forwarding->setWhatsThis(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                                   .arg(Forwarding::explanation(ForwardingMethod::Masquerading).toHtmlEscaped(),
                                        Forwarding::explanation(ForwardingMethod::DirectRouting).toHtmlEscaped(),
                                        Forwarding::explanation(ForwardingMethod::Tunnelling).toHtmlEscaped()));
    m_forwarding->setCurrentIndex(1); // ipvsadm's default
    m_weight->setRange(0, int(Validation::maximumWeight));
    m_weight->setValue(1);
    m_weight->setSpecialValueText(tr("0 (quiesced: no new connections)"));
    for (QSpinBox *threshold : {m_upper, m_lower}) {
        threshold->setRange(0, int(Validation::maximumThreshold));
        threshold->setSpecialValueText(tr("none"));
    }
    m_tunnelType->addItem(QStringLiteral("IP-in-IP (ipip)"), int(TunnelType::Ipip));
    m_tunnelType->addItem(QStringLiteral("GUE"), int(TunnelType::Gue));
    m_tunnelType->addItem(QStringLiteral("GRE"), int(TunnelType::Gre));
    m_tunnelPort->setRange(0, 65535);
    m_tunnelPort->setSpecialValueText(tr("none"));
    m_checksum->addItem(tr("no checksum"), int(TunnelChecksum::None));
    m_checksum->addItem(tr("checksum"), int(TunnelChecksum::Checksum));
    m_checksum->addItem(tr("remote checksum offload"), int(TunnelChecksum::RemoteChecksum));

    m_tunnelRow = new QWidget;
    auto *tunnel = new QHBoxLayout(m_tunnelRow);
    tunnel->setContentsMargins(0, 0, 0, 0);
    tunnel->addWidget(m_tunnelType);
    tunnel->addWidget(new QLabel(tr("Port")));
    tunnel->addWidget(m_tunnelPort);
    tunnel->addWidget(m_checksum);
    tunnel->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Address"), m_address);
    form->addRow(QString(), m_errors.labelFor(Field::Address));
    form->addRow(tr("Port"), m_port);
    form->addRow(QString(), m_errors.labelFor(Field::Port));
    form->addRow(tr("Forwarding"), m_forwarding);
    form->addRow(QString(), m_errors.labelFor(Field::Forwarding));
    form->addRow(tr("Tunnel"), m_tunnelRow);
    form->addRow(QString(), m_errors.labelFor(Field::Tunnel));
    form->addRow(tr("Weight"), m_weight);
    form->addRow(QString(), m_errors.labelFor(Field::Weight));
    form->addRow(tr("Stop new connections at"), m_upper);
    form->addRow(tr("Resume below"), m_lower);
    form->addRow(QString(), m_errors.labelFor(Field::Thresholds));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_address, &QLineEdit::textChanged, this, &RealServerDialog::update);
    for (QComboBox *combo : {m_forwarding, m_tunnelType, m_checksum})
        connect(combo, &QComboBox::currentIndexChanged, this, &RealServerDialog::update);
    for (QSpinBox *spin : {m_port, m_weight, m_upper, m_lower, m_tunnelPort})
        connect(spin, &QSpinBox::valueChanged, this, &RealServerDialog::update);
    update();
}

void RealServerDialog::setRealServer(const RealServer &server)
{
    m_address->setText(server.address.toString());
    // The method first: under DR the port follows the service's, and would undo a NAT
    // server's own port set before it.
    const ForwardingMethod method =
        server.forwarding == ForwardingMethod::Local ? ForwardingMethod::DirectRouting : server.forwarding;
    m_forwarding->setCurrentIndex(m_forwarding->findData(int(method)));
    m_port->setValue(server.port);
    m_weight->setValue(int(server.weight));
    m_upper->setValue(int(server.upperThreshold));
    m_lower->setValue(int(server.lowerThreshold));
    m_tunnelType->setCurrentIndex(m_tunnelType->findData(int(server.tunnelType)));
    m_tunnelPort->setValue(server.tunnelPort);
    m_checksum->setCurrentIndex(m_checksum->findData(int(server.tunnelChecksum)));
    update();
}

RealServer RealServerDialog::realServer() const
{
    RealServer server;
    server.address = IpAddress::parse(m_address->text().trimmed()).value_or(IpAddress());
    server.port = std::uint16_t(m_port->value());
    server.forwarding = ForwardingMethod(m_forwarding->currentData().toInt());
    server.weight = std::uint32_t(m_weight->value());
    server.upperThreshold = std::uint32_t(m_upper->value());
    server.lowerThreshold = std::uint32_t(m_lower->value());
    if (server.forwarding == ForwardingMethod::Tunnelling) {
        server.tunnelType = TunnelType(m_tunnelType->currentData().toInt());
        server.tunnelPort = std::uint16_t(m_tunnelPort->value());
        server.tunnelChecksum = TunnelChecksum(m_checksum->currentData().toInt());
    }
    return server;
}

bool RealServerDialog::isValid() const
{
    return m_messages.isEmpty();
}

QStringList RealServerDialog::messages() const
{
    return m_messages;
}

void RealServerDialog::update()
{
    const RealServer entered = realServer();
    const bool tunnelling = entered.forwarding == ForwardingMethod::Tunnelling;
    m_tunnelRow->setVisible(tunnelling);
    m_tunnelPort->setEnabled(entered.tunnelType == TunnelType::Gue);
    // DR and tunnelling keep the service's port; only NAT may map to another.
    const bool portFree = entered.forwarding == ForwardingMethod::Masquerading || m_service.isFirewallMark();
    if (!portFree && m_port->value() != m_service.port)
        m_port->setValue(m_service.port);
    m_port->setEnabled(portFree);

    QList<ValidationIssue> issues;
    const QString text = m_address->text().trimmed();
    if (text.isEmpty())
        issues.append({Field::Address, tr("real server: no address yet")});
    else if (entered.address.isNull())
        issues.append({Field::Address, tr("real server: '%1' is not an IPv4 or IPv6 address").arg(text)});
    else
        issues = Validation::checkRealServer(m_service, entered);
    m_errors.show(issues);
    m_messages.clear();
    for (const ValidationIssue &issue : std::as_const(issues))
        m_messages.append(issue.message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_messages.isEmpty());
}
