// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperclient.h"

#include "changebatch.h"
#include "dbuserrors.h"
#include "dbustypes.h"
#include "helper1proxy.h"
#include "tablesnapshot.h"

#include <QSet>

#include <algorithm>

namespace {
constexpr int callTimeout = 120 * 1000; // long enough for a person to type a password

template<typename Reply>
bool succeeded(Reply &reply, HelperClient::Error *error)
{
    reply.waitForFinished();
    if (!reply.isError())
        return true;
    if (error)
        *error = {reply.error().name(), reply.error().message()};
    return false;
}

std::optional<HelperClient::Table> decodedTable(const QByteArray &snapshot, std::uint64_t generation,
                                               HelperClient::Error *error)
{
    HelperClient::Table result;
    QString problem;
    if (!TableSnapshot::decode(snapshot, &result.table, &problem)) {
        *error = HelperClient::Error{QString::fromLatin1(DBusErrors::kernelError), problem};
        return std::nullopt;
    }
    result.generation = generation;
    return result;
}

ServiceSpec specOf(const VirtualService &service)
{
    return ServiceSpec{service, {}};
}
} // namespace

HelperClient::Endpoint HelperClient::hostTable()
{
    return {QStringLiteral("org.lvsstudio.Helper1"), QStringLiteral("/org/lvsstudio/Helper1")};
}

HelperClient::Endpoint HelperClient::labDirector()
{
    // resources/dbus/org.lvsstudio.Lab1.xml: CreateLab's director object.
    return {QStringLiteral("org.lvsstudio.Lab1"), QStringLiteral("/org/lvsstudio/Lab1/Director")};
}

namespace {
std::optional<HelperClient::Endpoint> &chosenEndpoint()
{
    static std::optional<HelperClient::Endpoint> endpoint;
    return endpoint;
}
} // namespace

void HelperClient::setDefaultEndpoint(const Endpoint &endpoint)
{
    chosenEndpoint() = endpoint;
}

HelperClient::Endpoint HelperClient::defaultEndpoint()
{
    return chosenEndpoint().value_or(hostTable());
}

HelperClient::HelperClient(const QDBusConnection &bus, const Endpoint &endpoint)
{
    DBusTypes::registerTypes();
    m_proxy = std::make_unique<Helper1Proxy>(endpoint.service, endpoint.path, bus);
    m_proxy->setTimeout(callTimeout);
}

HelperClient::~HelperClient() = default;

std::optional<HelperClient::Info> HelperClient::info(Error *error)
{
    auto reply = m_proxy->GetInfo();
    if (!succeeded(reply, error))
        return std::nullopt;
    return Info{reply.argumentAt<0>(), reply.argumentAt<1>(), reply.argumentAt<2>()};
}

std::optional<HelperClient::Table> HelperClient::table(Error *error)
{
    auto reply = m_proxy->GetTable();
    if (!succeeded(reply, error))
        return std::nullopt;
    return decodedTable(reply.argumentAt<0>(), reply.argumentAt<1>(), error);
}

std::optional<std::pair<HelperClient::Info, HelperClient::Table>> HelperClient::tableWithInfo(Error *error)
{
    auto reply = m_proxy->GetTableWithInfo();
    if (!succeeded(reply, error))
        return std::nullopt;
    auto table = decodedTable(reply.argumentAt<3>(), reply.argumentAt<4>(), error);
    if (!table)
        return std::nullopt;
    return std::pair{Info{reply.argumentAt<0>(), reply.argumentAt<1>(), reply.argumentAt<2>()}, std::move(*table)};
}

std::optional<std::uint64_t> HelperClient::apply(std::uint64_t generation, const QList<TableChange> &changes,
                                                 bool interactive, Error *error)
{
    auto reply = m_proxy->Apply(generation, ChangeBatch::encode(changes), interactive);
    if (!succeeded(reply, error))
        return std::nullopt;
    return reply.value();
}

bool HelperClient::zero(const std::optional<VirtualService> &service, bool interactive, Error *error)
{
    if (service) {
        auto reply = m_proxy->ZeroServiceCounters(specOf(*service), interactive);
        return succeeded(reply, error);
    }
    auto reply = m_proxy->ZeroCounters(interactive);
    return succeeded(reply, error);
}

bool HelperClient::flush(bool interactive, Error *error)
{
    auto reply = m_proxy->Flush(interactive);
    return succeeded(reply, error);
}

bool HelperClient::setTimeouts(const Timeouts &timeouts, bool interactive, Error *error)
{
    auto reply = m_proxy->SetTimeouts(timeouts, interactive);
    return succeeded(reply, error);
}

