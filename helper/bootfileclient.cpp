// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootfileclient.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

BootFileClient::BootFileClient(QDBusConnection bus, QString service, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_service(std::move(service))
{
}

void BootFileClient::write(const QString &rules, Done done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(m_service, QStringLiteral("/org/lvsstudio/BootFile1"),
                                                       QStringLiteral("org.lvsstudio.BootFile1"),
                                                       QStringLiteral("Write"));
    call << rules;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        const QDBusPendingReply<QString> reply = *watcher;
        if (reply.isError()) {
            const QDBusError error = reply.error();
            // The writer's own refusals say what was wrong; a failure to reach it names it.
            if (error.name().startsWith(QLatin1String("org.lvsstudio.")) || error.type() == QDBusError::InvalidArgs ||
                error.type() == QDBusError::AccessDenied)
                done({}, error.message());
            else
                done({}, QStringLiteral("the boot-file writer (org.lvsstudio.BootFile1) could not be used: %1 (%2)")
                             .arg(error.message(), error.name()));
            return;
        }
        done(reply.value(), {});
    });
}
