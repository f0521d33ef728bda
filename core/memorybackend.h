// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "backend.h"
#include "kernelsettings.h"

/**
 * A table held in memory, with the kernel's rules for changes and the helper's
 * transactional Apply, but no traffic: for editing and converting files without a
 * kernel, and the ground the simulated kernel stands on.
 */
class MemoryBackend : public Backend
{
    Q_OBJECT
public:
    explicit MemoryBackend(const IpvsTable &table = {}, QObject *parent = nullptr);

    QString description() const override;
    bool isReal() const override { return false; }
    void refresh() override;
    void apply(std::uint64_t generation, const QList<TableChange> &changes, bool interactive) override;
    bool isRefreshing() const override { return m_refreshing; }
    void readBootFile() override;
    void saveBootFile(bool interactive) override;
    void readSysctls() override;
    void setSysctl(const QString &name, const QString &value, bool persist, bool interactive) override;
    void startSyncDaemon(const SyncDaemon &daemon, bool interactive) override;
    void stopSyncDaemon(SyncDaemon::Role role, bool interactive) override;

    const IpvsTable &table() const { return m_table; }
    /// Changes the table behind the window's back, as ipvsadm would.
    void setTable(const IpvsTable &table) { m_table = table; }
    /// Pretends keepalived (or another manager) is running.
    using Backend::setTableManagers;

private:
    IpvsTable m_table;
    bool m_refreshing = false;
    InMemoryBootFile m_bootFile;
    InMemorySysctls m_sysctls;
};
