// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "authorizer.h"

#include <QObject>
#include <QQueue>

namespace PolkitQt1 {
class Authority;
}

/**
 * Asks polkit (PolkitQt6-1) about the caller's system-bus name. PolkitQt's finished
 * signal carries no request id, so checks run one at a time from a queue; an Authority
 * error is sticky until cleared, so it is cleared after each failed check.
 */
class PolkitAuthorizer : public QObject, public Authorizer
{
    Q_OBJECT
public:
    explicit PolkitAuthorizer(QObject *parent = nullptr);

    void authorize(const QString &action, const QString &busName, bool interactive, Callback callback) override;
    int pendingChecks() const override;

private:
    struct Request {
        QString action;
        QString busName;
        bool interactive;
        Callback callback;
    };
    void startNext();
    void finished(int result);

    PolkitQt1::Authority *m_authority;
    QQueue<Request> m_queue;
    bool m_checking = false;
};
