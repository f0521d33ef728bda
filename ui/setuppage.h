// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "realserversetup.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

/**
 * The Real-Server Setup page: for the selected service, what the director and each real
 * server need besides IPVS (forwarding, the VIP on a non-ARP device, ARP sysctls, the
 * tunnel device, the default route), per operating system, as the how-to does it by
 * hand; each snippet with Copy, and all of them with Save.
 */
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);

    /// The service to set up, from the table the window shows.
    void setService(const std::optional<VirtualService> &service);
    /// The director's inside address the topology knows, if any (NAT's default router).
    void setDirectorAddress(const IpAddress &address);

    const RealServerSetup::Result &result() const { return m_result; }
    /// The snippet shown, and its text as Copy puts it on the clipboard.
    QString shownText() const;
    void selectSnippet(int index);
    void copyShown();
    /// Writes every snippet as one document, whole or not at all.
    bool saveAll(const QString &path, QString *error) const;

private:
    void regenerate();
    void showSnippet(int index);

    std::optional<VirtualService> m_service;
    RealServerSetup::Result m_result;
    QComboBox *m_target;
    QComboBox *m_system;
    QLineEdit *m_director;
    QLineEdit *m_gateway;
    QLabel *m_notes;
    QListWidget *m_snippets;
    QLabel *m_path;
    QPlainTextEdit *m_text;
};
