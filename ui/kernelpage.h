// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QMap>
#include <QWidget>

class Backend;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

/**
 * The Kernel page: forwarding and every net.ipv4.vs.* setting with its default and what
 * it does, changed on the spot (and kept in /etc/sysctl.d when asked); presets others
 * rely on, with why; the three timeouts (a pending change, like any table edit); and the
 * connection sync daemons.
 */
class KernelPage : public QWidget
{
    Q_OBJECT
public:
    explicit KernelPage(Backend *backend, QWidget *parent = nullptr);

    /// The kernel's table, after each refresh: its timeouts and sync daemons.
    void setLiveTable(const IpvsTable &live);
    void reload();
    /// Sets a value through the backend (also kept across reboots if that box is ticked).
    void setValue(const QString &name, const QString &value);
    /// Sets every value of the preset at this index of KernelSettings::presets().
    void applyPreset(int index);

    QMap<QString, QString> values() const { return m_values; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    /// The user set the timeouts: they go to the pending changes.
    void timeoutsRequested(const Timeouts &timeouts);
    void valuesShown();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showValues(const QMap<QString, QString> &values);
    void showDaemons();

    Backend *m_backend;
    QMap<QString, QString> m_values;
    IpvsTable m_live;
    bool m_filling = false;
    QTableWidget *m_table;
    QCheckBox *m_persist;
    QComboBox *m_presets;
    QLabel *m_presetWhy;
    QSpinBox *m_tcp;
    QSpinBox *m_tcpFin;
    QSpinBox *m_udp;
    QLabel *m_daemons;
    QLineEdit *m_interface;
    QSpinBox *m_syncId;
};
