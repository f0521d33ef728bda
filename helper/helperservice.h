// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "authorizer.h"
#include "batchrecord.h"
#include "bootconfig.h"
#include "dbustypes.h"
#include "ipvskernel.h"
#include "sysctls.h"

#include <QDBusContext>
#include <QDBusMessage>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

/**
 * The object behind /org/lvsstudio/Helper1: every method parses, validates with core's
 * validators (so nobody types a password for a request that will fail), asks polkit for
 * the method's action on behalf of the caller's bus name (asynchronously, with a delayed
 * reply), acts on the kernel, and replies. Method names and signatures follow
 * resources/dbus/org.lvsstudio.Helper1.xml, whose generated adaptor calls them.
 */
/// Where the helper finds the system's files (tests point them at directories of their own).
struct HelperPaths {
    QString sysctlRoot = QStringLiteral("/proc/sys");
    QString sysctlPersistFile = QStringLiteral("/etc/sysctl.d/90-lvs-studio.conf");
    QString bootConfig = BootConfig::defaultPath();
    QString procRoot = QStringLiteral("/proc"); ///< for /proc/net/ip_vs_conn and running daemons
    /// Where a batch under way is noted (BatchRecord); empty notes nothing. The installed
    /// helper sets BatchRecord::defaultDirectory(); a lab's table is not worth a note.
    QString runtimeDirectory;
};

class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT
public:
    HelperService(IpvsKernel &kernel, Authorizer &authorizer, const HelperPaths &paths = {}, QObject *parent = nullptr);

    /// Emitted when no call or check has been pending for idleTimeout.
    void setIdleTimeout(int milliseconds);
    /// A call has started and not been answered yet (its check or its work is under way).
    bool isBusy() const;
    /// Removes what a helper killed while writing the boot file or the persisted sysctls
    /// left beside them; returns the paths removed. Called once at start.
    QStringList removeLeftoverFiles() const;
    /// SaveBootConfig hands the file to `writer` (org.lvsstudio.BootFile1) instead of
    /// writing it: the helper's unit keeps /etc read-only.
    void writeBootFileThrough(BootFileClient *writer);
    /// Called once at start, with the bus name owned: a batch the previous helper was
    /// applying when it stopped becomes the interrupted batch. A line for the journal.
    std::optional<QString> adoptInterruptedBatch() const;

public Q_SLOTS:
    QString GetInfo(QString &ipvs_version, uint &connection_table_size);
    QByteArray GetTable(qulonglong &generation);
    QString GetTableWithInfo(QString &ipvs_version, uint &connection_table_size, QByteArray &snapshot,
                             qulonglong &generation);
    void AddService(const ServiceSpec &service, bool interactive);
    void EditService(const ServiceSpec &service, bool interactive);
    void DeleteService(const ServiceSpec &service, bool interactive);
    void AddRealServer(const ServiceSpec &service, const RealServerSpec &server, bool interactive);
    void EditRealServer(const ServiceSpec &service, const RealServerSpec &server, bool interactive);
    void DeleteRealServer(const ServiceSpec &service, const RealServerSpec &server, bool interactive);
    void SetTimeouts(const Timeouts &timeouts, bool interactive);
    qulonglong Apply(qulonglong generation, const QByteArray &changes, bool interactive);
    void ZeroCounters(bool interactive);
    void ZeroServiceCounters(const ServiceSpec &service, bool interactive);
    void Flush(bool interactive);
    void StartSyncDaemon(const SyncDaemonSpec &spec, bool interactive);
    void StopSyncDaemon(uchar role, bool interactive);
    QList<ConnectionEntry> GetConnections(const QString &virtual_address, ushort virtual_port,
                                          const QString &server_address, ushort server_port, qulonglong first,
                                          uint limit, qulonglong &matching);
    bool GetInterruptedBatch(QString &description, QStringList &differences);
    qulonglong RollBackInterruptedBatch(bool interactive);
    void ForgetInterruptedBatch(bool interactive);
    QStringList GetTableManagers();
    SysctlValues GetSysctls();
    void SetSysctl(const QString &name, const QString &value, bool persist, bool interactive);
    QString GetBootConfig(bool &exists, QString &text, QStringList &warnings, QString &debian_auto);
    QString SaveBootConfig(bool interactive);

Q_SIGNALS:
    /// Nothing happened for the idle timeout: the helper may exit.
    void idle();

private:
    /// The reply to send once authorized; built by the work function.
    using Work = std::function<QDBusMessage(const QDBusMessage &request)>;
    /// Work that answers later (it waits for another service): it calls `reply` once.
    using Reply = std::function<void(const QDBusMessage &answer)>;
    using LaterWork = std::function<void(const QDBusMessage &request, Reply reply)>;

    /// Delays the reply, checks `action` for the caller, then runs `work` and sends its reply.
    void authorizeThen(const QString &action, bool interactive, Work work);
    /// The same for several actions, asked in turn: all must be allowed.
    void authorizeThen(const QStringList &actions, bool interactive, Work work);
    void authorizeThenLater(const QStringList &actions, bool interactive, LaterWork work);
    void askInTurn(const QStringList &actions, int next, bool interactive, const QDBusMessage &request,
                   QDBusConnection bus, LaterWork work);
    /// One change, validated first, then authorized and applied.
    void changeOne(const TableChange &change, const QStringList &wireErrors, bool interactive);
    /// Append GetInfo's or GetTable's out arguments, or return the error reply.
    std::optional<QDBusMessage> readInfo(const QDBusMessage &request, QVariantList *arguments);
    std::optional<QDBusMessage> readTable(const QDBusMessage &request, QVariantList *arguments);
    QDBusMessage applyBatch(const QDBusMessage &request, const QDBusConnection &bus, qulonglong generation,
                            QList<TableChange> changes);
    void touch();

    IpvsKernel &m_kernel;
    Authorizer &m_authorizer;
    HelperPaths m_paths;
    Sysctls m_sysctls;
    BootConfig m_bootConfig;
    BatchRecord m_batchRecord;
    QTimer m_idleTimer;
    int m_running = 0; ///< calls between their start and their reply
    int m_connectionReads = 0; ///< GetConnections reading the file on the thread pool
    QHash<QString, int> m_connectionReadsBySender; ///< the same, by the caller's unique bus name
};
