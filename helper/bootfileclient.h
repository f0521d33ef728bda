// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <functional>

/**
 * The helper's side of org.lvsstudio.BootFile1: hands the boot file's new text to the
 * writer in its own unit (the helper's keeps /etc read-only) and answers later, so the
 * helper serves other callers while the writer is started and works.
 */
class BootFileClient : public QObject
{
    Q_OBJECT
public:
    /// Below the clients' call timeout (core/helperclient.cpp), so that a client never
    /// reports a failure for a file the writer replaced later.
    static constexpr int callTimeoutMs = 25 * 1000;
    /// `service` is the bus name; empty on a peer-to-peer connection (tests).
    BootFileClient(QDBusConnection bus, QString service = QStringLiteral("org.lvsstudio.BootFile1"),
                   QObject *parent = nullptr);

    /// Calls `done` once: with the path written, or with an error saying what went wrong.
    using Done = std::function<void(const QString &path, const QString &error)>;
    void write(const QString &rules, Done done);

private:
    QDBusConnection m_bus;
    QString m_service;
};
