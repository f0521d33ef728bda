// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fielderrors.h"
#include "virtualservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QWidget;

/// Adds or edits a real server of one service; tunnel options only for tunnelling.
class RealServerDialog : public QDialog
{
    Q_OBJECT
public:
    /// The service the real server belongs to decides what is valid (family, port ...).
    explicit RealServerDialog(const VirtualService &service, QWidget *parent = nullptr);

    void setRealServer(const RealServer &server);
    RealServer realServer() const;
    bool isValid() const;
    QStringList messages() const;

private:
    void update();

    VirtualService m_service;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QComboBox *m_forwarding;
    QSpinBox *m_weight;
    QSpinBox *m_upper;
    QSpinBox *m_lower;
    QComboBox *m_tunnelType;
    QSpinBox *m_tunnelPort;
    QComboBox *m_checksum;
    QWidget *m_tunnelRow;
    QDialogButtonBox *m_buttons;
    FieldErrors m_errors;
    QStringList m_messages;
};
