// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QAction;
namespace PolkitQt1::Gui {
class Action;
}

/**
 * The toolbar's lock, as in firewall-config and KDE's system settings: whether polkit
 * lets this user change the IPVS table now (org.lvsstudio.modify for this process), and
 * a click that asks for the password ahead of Apply. polkit keeps the answer a few
 * minutes (auth_admin_keep), and the helper's check finds it. The lock asks polkit when
 * it is made, when polkit's configuration changes, when clicked and after an apply;
 * never on the refresh poll.
 */
class AuthorizationLock : public QObject
{
    Q_OBJECT
public:
    explicit AuthorizationLock(QObject *parent = nullptr);
    ~AuthorizationLock() override;

    QAction *action() const;
    bool isUnlocked() const;
    /// Asks polkit again without any dialog (an apply may have just authenticated).
    void recheck();

Q_SIGNALS:
    void changed();

private:
    void unlock();

    PolkitQt1::Gui::Action *m_action;
    bool m_asking = false;
};
