// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "authorizer.h"

#include <QList>
#include <QStringList>

#include <utility>

/// polkit for tests: says yes or no as told, records what it was asked, and can hold
/// its answers to show what happens while a check is pending.
class FakeAuthorizer : public Authorizer
{
public:
    bool allow = true;
    bool defer = false; ///< keep the answer until answerAll()
    QStringList asked;  ///< "action interactive|quiet"
    QList<Callback> held;

    void authorize(const QString &action, const QString &, bool interactive, Callback callback) override
    {
        asked.append(action + (interactive ? QStringLiteral(" interactive") : QStringLiteral(" quiet")));
        if (defer)
            held.append(std::move(callback));
        else
            callback({allow, allow ? QString() : QStringLiteral("not authorized for %1 (test)").arg(action)});
    }
    int pendingChecks() const override { return int(held.size()); }
    void answerAll()
    {
        const QList<Callback> callbacks = std::exchange(held, {});
        for (const Callback &callback : callbacks)
            callback({allow, {}});
    }
};
