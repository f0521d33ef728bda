// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorybackend.h"

#include "dbuserrors.h"
#include "planner.h"
#include "tablegeneration.h"

#include <QTimer>

MemoryBackend::MemoryBackend(const IpvsTable &table, QObject *parent)
    : Backend(parent)
    , m_table(table)
{
    if (!m_table.timeouts)
        m_table.timeouts = Timeouts{};
}

QString MemoryBackend::description() const
{
    return tr("offline table (no kernel)");
}

void MemoryBackend::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    // Answer from the event loop, as a real backend does.
    QTimer::singleShot(0, this, [this] {
        m_refreshing = false;
        Q_EMIT tableRead(m_table, TableGeneration::of(m_table));
    });
}

void MemoryBackend::apply(std::uint64_t generation, const QList<TableChange> &changes, bool)
{
    QTimer::singleShot(0, this, [this, generation, changes] {
        if (generation != TableGeneration::of(m_table)) {
            Q_EMIT applyFailed(DBusErrors::conflict, tr("the table was changed by someone else since it was read"));
            return;
        }
        IpvsTable result = m_table;
        const QStringList refusals = Planner::apply(result, changes);
        if (!refusals.isEmpty()) {
            Q_EMIT applyFailed(DBusErrors::kernelError, refusals.join(QStringLiteral("; ")));
            return;
        }
        m_table = result;
        Q_EMIT applied(TableGeneration::of(m_table));
    });
}

void MemoryBackend::readBootFile()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT bootFileRead(m_bootFile.read()); });
}

void MemoryBackend::saveBootFile(bool)
{
    QTimer::singleShot(0, this, [this] { Q_EMIT bootFileSaved(m_bootFile.save(m_table)); });
}

void MemoryBackend::readSysctls()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT sysctlsRead(m_sysctls.values()); });
}

void MemoryBackend::setSysctl(const QString &name, const QString &value, bool, bool)
{
    QTimer::singleShot(0, this, [this, name, value] {
        const QString refused = m_sysctls.set(name, value);
        if (!refused.isEmpty())
            Q_EMIT kernelSettingFailed(QString(), refused);
        else
            Q_EMIT sysctlSet(name, m_sysctls.values().value(name));
    });
}

void MemoryBackend::startSyncDaemon(const SyncDaemon &daemon, bool)
{
    QTimer::singleShot(0, this, [this, daemon] {
        QList<SyncDaemon> daemons = m_table.syncDaemons;
        for (const SyncDaemon &running : std::as_const(daemons)) {
            if (running.role == daemon.role) {
                Q_EMIT kernelSettingFailed(QString(), tr("a %1 sync daemon is already running")
                                               .arg(daemon.role == SyncDaemon::Role::Master ? tr("master") : tr("backup")));
                return;
            }
        }
        daemons.append(daemon);
        m_table.syncDaemons = daemons;
        Q_EMIT syncDaemonsChanged();
    });
}

void MemoryBackend::stopSyncDaemon(SyncDaemon::Role role, bool)
{
    QTimer::singleShot(0, this, [this, role] {
        QList<SyncDaemon> daemons = m_table.syncDaemons;
        daemons.removeIf([role](const SyncDaemon &running) { return running.role == role; });
        m_table.syncDaemons = daemons;
        Q_EMIT syncDaemonsChanged();
    });
}
