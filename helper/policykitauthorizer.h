// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "authorizer.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QHash>
#include <QObject>

class QDBusPendingCallWatcher;
class QTimer;

/**
 * Asks org.freedesktop.PolicyKit1 over QtDBus, one asynchronous CheckAuthorization call
 * per check, each with a cancellation id of its own, as systemd's
 * bus_verify_polkit_async does. Checks run side by side: one user's open password
 * dialog does not hold up anyone else. A check that polkit answers with an error, does
 * not answer in time, or whose caller leaves the bus ends that check alone: refused
 * (and cancelled in polkit), never the next one.
 *
 * Before asking, it bounds the work a caller can start: checks waiting per bus name, per
 * user and in all (see Limits); over a bound, the check is refused without asking.
 *
 * The helper does not use PolkitQt6-1's Authority here: it is one object for the
 * process with one finished signal and no request id, and it emits nothing at all when
 * a check ends in an error, which left every later caller waiting forever. The window
 * keeps PolkitQt6-1 for its lock, where one check at a time is what it wants.
 */
class PolicyKitAuthorizer : public QObject, public Authorizer
{
    Q_OBJECT
public:
    struct Limits {
        int perSender = 8; ///< checks waiting for one bus name (a client asks one at a time)
        int perUser = 32;  ///< for one uid, across its connections
        int total = 256;   ///< in all
        /// How long polkit may take. Below the clients' 120 s call timeout, so that a
        /// client never reports a failure for a change the helper then applies.
        int timeoutMs = 25 * 1000;
        int interactiveTimeoutMs = 110 * 1000; ///< a person typing a password
    };

    explicit PolicyKitAuthorizer(const QDBusConnection &bus, QObject *parent = nullptr);
    PolicyKitAuthorizer(const QDBusConnection &bus, const Limits &limits, QObject *parent = nullptr);
    ~PolicyKitAuthorizer() override;

    void authorize(const QString &action, const QString &busName, bool interactive, Callback callback) override;
    int pendingChecks() const override;

private:
    struct Check {
        QString action;
        QString busName;
        uint uid = 0;
        QString cancellationId;
        Callback callback;
        QDBusPendingCallWatcher *reply = nullptr;
        QTimer *timer = nullptr;
    };
    QString overLimit(const QString &busName, uint uid) const;
    void answered(quint64 id);
    void timedOut(quint64 id);
    void callerLeft(const QString &busName);
    /// Removes the check and gives its callback the decision; cancels it in polkit if asked.
    void finish(quint64 id, const Decision &decision, bool cancel);

    QDBusConnection m_bus;
    Limits m_limits;
    QHash<quint64, Check> m_checks;
    quint64 m_nextId = 1;
    QDBusServiceWatcher m_callers;
};
