// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fielderrors.h"
#include "virtualservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QWidget;

/// Adds or edits a virtual service: every field of the model, only those that apply.
class ServiceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServiceDialog(QWidget *parent = nullptr);

    void setService(const VirtualService &service);
    /// The service as entered (its real servers are not this dialog's).
    VirtualService service() const;
    /// Whether OK is possible (nothing invalid).
    bool isValid() const;
    /// The messages shown now, for tests.
    QStringList messages() const;

private:
    void update();

    QComboBox *m_kind;       // address:port or firewall mark
    QComboBox *m_protocol;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QSpinBox *m_mark;
    QCheckBox *m_markIpv6;
    QStackedWidget *m_identity;
    QComboBox *m_scheduler;
    QLabel *m_schedulerHelp;
    QCheckBox *m_fallback;
    QCheckBox *m_hashPort;
    QWidget *m_flagsRow;
    QCheckBox *m_persistent;
    QSpinBox *m_timeout;
    QLineEdit *m_netmask;
    QWidget *m_persistenceRow;
    QComboBox *m_engine;
    QCheckBox *m_onePacket;
    QDialogButtonBox *m_buttons;
    FieldErrors m_errors;
    QStringList m_messages;
    bool m_addressOk = true;
    bool m_netmaskOk = true;
};
