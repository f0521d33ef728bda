// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "backend.h"

#include <QDBusConnection>

#include <memory>

class Helper1Proxy;
class QDBusPendingCallWatcher;

/// The kernel's table through lvs-studio-helper on the system bus, asynchronously.
class HelperBackend : public Backend
{
    Q_OBJECT
public:
    /// objectPath and busName: the host's table, or a lab director's (the path
    /// org.lvsstudio.Lab1's CreateLab returns, on the bus name org.lvsstudio.Lab1).
    explicit HelperBackend(const QDBusConnection &bus = QDBusConnection::systemBus(), QObject *parent = nullptr,
                           const QString &objectPath = QStringLiteral("/org/lvsstudio/Helper1"),
                           const QString &busName = QStringLiteral("org.lvsstudio.Helper1"));
    ~HelperBackend() override;

    /// Whether the helper can be reached (activatable or running) on the bus.
    static bool isAvailable(const QDBusConnection &bus = QDBusConnection::systemBus());

    QString description() const override;
    bool isReal() const override { return true; }
    void refresh() override;
    void apply(std::uint64_t generation, const QList<TableChange> &changes, bool interactive) override;
    bool isRefreshing() const override { return m_refreshing; }
    void readConnections() override;
    void readBootFile() override;
    void saveBootFile(bool interactive) override;
    void readSysctls() override;
    void setSysctl(const QString &name, const QString &value, bool persist, bool interactive) override;
    void startSyncDaemon(const SyncDaemon &daemon, bool interactive) override;
    void stopSyncDaemon(SyncDaemon::Role role, bool interactive) override;
    void checkInterruptedBatch() override;
    void rollBackInterruptedBatch(bool interactive) override;
    void forgetInterruptedBatch(bool interactive) override;

private:
    void resolved(QDBusPendingCallWatcher *call);

    void checkTableManagers();

    std::unique_ptr<Helper1Proxy> m_proxy;
    int m_refreshesSinceManagerCheck = 0;
    QString m_description;
    bool m_refreshing = false;
    bool m_readingConnections = false;
};
