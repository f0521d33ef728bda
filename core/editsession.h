// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "tablechange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

/**
 * The window's pending edits. Edits never go straight to the kernel: each user action
 * is kept as the changes it makes, replayed over every fresh table the backend reads,
 * so the counters stay live while edits wait. pending() is the planner's fewest
 * changes from the kernel's table to the edited one (an edit undone by a later one
 * costs nothing), each with its ipvsadm command for learners. Undo and redo work per
 * user action.
 *
 * Real-server states as HAProxy's admins know them: Ready, Drain (weight 0, the old
 * weight remembered; new connections stop, existing ones finish) and Maintenance
 * (removed from the kernel, remembered here to bring back).
 */
class EditSession : public QObject
{
    Q_OBJECT
public:
    enum class ServerState { Ready, Drain, Maintenance };
    Q_ENUM(ServerState)

    explicit EditSession(QObject *parent = nullptr);

    /// A fresh read from the backend.
    void setKernelTable(const IpvsTable &table, std::uint64_t generation);
    const IpvsTable &kernelTable() const { return m_kernel; }
    std::uint64_t generation() const { return m_generation; }

    /// The kernel's table with the edits applied; counters are the kernel's where the
    /// service or real server exists there.
    const IpvsTable &editedTable() const { return m_edited; }
    QList<TableChange> pending() const;
    bool hasPending() const { return !pending().isEmpty(); }
    /// Edits that no longer apply because the table changed under them (someone ran
    /// ipvsadm): their descriptions and the kernel's reasons.
    QStringList conflicts() const { return m_conflicts; }

    // Each returns the reasons it was refused (nothing is recorded then), or nothing.
    QStringList addService(const VirtualService &service);
    QStringList editService(const ServiceKey &key, const VirtualService &service);
    QStringList deleteService(const ServiceKey &key);
    QStringList addRealServer(const ServiceKey &key, const RealServer &server);
    QStringList editRealServer(const ServiceKey &key, const RealServer &server);
    QStringList deleteRealServer(const ServiceKey &key, const IpAddress &address, std::uint16_t port);
    QStringList setWeight(const ServiceKey &key, const IpAddress &address, std::uint16_t port, std::uint32_t weight);
    QStringList setServerState(const ServiceKey &key, const IpAddress &address, std::uint16_t port, ServerState state);
    /// Makes the edited table `table` (an import), as one action.
    QStringList replaceWith(const IpvsTable &table, const QString &description);
    ServerState serverState(const ServiceKey &key, const IpAddress &address, std::uint16_t port) const;
    /// Real servers in maintenance under this service (not in the kernel's table).
    QList<RealServer> maintenanceServers(const ServiceKey &key) const;
    /// The edited table plus the real servers in maintenance (at weight 0), for showing.
    IpvsTable tableWithMaintenance() const;
    /// Every draining or maintenance real server's state ("drain", "maintenance") by
    /// ServiceModel::serverId.
    QHash<QString, QString> serverStates() const;

    bool canUndo() const { return !m_edits.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoText() const;
    QString redoText() const;
    void undo();
    void redo();
    /// Drops every edit (Revert).
    void revert();
    /// The pending changes reached the kernel: the edits are done.
    void markApplied();

Q_SIGNALS:
    /// The edited table, the pending changes or the undo state changed.
    void changed();

private:
    struct Edit {
        QString description;
        QList<TableChange> changes;
        // Drain and maintenance remember what they replaced.
        QHash<QString, std::uint32_t> drainedWeights;
        QHash<QString, RealServer> maintenance;
    };
    QStringList record(const QString &description, const QList<TableChange> &changes, const Edit &extra = {});
    void rebuild();
    static QString serverId(const ServiceKey &key, const IpAddress &address, std::uint16_t port);

    IpvsTable m_kernel;
    std::uint64_t m_generation = 0;
    IpvsTable m_edited;
    QList<Edit> m_edits;
    QList<Edit> m_redo;
    QStringList m_conflicts;
    QHash<QString, std::uint32_t> m_drainedWeights; ///< applied ones and those of the edits
    QHash<QString, RealServer> m_maintenance;
    QHash<QString, std::uint32_t> m_appliedDrainedWeights; ///< from edits already applied
    QHash<QString, RealServer> m_appliedMaintenance;
};
