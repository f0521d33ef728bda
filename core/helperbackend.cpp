// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperbackend.h"

#include "changebatch.h"
#include "dbuserrors.h"
#include "dbustypes.h"
#include "helper1proxy.h"
#include "tablesnapshot.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>

namespace {
const QString helperName = QStringLiteral("org.lvsstudio.Helper1");
}

HelperBackend::HelperBackend(const QDBusConnection &bus, QObject *parent, const QString &objectPath,
                             const QString &busName)
    : Backend(parent)
    , m_description(tr("helper (connecting)"))
{
    DBusTypes::registerTypes();
    m_proxy = std::make_unique<Helper1Proxy>(busName, objectPath, bus);
    // A person may need time to type a password for a change.
    m_proxy->setTimeout(120 * 1000);

    auto *watcher = new QDBusPendingCallWatcher(m_proxy->GetInfo(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<QString, QString, uint> reply = *call;
        if (reply.isValid())
            m_description = tr("helper %1, IPVS %2").arg(reply.argumentAt<0>(), reply.argumentAt<1>());
        else
            m_description = tr("helper unavailable: %1").arg(reply.error().message());
        call->deleteLater();
    });
}

HelperBackend::~HelperBackend() = default;

bool HelperBackend::isAvailable(const QDBusConnection &bus)
{
    const QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface)
        return false;
    const QDBusReply<QStringList> activatable = busInterface->activatableServiceNames();
    return busInterface->isServiceRegistered(helperName).value()
        || (activatable.isValid() && activatable.value().contains(helperName));
}

QString HelperBackend::description() const
{
    return m_description;
}

void HelperBackend::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->GetTable(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        m_refreshing = false;
        QDBusPendingReply<QByteArray, qulonglong> reply = *call;
        call->deleteLater();
        if (reply.isError()) {
            Q_EMIT refreshFailed(reply.error().name(), reply.error().message());
            return;
        }
        IpvsTable table;
        QString problem;
        if (!TableSnapshot::decode(reply.argumentAt<0>(), &table, &problem)) {
            Q_EMIT refreshFailed(QString::fromLatin1(DBusErrors::kernelError), problem);
            return;
        }
        Q_EMIT tableRead(table, reply.argumentAt<1>());
        checkTableManagers();
    });
}

void HelperBackend::readConnections()
{
    if (m_readingConnections)
        return;
    m_readingConnections = true;
    // Empty addresses and port 0 match anything. One reply's worth from the start (limit
    // 0): the page says how many more the kernel holds.
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->GetConnections(QString(), 0, QString(), 0, 0, 0), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        m_readingConnections = false;
        QDBusPendingReply<QList<ConnectionEntry>, qulonglong> reply = *call;
        call->deleteLater();
        if (reply.isError())
            Q_EMIT connectionsFailed(reply.error().name(), reply.error().message());
        else
            Q_EMIT connectionsRead(reply.argumentAt<0>(), reply.argumentAt<1>());
    });
}

void HelperBackend::checkTableManagers()
{
    // A daemon starts or stops rarely: every tenth refresh is soon enough. So is a
    // helper that was killed in the middle of someone's batch and started again.
    if (m_refreshesSinceManagerCheck++ % 10 != 0)
        return;
    checkInterruptedBatch();
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->GetTableManagers(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<QStringList> reply = *call;
        call->deleteLater();
        if (reply.isValid())
            setTableManagers(reply.value());
    });
}

void HelperBackend::apply(std::uint64_t generation, const QList<TableChange> &changes, bool interactive)
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->Apply(generation, ChangeBatch::encode(changes), interactive), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<qulonglong> reply = *call;
        call->deleteLater();
        if (reply.isError())
            Q_EMIT applyFailed(reply.error().name(), reply.error().message());
        else
            Q_EMIT applied(reply.value());
    });
}

void HelperBackend::readBootFile()
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->GetBootConfig(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<QString, bool, QString, QStringList, QString> reply = *call;
        call->deleteLater();
        if (reply.isError()) {
            Q_EMIT bootFileFailed(reply.error().name(), reply.error().message());
            return;
        }
        // The helper's warnings are English; the window makes its own, translated.
        Q_EMIT bootFileRead(
            BootFile{reply.argumentAt<0>(), reply.argumentAt<1>(), reply.argumentAt<2>(), reply.argumentAt<4>()});
    });
}

void HelperBackend::saveBootFile(bool interactive)
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->SaveBootConfig(interactive), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<QString> reply = *call;
        call->deleteLater();
        if (reply.isError())
            Q_EMIT bootFileFailed(reply.error().name(), reply.error().message());
        else
            Q_EMIT bootFileSaved(reply.value());
    });
}

void HelperBackend::readSysctls()
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->GetSysctls(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<SysctlValues> reply = *call;
        call->deleteLater();
        if (reply.isError())
            Q_EMIT kernelSettingFailed(reply.error().name(), reply.error().message());
        else
            Q_EMIT sysctlsRead(reply.value());
    });
}

void HelperBackend::setSysctl(const QString &name, const QString &value, bool persist, bool interactive)
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->SetSysctl(name, value, persist, interactive), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, name, value](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<> reply = *call;
        call->deleteLater();
        if (reply.isError())
            Q_EMIT kernelSettingFailed(reply.error().name(), reply.error().message());
        else
            Q_EMIT sysctlSet(name, value);
    });
}

void HelperBackend::startSyncDaemon(const SyncDaemon &daemon, bool interactive)
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->StartSyncDaemon(SyncDaemonSpec{daemon, {}}, interactive), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<> reply = *call;
        call->deleteLater();
        if (reply.isError())
            Q_EMIT kernelSettingFailed(reply.error().name(), reply.error().message());
        else
            Q_EMIT syncDaemonsChanged();
    });
}

void HelperBackend::stopSyncDaemon(SyncDaemon::Role role, bool interactive)
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->StopSyncDaemon(uchar(role), interactive), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<> reply = *call;
        call->deleteLater();
        if (reply.isError())
            Q_EMIT kernelSettingFailed(reply.error().name(), reply.error().message());
        else
            Q_EMIT syncDaemonsChanged();
    });
}

void HelperBackend::checkInterruptedBatch()
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->GetInterruptedBatch(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<bool, QString, QStringList> reply = *call;
        call->deleteLater();
        if (reply.isValid() && reply.argumentAt<0>())
            Q_EMIT interruptedBatchFound(reply.argumentAt<1>(), reply.argumentAt<2>());
    });
}

void HelperBackend::rollBackInterruptedBatch(bool interactive)
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->RollBackInterruptedBatch(interactive), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &HelperBackend::resolved);
}

void HelperBackend::forgetInterruptedBatch(bool interactive)
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->ForgetInterruptedBatch(interactive), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &HelperBackend::resolved);
}

void HelperBackend::resolved(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    if (call->isError())
        Q_EMIT interruptedBatchFailed(call->error().name(), call->error().message());
    else
        Q_EMIT interruptedBatchResolved();
}
