// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectiontable.h"
#include "ipvstable.h"
#include "tablechange.h"

#include <QMap>

#include <QDBusConnection>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class Helper1Proxy;

/**
 * The client side of org.lvsstudio.Helper1 for command-line use: blocking calls, each
 * failure turned into an error with the helper's D-Bus error name and message.
 * (The window uses the asynchronous proxy directly, so its poll never blocks.)
 */
class HelperClient
{
public:
    struct Error {
        QString name;    ///< org.lvsstudio.Error.*, org.freedesktop.DBus.Error.*
        QString message;
    };
    struct Info {
        QString helperVersion;
        QString ipvsVersion;
        std::uint32_t connectionTableSize = 0;
    };
    struct Table {
        IpvsTable table;
        std::uint64_t generation = 0;
    };

    /// Which table's Helper1 object the calls reach.
    struct Endpoint {
        QString service;
        QString path;
    };
    /// This machine's table: the helper, org.lvsstudio.Helper1.
    static Endpoint hostTable();
    /// The local lab director's table, served by the lab service while a lab exists.
    static Endpoint labDirector();
    /// What clients made without an endpoint reach (lvsctl --lab sets labDirector()).
    static void setDefaultEndpoint(const Endpoint &endpoint);
    static Endpoint defaultEndpoint();

    /// Talks to the helper on `bus` (the system bus; tests point DBUS_SYSTEM_BUS_ADDRESS elsewhere).
    explicit HelperClient(const QDBusConnection &bus = QDBusConnection::systemBus(),
                          const Endpoint &endpoint = defaultEndpoint());
    ~HelperClient();

    std::optional<Info> info(Error *error);
    std::optional<Table> table(Error *error);
    /// info() and table() in one call (one polkit check).
    std::optional<std::pair<Info, Table>> tableWithInfo(Error *error);
    /// The new generation, or nullopt and *error.
    std::optional<std::uint64_t> apply(std::uint64_t generation, const QList<TableChange> &changes, bool interactive,
                                       Error *error);
    bool zero(const std::optional<VirtualService> &service, bool interactive, Error *error);
    bool flush(bool interactive, Error *error);
    bool setTimeouts(const Timeouts &timeouts, bool interactive, Error *error);
    bool startSyncDaemon(const SyncDaemon &daemon, bool interactive, Error *error);
    bool stopSyncDaemon(SyncDaemon::Role role, bool interactive, Error *error);

    struct ConnectionQuery {
        QString virtualAddress;
        std::uint16_t virtualPort = 0;
        QString serverAddress;
        std::uint16_t serverPort = 0;
        std::uint32_t limit = 0;
    };
    /// Reads the connection table page by page (GetConnections) and hands each page's
    /// entries to `page` as it comes, so memory stays one page however large the table:
    /// at most query.limit entries in all (0: every one). Returns how many it handed over.
    std::optional<quint64> connections(const ConnectionQuery &query,
                                       const std::function<void(const QList<ConnectionEntry> &)> &page, Error *error);
    std::optional<QMap<QString, QString>> sysctls(Error *error);
    bool setSysctl(const QString &name, const QString &value, bool persist, bool interactive, Error *error);
    struct BootConfigState {
        QString path;
        bool exists = false;
        QString text;
        QStringList warnings;
        QString debianAuto; ///< BootFile::debianAuto
    };
    std::optional<BootConfigState> bootConfig(Error *error);
    /// The path written.
    std::optional<QString> saveBootConfig(bool interactive, Error *error);
    std::optional<QStringList> tableManagers(Error *error);

    /// A batch a stopped helper left half made (GetInterruptedBatch).
    struct InterruptedBatch {
        bool found = false;
        QString description;     ///< the batch, or why its note cannot be read
        QStringList differences; ///< touched items not as before; empty: all are
    };
    std::optional<InterruptedBatch> interruptedBatch(Error *error);
    /// The table's generation after the batch's items were put back.
    std::optional<std::uint64_t> rollBackInterruptedBatch(bool interactive, Error *error);
    bool forgetInterruptedBatch(bool interactive, Error *error);

private:
    std::unique_ptr<Helper1Proxy> m_proxy;
};
