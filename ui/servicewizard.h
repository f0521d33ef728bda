// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "realserversetup.h"

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

/**
 * "New service on this director": the forwarding method, the VIP, the scheduler and
 * persistence, the real servers, then what the director and the real servers need
 * outside IPVS (sysctls, the VIP on a device, DR's ARP settings), per operating system.
 * Every page shows the commands its choices equal; a page with a mistake says which and
 * keeps Next disabled. Prefilled with the how-to's DR network (section 3).
 *
 * The wizard changes nothing itself: service() is the result once accepted, which the
 * window adds as one pending edit (see EditSession::addService), applied with the rest.
 */
class ServiceWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ServicePage, ServersPage, DirectorPage, RealServerSetupPage, SummaryPage };

    /// `table`: the director's table as edited now, which the new service must not clash with.
    explicit ServiceWizard(const IpvsTable &table, QWidget *parent = nullptr);

    /// The service with its real servers, as the pages say now.
    VirtualService service() const;
    /// What keeps `page` from going on, one sentence each; empty when Next is possible.
    QStringList problems(int page) const;
    /// The commands `page` shows now.
    QString commandsShown(int page) const;

    // The fields, for tests.
    QButtonGroup *methodButtons() const { return m_methods; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *schedulerBox() const { return m_scheduler; }
    QComboBox *systemBox() const { return m_system; }
    QTableWidget *serversTable() const { return m_servers; }
    QString explanationShown(int page) const;

private:
    QWizardPage *createServicePage();
    QWizardPage *createServersPage();
    QWizardPage *createDirectorPage();
    QWizardPage *createRealServerSetupPage();
    QWizardPage *createSummaryPage();
    void addServerRow(const QString &address, int port, int weight);
    void methodChosen();
    void update();
    /// The real-server setup's options from the director and setup pages' fields.
    RealServerSetup::Options setupOptions(QStringList &directorMistakes, QStringList &setupMistakes) const;
    ForwardingMethod method() const;

    IpvsTable m_table;
    ForwardingMethod m_lastMethod;
    bool m_updating = false;

    QButtonGroup *m_methods = nullptr;
    QLabel *m_methodText = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_scheduler = nullptr;
    QLabel *m_schedulerText = nullptr;
    QCheckBox *m_persistent = nullptr;
    QSpinBox *m_timeout = nullptr;
    QTableWidget *m_servers = nullptr;
    QLineEdit *m_directorInterface = nullptr;
    QLineEdit *m_directorAddress = nullptr;
    QLabel *m_directorText = nullptr;
    QComboBox *m_system = nullptr;
    QLineEdit *m_gateway = nullptr;
    QLabel *m_setupText = nullptr;

    // Per page: its commands and its problems.
    QHash<int, QPlainTextEdit *> m_commands;
    QHash<int, QLabel *> m_problemLabels;
    QHash<int, QStringList> m_problems;
};
