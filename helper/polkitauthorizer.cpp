// SPDX-License-Identifier: GPL-2.0-or-later
#include "polkitauthorizer.h"

#include <polkitqt1-authority.h>
#include <polkitqt1-subject.h>

using PolkitQt1::Authority;

PolkitAuthorizer::PolkitAuthorizer(QObject *parent)
    : QObject(parent)
    , m_authority(Authority::instance())
{
    connect(m_authority, &Authority::checkAuthorizationFinished, this,
            [this](Authority::Result result) { finished(int(result)); });
}

void PolkitAuthorizer::authorize(const QString &action, const QString &busName, bool interactive, Callback callback)
{
    m_queue.enqueue({action, busName, interactive, std::move(callback)});
    if (!m_checking)
        startNext();
}

int PolkitAuthorizer::pendingChecks() const
{
    return int(m_queue.size());
}

void PolkitAuthorizer::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_checking = true;
    const Request &request = m_queue.head();
    const auto flags = request.interactive ? Authority::AllowUserInteraction : Authority::None;
    m_authority->checkAuthorization(request.action, PolkitQt1::SystemBusNameSubject(request.busName), flags);
}

void PolkitAuthorizer::finished(int result)
{
    if (m_queue.isEmpty())
        return;
    const Request request = m_queue.dequeue();
    m_checking = false;

    Decision decision;
    if (result == Authority::Yes) {
        decision.allowed = true;
    } else if (m_authority->hasError()) {
        decision.reason = QStringLiteral("polkit could not check %1: %2").arg(request.action, m_authority->errorDetails());
        m_authority->clearError();
    } else if (result == Authority::Challenge) {
        decision.reason = QStringLiteral("%1 needs authentication, and interaction was not allowed").arg(request.action);
    } else {
        decision.reason = QStringLiteral("not authorized for %1").arg(request.action);
    }
    request.callback(decision);
    startNext();
}
