// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "labdescription.h"

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

/**
 * "Build a lab": the method, the scheduler, persistence and the real servers with their
 * weights, prefilled with the how-to's network; each page shows the ip, sysctl and
 * ipvsadm commands its choices equal, with why (translated). description() is the
 * result once accepted. With `simulatedOnly` (no helper or no IPVS here) the first
 * page says why and that the lab runs on the simulated kernel.
 */
class LabWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { MethodPage, ServersPage, SummaryPage };

    explicit LabWizard(const QString &simulatedBecause = {}, QWidget *parent = nullptr);

    /// What the pages say now.
    LabDescription description() const;
    /// The method page's buttons, the servers table's weight boxes, for tests.
    QButtonGroup *methodButtons() const { return m_methods; }
    QComboBox *schedulerBox() const { return m_scheduler; }
    QSpinBox *weightBox(int row) const;

private:
    QWizardPage *createMethodPage(const QString &simulatedBecause);
    QWizardPage *createServersPage();
    QWizardPage *createSummaryPage();
    void setServers(const QList<LabServer> &servers);
    void addServer();
    void removeServer();
    void updateCommands();
    static QString methodText(ForwardingMethod method);

    QButtonGroup *m_methods = nullptr;
    QLabel *m_methodText = nullptr;
    QPlainTextEdit *m_networkCommands = nullptr;
    QComboBox *m_scheduler = nullptr;
    QLabel *m_schedulerText = nullptr;
    QCheckBox *m_persistent = nullptr;
    QSpinBox *m_timeout = nullptr;
    QTableWidget *m_servers = nullptr;
    QPlainTextEdit *m_tableCommands = nullptr;
    QLabel *m_problems = nullptr;
    QPlainTextEdit *m_allCommands = nullptr;
};
