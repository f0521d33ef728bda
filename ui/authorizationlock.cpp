// SPDX-License-Identifier: GPL-2.0-or-later
#include "authorizationlock.h"

#include <PolkitQt1/Authority>
#include <PolkitQt1/Gui/Action>
#include <PolkitQt1/Subject>

#include <QCoreApplication>
#include <QIcon>

namespace {
const QString modifyAction = QStringLiteral("org.lvsstudio.modify");
}

AuthorizationLock::AuthorizationLock(QObject *parent)
    : QObject(parent)
    , m_action(new PolkitQt1::Gui::Action(modifyAction, this))
{
    using PolkitQt1::Gui::Action;
    m_action->setObjectName(QStringLiteral("lock"));
    m_action->setText(tr("Unlocked"), Action::Yes);
    m_action->setToolTip(tr("You may change the IPVS table now."), Action::Yes);
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("object-unlocked")), Action::Yes);
    m_action->setText(tr("Unlock…"), Action::Auth);
    m_action->setToolTip(tr("Changes need an administrator's password: click to give it now, or Apply will ask."),
                         Action::Auth);
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("object-locked")), Action::Auth);
    m_action->setText(tr("Locked"), Action::No);
    m_action->setToolTip(tr("polkit does not allow you to change the IPVS table; you can still look."), Action::No);
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("object-locked")), Action::No);
    m_action->setEnabled(false, Action::No);
    // Action's own "activate" only reports the state; the asking is ours.
    connect(m_action, &QAction::triggered, this, &AuthorizationLock::unlock);
    connect(m_action, &Action::dataChanged, this, &AuthorizationLock::changed);
}

AuthorizationLock::~AuthorizationLock() = default;

QAction *AuthorizationLock::action() const
{
    return m_action;
}

bool AuthorizationLock::isUnlocked() const
{
    return m_action->isAllowed();
}

void AuthorizationLock::recheck()
{
    // Setting the same action id makes it ask polkit again, without interaction.
    m_action->setPolkitAction(modifyAction);
}

void AuthorizationLock::unlock()
{
    if (isUnlocked() || m_asking)
        return;
    m_asking = true;
    PolkitQt1::Authority *authority = PolkitQt1::Authority::instance();
    connect(authority, &PolkitQt1::Authority::checkAuthorizationFinished, this,
            [this, authority](PolkitQt1::Authority::Result) {
                disconnect(authority, &PolkitQt1::Authority::checkAuthorizationFinished, this, nullptr);
                m_asking = false;
                recheck();
            });
    authority->checkAuthorization(modifyAction, PolkitQt1::UnixProcessSubject(QCoreApplication::applicationPid()),
                                  PolkitQt1::Authority::AllowUserInteraction);
}
