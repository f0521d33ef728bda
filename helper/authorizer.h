// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <functional>

/// The polkit actions of LVS Studio (resources/polkit/org.lvsstudio.policy).
namespace Actions {
inline const QString read = QStringLiteral("org.lvsstudio.read");
inline const QString modify = QStringLiteral("org.lvsstudio.modify");
inline const QString sysctl = QStringLiteral("org.lvsstudio.sysctl");
inline const QString persist = QStringLiteral("org.lvsstudio.persist");
inline const QString lab = QStringLiteral("org.lvsstudio.lab");
}

/**
 * Decides whether the caller on the bus may perform an action. Asynchronous: the answer
 * arrives through the callback, possibly after the user typed a password, and the
 * helper's event loop keeps serving other callers meanwhile.
 */
class Authorizer
{
public:
    struct Decision {
        bool allowed = false;
        QString reason; ///< why not, for the error reply
    };
    using Callback = std::function<void(const Decision &)>;

    virtual ~Authorizer() = default;
    /// busName: the caller's unique bus name (":1.42"), never a PID.
    virtual void authorize(const QString &action, const QString &busName, bool interactive, Callback callback) = 0;
    /// Checks started and not yet answered (the helper does not exit while any is).
    virtual int pendingChecks() const = 0;
};
