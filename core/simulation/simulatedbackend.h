// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "backend.h"
#include "kernelsettings.h"
#include "simulatedkernel.h"
#include "trafficgenerator.h"

#include <QElapsedTimer>
#include <QTimer>

/**
 * The window's backend when there is no helper (or --demo): the simulated kernel,
 * driven in real time by the traffic generator, so counts and rates move as on a
 * busy director. Changes go through the same generation check and all-or-nothing
 * Apply as the helper's.
 */
class SimulatedBackend : public Backend
{
    Q_OBJECT
public:
    explicit SimulatedBackend(QObject *parent = nullptr);

    /// The how-to's NAT table with traffic already flowing for a minute (--demo).
    static IpvsTable demoTable();
    /// Loads a table as if it had been restored; false and the reasons if refused.
    bool load(const IpvsTable &table, QStringList *refusals = nullptr);
    /// Starts or stops the traffic; the simulated clock runs either way.
    void setTrafficRunning(bool running);
    bool isTrafficRunning() const { return m_trafficRunning; }
    /// Runs the traffic for this long at once, as if that much time had passed; with a
    /// `readEveryMs`, the table is read (tableRead) at that pace along the way, so a
    /// window gets the minute's history for its charts.
    void warmUp(std::int64_t ms, std::int64_t readEveryMs = 0);

    TrafficGenerator &traffic() { return m_traffic; }
    SimulatedKernel &kernel() { return m_kernel; }

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
    qint64 nowMs() const override { return m_kernel.now(); }
    void readConnections() override;

Q_SIGNALS:
    /// A few of the new connections, with the scheduler's reason, for the teaching views
    /// (at most a handful per tick however busy the traffic).
    void connectionScheduled(const ServiceKey &service, const IpAddress &client, const IpAddress &server,
                             std::uint16_t serverPort, const QString &why);

private:
    void tick();

    SimulatedKernel m_kernel;
    TrafficGenerator m_traffic;
    QTimer m_clock;
    QElapsedTimer m_wallClock;
    std::int64_t m_offsetMs = 0; // simulated time ahead of the wall clock (warm-up)
    bool m_trafficRunning = true;
    bool m_refreshing = false;
    InMemoryBootFile m_bootFile;
    InMemorySysctls m_sysctls;
};
