// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootfile.h"
#include "connectiontable.h"
#include "syncdaemon.h"
#include "ipvstable.h"
#include "tablechange.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

/**
 * Where the window's table lives: the kernel through the helper, or the simulated
 * kernel. Every call is asynchronous and answers with a signal, so the window never
 * blocks, and a refresh that has not answered yet makes the next one a no-op.
 */
class Backend : public QObject
{
    Q_OBJECT
public:
    explicit Backend(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_clock.start();
    }

    /// The backend's monotonic clock in milliseconds, by which its tables are read:
    /// rates and charts are measured on it. The simulated kernel's runs ahead by its
    /// warm-up.
    virtual qint64 nowMs() const { return m_clock.elapsed(); }

    /// For the status bar: "helper 0.1.0, IPVS 1.2.1" or "simulated kernel".
    virtual QString description() const = 0;
    /// Whether changes go to a real kernel.
    virtual bool isReal() const = 0;

    /// Reads the table; answers with tableRead or refreshFailed. Ignored while a read is under way.
    virtual void refresh() = 0;
    /// Applies a batch as one transaction; answers with applied or applyFailed.
    /// interactive: polkit may ask for a password (a user action, never the poll).
    virtual void apply(std::uint64_t generation, const QList<TableChange> &changes, bool interactive) = 0;
    /// Whether a refresh is under way.
    virtual bool isRefreshing() const = 0;
    /// Reads the connection table (as ipvsadm -Lnc); answers with connectionsRead or
    /// connectionsFailed. A table in memory has no traffic, hence no connections.
    virtual void readConnections()
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT connectionsRead({}, 0); });
    }
    /// Reads the boot file; answers with bootFileRead or bootFileFailed.
    virtual void readBootFile() = 0;
    /// "Runtime to Boot": writes the live table into the boot file; answers with
    /// bootFileSaved or bootFileFailed. interactive: polkit may ask for a password.
    virtual void saveBootFile(bool interactive) = 0;
    /// Reads forwarding and the net.ipv4.vs.* settings; answers with sysctlsRead or
    /// kernelSettingFailed.
    virtual void readSysctls() = 0;
    /// Sets one (persist: also in /etc/sysctl.d); answers with sysctlSet or kernelSettingFailed.
    virtual void setSysctl(const QString &name, const QString &value, bool persist, bool interactive) = 0;
    /// Starts or stops a connection sync daemon; answers with syncDaemonsChanged (the
    /// next table read lists it) or kernelSettingFailed.
    virtual void startSyncDaemon(const SyncDaemon &daemon, bool interactive) = 0;
    virtual void stopSyncDaemon(SyncDaemon::Role role, bool interactive) = 0;
    /// Running daemons that rewrite the table on their own (keepalived, ldirectord,
    /// kube-proxy): edits made beside them are undone at their next sync.
    QStringList tableManagers() const { return m_tableManagers; }

    /// A batch a stopped helper left half made (the helper's BatchRecord): answers with
    /// interruptedBatchFound when there is one. A table in memory has no helper to stop.
    virtual void checkInterruptedBatch() { }
    /// Puts back what that batch touched, or forgets it and keeps the table; answers with
    /// interruptedBatchResolved or interruptedBatchFailed. interactive: as for apply.
    virtual void rollBackInterruptedBatch(bool interactive) { Q_UNUSED(interactive) }
    virtual void forgetInterruptedBatch(bool interactive) { Q_UNUSED(interactive) }

Q_SIGNALS:
    void tableRead(const IpvsTable &table, std::uint64_t generation);
    void refreshFailed(const QString &errorName, const QString &message);
    void applied(std::uint64_t generation);
    void applyFailed(const QString &errorName, const QString &message);
    void tableManagersChanged(const QStringList &managers);
    /// description: the batch and why it stopped; differences: the items it touched
    /// that are not as before it (empty: all are).
    void interruptedBatchFound(const QString &description, const QStringList &differences);
    void interruptedBatchResolved();
    void interruptedBatchFailed(const QString &errorName, const QString &message);
    /// `entries` of the `total` the kernel holds (a table of millions is read in part).
    void connectionsRead(const QList<ConnectionEntry> &entries, quint64 total);
    void connectionsFailed(const QString &errorName, const QString &message);
    void bootFileRead(const BootFile &file);
    void bootFileSaved(const QString &path);
    void bootFileFailed(const QString &errorName, const QString &message);
    void sysctlsRead(const QMap<QString, QString> &values);
    void sysctlSet(const QString &name, const QString &value);
    void syncDaemonsChanged();
    /// errorName: the helper's D-Bus error (DBusErrors); empty from the in-memory kernels.
    void kernelSettingFailed(const QString &errorName, const QString &message);

protected:
    void setTableManagers(const QStringList &managers)
    {
        if (managers == m_tableManagers)
            return;
        m_tableManagers = managers;
        Q_EMIT tableManagersChanged(managers);
    }

private:
    QElapsedTimer m_clock;
    QStringList m_tableManagers;
};
