// SPDX-License-Identifier: GPL-2.0-or-later
#include "simulatedbackend.h"

#include "dbuserrors.h"
#include "planner.h"
#include "tablegeneration.h"
#include "tablereader.h"

namespace {
// The clock's step: often enough for smooth animation, rarely enough to cost nothing.
constexpr int tickMs = 100;
// Connections shown per tick: the teaching views follow a few, not a flood.
constexpr int explainedPerTick = 3;
}

SimulatedBackend::SimulatedBackend(QObject *parent)
    : Backend(parent)
    , m_traffic(m_kernel)
{
    m_clock.setInterval(tickMs);
    connect(&m_clock, &QTimer::timeout, this, &SimulatedBackend::tick);
    m_wallClock.start();
    m_clock.start();
}

IpvsTable SimulatedBackend::demoTable()
{
    // The how-to's Listing 1 (VS/NAT, wlc, four real servers), and a DNS service beside
    // it so that UDP's entries, inactive all their lives, show too.
    const QString script = QStringLiteral(
        "ipvsadm -A -t 192.168.10.254:80 -s wlc\n"
        "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.160:80 -m\n"
        "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.170:80 -m\n"
        "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.180:80 -m\n"
        "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.254:80 -m\n"
        "ipvsadm -A -u 192.168.10.254:53 -s rr\n"
        "ipvsadm -a -u 192.168.10.254:53 -r 192.168.0.160:53 -m\n"
        "ipvsadm -a -u 192.168.10.254:53 -r 192.168.0.170:53 -m\n");
    return TableReader::read(script, QStringLiteral("demo")).table;
}

bool SimulatedBackend::load(const IpvsTable &table, QStringList *refusals)
{
    const QList<TableChange> changes = Planner::plan(m_kernel.configuration(), table);
    const QStringList reasons = m_kernel.apply(changes);
    if (refusals)
        *refusals = reasons;
    return reasons.isEmpty();
}

void SimulatedBackend::setTrafficRunning(bool running)
{
    m_trafficRunning = running;
}

void SimulatedBackend::warmUp(std::int64_t ms, std::int64_t readEveryMs)
{
    m_offsetMs += ms;
    const std::int64_t end = m_kernel.now() + ms;
    if (readEveryMs > 0) {
        for (std::int64_t at = m_kernel.now() + readEveryMs; at < end; at += readEveryMs) {
            m_traffic.run(at);
            Q_EMIT tableRead(m_kernel.table(), TableGeneration::of(m_kernel.configuration()));
        }
    }
    m_traffic.run(end);
}

QString SimulatedBackend::description() const
{
    return tr("simulated kernel");
}

void SimulatedBackend::tick()
{
    const std::int64_t target = m_wallClock.elapsed() + m_offsetMs;
    if (!m_trafficRunning) {
        m_kernel.advanceTo(target);
        return;
    }
    QList<TrafficGenerator::Arrival> shown;
    m_traffic.run(target, [&shown](const TrafficGenerator::Arrival &arrival) {
        if (!arrival.why.isEmpty())
            shown.append(arrival);
    }, explainedPerTick);
    const QList<VirtualService> &services = m_kernel.configuration().services;
    for (const TrafficGenerator::Arrival &arrival : std::as_const(shown)) {
        if (!arrival.opened.scheduled || arrival.serviceIndex >= services.size())
            continue;
        Q_EMIT connectionScheduled(services.at(arrival.serviceIndex).key(), arrival.client,
                                   arrival.opened.server->address, arrival.opened.server->port, arrival.why);
    }
}

void SimulatedBackend::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    // Answer from the event loop, as a real backend does.
    QTimer::singleShot(0, this, [this] {
        m_refreshing = false;
        Q_EMIT tableRead(m_kernel.table(), TableGeneration::of(m_kernel.configuration()));
    });
}

void SimulatedBackend::readConnections()
{
    QTimer::singleShot(0, this, [this] {
        const QList<ConnectionEntry> entries = m_kernel.connectionEntries();
        Q_EMIT connectionsRead(entries, quint64(entries.size()));
    });
}

void SimulatedBackend::apply(std::uint64_t generation, const QList<TableChange> &changes, bool)
{
    QTimer::singleShot(0, this, [this, generation, changes] {
        if (generation != TableGeneration::of(m_kernel.configuration())) {
            Q_EMIT applyFailed(DBusErrors::conflict, tr("the table was changed by someone else since it was read"));
            return;
        }
        const QStringList refusals = m_kernel.apply(changes);
        if (!refusals.isEmpty()) {
            Q_EMIT applyFailed(DBusErrors::kernelError, refusals.join(QStringLiteral("; ")));
            return;
        }
        Q_EMIT applied(TableGeneration::of(m_kernel.configuration()));
    });
}

void SimulatedBackend::readBootFile()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT bootFileRead(m_bootFile.read()); });
}

void SimulatedBackend::saveBootFile(bool)
{
    QTimer::singleShot(0, this, [this] { Q_EMIT bootFileSaved(m_bootFile.save(m_kernel.table())); });
}

void SimulatedBackend::readSysctls()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT sysctlsRead(m_sysctls.values()); });
}

void SimulatedBackend::setSysctl(const QString &name, const QString &value, bool, bool)
{
    QTimer::singleShot(0, this, [this, name, value] {
        const QString refused = m_sysctls.set(name, value);
        if (!refused.isEmpty())
            Q_EMIT kernelSettingFailed(QString(), refused);
        else
            Q_EMIT sysctlSet(name, m_sysctls.values().value(name));
    });
}

void SimulatedBackend::startSyncDaemon(const SyncDaemon &daemon, bool)
{
    QTimer::singleShot(0, this, [this, daemon] {
        QList<SyncDaemon> daemons = m_kernel.configuration().syncDaemons;
        for (const SyncDaemon &running : std::as_const(daemons)) {
            if (running.role == daemon.role) {
                Q_EMIT kernelSettingFailed(QString(), tr("a %1 sync daemon is already running")
                                               .arg(daemon.role == SyncDaemon::Role::Master ? tr("master") : tr("backup")));
                return;
            }
        }
        daemons.append(daemon);
        m_kernel.setSyncDaemons(daemons);
        Q_EMIT syncDaemonsChanged();
    });
}

void SimulatedBackend::stopSyncDaemon(SyncDaemon::Role role, bool)
{
    QTimer::singleShot(0, this, [this, role] {
        QList<SyncDaemon> daemons = m_kernel.configuration().syncDaemons;
        daemons.removeIf([role](const SyncDaemon &running) { return running.role == role; });
        m_kernel.setSyncDaemons(daemons);
        Q_EMIT syncDaemonsChanged();
    });
}