bool HelperClient::startSyncDaemon(const SyncDaemon &daemon, bool interactive, Error *error)
{
    auto reply = m_proxy->StartSyncDaemon(SyncDaemonSpec{daemon, {}}, interactive);
    return succeeded(reply, error);
}

bool HelperClient::stopSyncDaemon(SyncDaemon::Role role, bool interactive, Error *error)
{
    auto reply = m_proxy->StopSyncDaemon(uchar(role == SyncDaemon::Role::Backup ? 1 : 0), interactive);
    return succeeded(reply, error);
}

std::optional<quint64> HelperClient::connections(const ConnectionQuery &query,
                                                 const std::function<void(const QList<ConnectionEntry> &)> &page,
                                                 Error *error)
{
    // Each page is read afresh: an entry made or removed before the point reached moves
    // the rest by one, so the start of a page may repeat the end of the one before.
    // Only those can repeat, and only they are compared.
    QSet<ConnectionTable::EntryKey> previousPage;
    quint64 first = 0;
    quint64 handed = 0;
    for (;;) {
        std::uint32_t wanted = ConnectionTable::entriesPerReply;
        if (query.limit)
            wanted = std::uint32_t(std::min<quint64>(wanted, query.limit - handed));
        auto reply = m_proxy->GetConnections(query.virtualAddress, query.virtualPort, query.serverAddress,
                                             query.serverPort, first, wanted);
        if (!succeeded(reply, error))
            return std::nullopt;
        const QList<ConnectionEntry> entries = reply.argumentAt<0>();
        const quint64 matching = reply.argumentAt<1>();
        QList<ConnectionEntry> fresh;
        QSet<ConnectionTable::EntryKey> thisPage;
        fresh.reserve(entries.size());
        for (const ConnectionEntry &entry : entries) {
            const ConnectionTable::EntryKey key = ConnectionTable::keyOf(entry);
            thisPage.insert(key);
            if (!previousPage.contains(key))
                fresh.append(entry);
        }
        if (!fresh.isEmpty())
            page(fresh);
        handed += quint64(fresh.size());
        first += quint64(entries.size());
        previousPage = std::move(thisPage);
        if (entries.isEmpty() || first >= matching || (query.limit && handed >= query.limit))
            return handed;
    }
}

std::optional<QMap<QString, QString>> HelperClient::sysctls(Error *error)
{
    auto reply = m_proxy->GetSysctls();
    if (!succeeded(reply, error))
        return std::nullopt;
    return reply.value();
}

bool HelperClient::setSysctl(const QString &name, const QString &value, bool persist, bool interactive, Error *error)
{
    auto reply = m_proxy->SetSysctl(name, value, persist, interactive);
    return succeeded(reply, error);
}

std::optional<HelperClient::BootConfigState> HelperClient::bootConfig(Error *error)
{
    auto reply = m_proxy->GetBootConfig();
    if (!succeeded(reply, error))
        return std::nullopt;
    return BootConfigState{reply.argumentAt<0>(), reply.argumentAt<1>(), reply.argumentAt<2>(), reply.argumentAt<3>(),
                           reply.argumentAt<4>()};
}

std::optional<QString> HelperClient::saveBootConfig(bool interactive, Error *error)
{
    auto reply = m_proxy->SaveBootConfig(interactive);
    if (!succeeded(reply, error))
        return std::nullopt;
    return reply.value();
}

std::optional<QStringList> HelperClient::tableManagers(Error *error)
{
    auto reply = m_proxy->GetTableManagers();
    if (!succeeded(reply, error))
        return std::nullopt;
    return reply.value();
}

std::optional<HelperClient::InterruptedBatch> HelperClient::interruptedBatch(Error *error)
{
    QDBusPendingReply<bool, QString, QStringList> reply = m_proxy->GetInterruptedBatch();
    if (!succeeded(reply, error))
        return std::nullopt;
    return InterruptedBatch{reply.argumentAt<0>(), reply.argumentAt<1>(), reply.argumentAt<2>()};
}

std::optional<std::uint64_t> HelperClient::rollBackInterruptedBatch(bool interactive, Error *error)
{
    auto reply = m_proxy->RollBackInterruptedBatch(interactive);
    if (!succeeded(reply, error))
        return std::nullopt;
    return reply.value();
}

bool HelperClient::forgetInterruptedBatch(bool interactive, Error *error)
{
    auto reply = m_proxy->ForgetInterruptedBatch(interactive);
    return succeeded(reply, error);
}
