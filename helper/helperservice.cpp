// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperservice.h"

#include "atomicfile.h"
#include "batchfootprint.h"
#include "changebatch.h"
#include "dbuserrors.h"
#include "kernelerrors.h"
#include "tablemanagers.h"
#include "tablegeneration.h"
#include "tablesnapshot.h"
#include "transaction.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDateTime>
#include <QDBusError>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>

namespace {
QStringList validationMessages(const TableChange &change)
{
    using Kind = TableChange::Kind;
    QList<ValidationIssue> issues;
    switch (change.kind) {
    case Kind::AddService:
    case Kind::EditService:
        issues = Validation::checkService(change.service);
        break;
    case Kind::AddServer:
    case Kind::EditServer:
        issues = Validation::checkRealServer(change.service, change.server);
        break;
    default:
        break;
    }
    QStringList messages;
    for (const ValidationIssue &issue : issues)
        messages.append(issue.message);
    return messages;
}

QDBusMessage kernelErrorReply(const QDBusMessage &request, const TableChange &change, const KernelError &error)
{
    return request.createErrorReply(KernelErrors::dbusErrorName(change.kind, error.errnoValue), error.message);
}
} // namespace

HelperService::HelperService(IpvsKernel &kernel, Authorizer &authorizer, const HelperPaths &paths, QObject *parent)
    : QObject(parent)
    , m_kernel(kernel)
    , m_authorizer(authorizer)
    , m_paths(paths)
    , m_sysctls(paths.sysctlRoot, paths.sysctlPersistFile)
    , m_bootConfig(paths.bootConfig)
    , m_batchRecord(paths.runtimeDirectory)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(60 * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        // Never leave a caller without an answer.
        if (isBusy())
            m_idleTimer.start();
        else
            Q_EMIT idle();
    });
    m_idleTimer.start();
}

bool HelperService::isBusy() const
{
    return m_running > 0 || m_authorizer.pendingChecks() > 0;
}

QStringList HelperService::removeLeftoverFiles() const
{
    // The writer's leftovers are the writer's to sweep (the helper cannot write there).
    QStringList removed = AtomicFile::removeLeftovers(m_paths.sysctlPersistFile);
    if (!m_bootConfig.writesThroughService())
        removed += AtomicFile::removeLeftovers(m_paths.bootConfig);
    return removed;
}

std::optional<QString> HelperService::adoptInterruptedBatch() const
{
    return m_batchRecord.adoptLeftNote();
}

void HelperService::writeBootFileThrough(BootFileClient *writer)
{
    m_bootConfig.writeThrough(writer);
}

void HelperService::setIdleTimeout(int milliseconds)
{
    m_idleTimer.setInterval(milliseconds);
    m_idleTimer.start();
}

void HelperService::touch()
{
    m_idleTimer.start();
}

void HelperService::authorizeThen(const QString &action, bool interactive, Work work)
{
    authorizeThen(QStringList{action}, interactive, std::move(work));
}

void HelperService::authorizeThen(const QStringList &actions, bool interactive, Work work)
{
    authorizeThenLater(actions, interactive,
                       [work = std::move(work)](const QDBusMessage &request, const Reply &reply) { reply(work(request)); });
}

void HelperService::authorizeThenLater(const QStringList &actions, bool interactive, LaterWork work)
{
    touch();
    setDelayedReply(true);
    ++m_running;
    askInTurn(actions, 0, interactive, message(), connection(), std::move(work));
}

void HelperService::askInTurn(const QStringList &actions, int next, bool interactive, const QDBusMessage &request,
                              QDBusConnection bus, LaterWork work)
{
    m_authorizer.authorize(actions.at(next), request.service(), interactive,
                           [this, actions, next, interactive, request, bus,
                            work = std::move(work)](const Authorizer::Decision &decision) mutable {
                               if (decision.allowed && next + 1 < actions.size()) {
                                   askInTurn(actions, next + 1, interactive, request, bus, std::move(work));
                                   return;
                               }
                               // The call counts as running until its answer is sent.
                               const Reply answer = [this, bus](const QDBusMessage &reply) mutable {
                                   bus.send(reply);
                                   --m_running;
                                   touch();
                               };
                               if (decision.allowed)
                                   work(request, answer);
                               else
                                   answer(request.createErrorReply(DBusErrors::notAuthorized, decision.reason));
                           });
}

QString HelperService::GetInfo(QString &, uint &)
{
    authorizeThen(Actions::read, false, [this](const QDBusMessage &request) {
        QVariantList info;
        if (const auto failure = readInfo(request, &info))
            return *failure;
        return request.createReply(info);
    });
    return {};
}

QByteArray HelperService::GetTable(qulonglong &)
{
    authorizeThen(Actions::read, false, [this](const QDBusMessage &request) {
        QVariantList table;
        if (const auto failure = readTable(request, &table))
            return *failure;
        return request.createReply(table);
    });
    return {};
}

QString HelperService::GetTableWithInfo(QString &, uint &, QByteArray &, qulonglong &)
{
    authorizeThen(Actions::read, false, [this](const QDBusMessage &request) {
        QVariantList both;
        if (const auto failure = readInfo(request, &both))
            return *failure;
        if (const auto failure = readTable(request, &both))
            return *failure;
        return request.createReply(both);
    });
    return {};
}

std::optional<QDBusMessage> HelperService::readInfo(const QDBusMessage &request, QVariantList *arguments)
{
    IpvsInfo info;
    KernelError error;
    if (!m_kernel.info(&info, &error))
        return request.createErrorReply(DBusErrors::ipvsUnavailable, error.message);
    *arguments << QStringLiteral(LVS_STUDIO_VERSION) << info.version << uint(info.connectionTableSize);
    return std::nullopt;
}

std::optional<QDBusMessage> HelperService::readTable(const QDBusMessage &request, QVariantList *arguments)
{
    IpvsTable table;
    KernelError error;
    if (!Transaction::readTable(m_kernel, &table, &error))
        return request.createErrorReply(DBusErrors::kernelError, error.message);
    *arguments << TableSnapshot::encode(table) << QVariant::fromValue(qulonglong(TableGeneration::of(table)));
    return std::nullopt;
}

void HelperService::changeOne(const TableChange &change, const QStringList &wireErrors, bool interactive)
{
    touch();
    const QStringList problems = wireErrors.isEmpty() ? validationMessages(change) : wireErrors;
    if (!problems.isEmpty()) {
        sendErrorReply(DBusErrors::invalidArgs, problems.join(QStringLiteral("; ")));
        return;
    }
    authorizeThen(Actions::modify, interactive, [this, change](const QDBusMessage &request) {
        KernelError error;
        if (!m_kernel.apply(change, &error))
            return kernelErrorReply(request, change, error);
        return request.createReply();
    });
}

void HelperService::AddService(const ServiceSpec &service, bool interactive)
{
    changeOne(TableChange::addService(service.service), service.errors, interactive);
}

void HelperService::EditService(const ServiceSpec &service, bool interactive)
{
    changeOne(TableChange::editService(service.service, service.service), service.errors, interactive);
}

void HelperService::DeleteService(const ServiceSpec &service, bool interactive)
{
    changeOne(TableChange::deleteService(service.service), service.errors, interactive);
}

void HelperService::AddRealServer(const ServiceSpec &service, const RealServerSpec &server, bool interactive)
{
    changeOne(TableChange::addServer(service.service, server.server), service.errors + server.errors, interactive);
}

void HelperService::EditRealServer(const ServiceSpec &service, const RealServerSpec &server, bool interactive)
{
    changeOne(TableChange::editServer(service.service, server.server, server.server), service.errors + server.errors,
              interactive);
}

void HelperService::DeleteRealServer(const ServiceSpec &service, const RealServerSpec &server, bool interactive)
{
    changeOne(TableChange::deleteServer(service.service, server.server), service.errors + server.errors, interactive);
}

void HelperService::SetTimeouts(const Timeouts &timeouts, bool interactive)
{
    changeOne(TableChange::setTimeouts(Timeouts{}, timeouts), {}, interactive);
}

qulonglong HelperService::Apply(qulonglong generation, const QByteArray &batch, bool interactive)
{
    touch();
    if (batch.size() > ChangeBatch::maxEncodedSize) {
        sendErrorReply(DBusErrors::invalidArgs, QStringLiteral("the change batch has %1 bytes; the helper reads at most "
                                                               "%2 (16 MiB) in one Apply: send it in parts")
                                                    .arg(batch.size())
                                                    .arg(ChangeBatch::maxEncodedSize));
        return 0;
    }
    QList<TableChange> changes;
    QString unreadable;
    if (!ChangeBatch::decode(batch, &changes, &unreadable)) {
        sendErrorReply(DBusErrors::invalidArgs, unreadable);
        return 0;
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QStringList problems = validationMessages(changes.at(i));
        if (!problems.isEmpty()) {
            sendErrorReply(DBusErrors::invalidArgs, QStringLiteral("change %1 of %2: %3")
                                                        .arg(i + 1)
                                                        .arg(changes.size())
                                                        .arg(problems.join(QStringLiteral("; "))));
            return 0;
        }
    }
    authorizeThen(Actions::modify, interactive, [this, bus = connection(), generation, changes](const QDBusMessage &request) {
        return applyBatch(request, bus, generation, changes);
    });
    return 0;
}

QDBusMessage HelperService::applyBatch(const QDBusMessage &request, const QDBusConnection &bus, qulonglong generation,
                                       QList<TableChange> changes)
{
    Transaction transaction(m_kernel);
    if (m_batchRecord.isEnabled()) {
        transaction.beforeApplying = [this, &request, &bus](const IpvsTable &before, const QList<TableChange> &batch,
                                                            QString *why) {
            BatchRecord::Batch note{QDateTime::currentDateTimeUtc(), std::nullopt, request.service(), before, batch};
            if (const QDBusConnectionInterface *daemon = bus.interface())
                if (const QDBusReply<uint> uid = daemon->serviceUid(request.service()); uid.isValid())
                    note.callerUid = uid.value();
            return m_batchRecord.begin(note, why);
        };
        transaction.afterApplying = [this] { m_batchRecord.end(); };
    }
    const Transaction::Outcome outcome = transaction.apply(generation, std::move(changes));
    if (!outcome.applied)
        return request.createErrorReply(outcome.errorName, outcome.message);
    return request.createReply(QVariant::fromValue(qulonglong(outcome.generation)));
}

void HelperService::ZeroCounters(bool interactive)
{
    touch();
    authorizeThen(Actions::modify, interactive, [this](const QDBusMessage &request) {
        KernelError error;
        if (!m_kernel.zero(std::nullopt, &error))
            return request.createErrorReply(DBusErrors::kernelError, error.message);
        return request.createReply();
    });
}

void HelperService::ZeroServiceCounters(const ServiceSpec &service, bool interactive)
{
    touch();
    if (!service.errors.isEmpty()) {
        sendErrorReply(DBusErrors::invalidArgs, service.errors.join(QStringLiteral("; ")));
        return;
    }
    const ServiceKey key = service.service.key();
    authorizeThen(Actions::modify, interactive, [this, key](const QDBusMessage &request) {
        KernelError error;
        if (!m_kernel.zero(key, &error))
            return request.createErrorReply(KernelErrors::dbusErrorName(TableChange::Kind::EditService, error.errnoValue),
                                            error.message);
        return request.createReply();
    });
}

void HelperService::Flush(bool interactive)
{
    touch();
    authorizeThen(Actions::modify, interactive, [this](const QDBusMessage &request) {
        KernelError error;
        if (!m_kernel.flush(&error))
            return request.createErrorReply(DBusErrors::kernelError, error.message);
        return request.createReply();
    });
}

void HelperService::StartSyncDaemon(const SyncDaemonSpec &spec, bool interactive)
{
    touch();
    if (!spec.errors.isEmpty()) {
        sendErrorReply(DBusErrors::invalidArgs, spec.errors.join(QStringLiteral("; ")));
        return;
    }
    const SyncDaemon &daemon = spec.daemon;
    if (daemon.interface.isEmpty() || daemon.interface.size() > 15) {
        sendErrorReply(DBusErrors::invalidArgs,
                       QStringLiteral("interface name '%1' must have 1 to 15 characters").arg(daemon.interface));
        return;
    }
    authorizeThen(Actions::modify, interactive, [this, daemon](const QDBusMessage &request) {
        KernelError error;
        if (!m_kernel.startDaemon(daemon, &error))
            return request.createErrorReply(DBusErrors::kernelError, error.message);
        return request.createReply();
    });
}

void HelperService::StopSyncDaemon(uchar role, bool interactive)
{
    touch();
    if (role > 1) {
        sendErrorReply(DBusErrors::invalidArgs, QStringLiteral("daemon role %1 is neither master (0) nor backup (1)").arg(role));
        return;
    }
    authorizeThen(Actions::modify, interactive, [this, role](const QDBusMessage &request) {
        KernelError error;
        if (!m_kernel.stopDaemon(role ? SyncDaemon::Role::Backup : SyncDaemon::Role::Master, &error))
            return request.createErrorReply(DBusErrors::kernelError, error.message);
        return request.createReply();
    });
}

QList<ConnectionEntry> HelperService::GetConnections(const QString &virtual_address, ushort virtual_port,
                                                    const QString &server_address, ushort server_port,
                                                    qulonglong first, uint limit, qulonglong &matching)
{
    touch();
    matching = 0;
    ConnectionTable::Filter filter;
    for (const auto &[text, target] : {std::pair{&virtual_address, &filter.virtualAddress},
                                       std::pair{&server_address, &filter.destination}}) {
        if (text->isEmpty())
            continue;
        const auto address = IpAddress::parse(*text);
        if (!address) {
            sendErrorReply(DBusErrors::invalidArgs, QStringLiteral("'%1' is not an IPv4 or IPv6 address").arg(*text));
            return {};
        }
        *target = *address;
    }
    if (virtual_port)
        filter.virtualPort = virtual_port;
    if (server_port)
        filter.destinationPort = server_port;
    const int pageSize = limit == 0 ? ConnectionTable::entriesPerReply
                                    : int(std::min<uint>(limit, uint(ConnectionTable::entriesPerReply)));
    const QString path = m_paths.procRoot + QStringLiteral("/net/ip_vs_conn");
    authorizeThenLater({Actions::read}, false, [this, filter, first, pageSize, path](const QDBusMessage &request,
                                                                                    const Reply &reply) {
        // Each read walks the whole file; a few at once keep every caller served.
        constexpr int mostReadsAtOnce = 4;
        if (m_connectionReads >= mostReadsAtOnce) {
            reply(request.createErrorReply(QDBusError::errorString(QDBusError::LimitsExceeded),
                                           QStringLiteral("%1 connection table reads are under way already; try again")
                                               .arg(m_connectionReads)));
            return;
        }
        // One at a time per caller, so that one caller cannot hold every slot: lvsctl and
        // the window ask for the next page only once the last has come.
        const QString sender = request.service();
        if (m_connectionReadsBySender.value(sender) > 0) {
            reply(request.createErrorReply(QDBusError::errorString(QDBusError::LimitsExceeded),
                                           QStringLiteral("this caller (%1) has a connection table read under way "
                                                          "already; wait for its answer")
                                               .arg(sender)));
            return;
        }
        ++m_connectionReads;
        ++m_connectionReadsBySender[sender];
        // A table of millions takes the file's read a second or more: not on the thread
        // that serves everyone else.
        QThreadPool::globalInstance()->start([self = QPointer<HelperService>(this), filter, first, pageSize, path, request,
                                              reply] {
            QFile file(path);
            std::optional<ConnectionTable::Page> page;
            QString failure;
            if (file.open(QIODevice::ReadOnly))
                page = ConnectionTable::readPage(file, filter, first, pageSize);
            else
                failure = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, page = std::move(page), failure, path, request, reply] {
                    if (!self)
                        return; // the service is gone, and its bus with it
                    --self->m_connectionReads;
                    if (--self->m_connectionReadsBySender[request.service()] <= 0)
                        self->m_connectionReadsBySender.remove(request.service());
                    if (!page) {
                        reply(request.createErrorReply(DBusErrors::ipvsUnavailable, failure));
                        return;
                    }
                    if (!page->errors.isEmpty())
                        qWarning("lvs-studio-helper: %s: %s", qPrintable(path), qPrintable(page->errors.first()));
                    reply(request.createReply(
                        {QVariant::fromValue(page->entries), QVariant::fromValue(qulonglong(page->matching))}));
                },
                Qt::QueuedConnection);
        });
    });
    return {};
}

bool HelperService::GetInterruptedBatch(QString &, QStringList &)
{
    authorizeThen(Actions::read, false, [this](const QDBusMessage &request) {
        const std::optional<BatchRecord::Interrupted> found = m_batchRecord.interrupted();
        if (!found)
            return request.createReply(QVariantList{false, QString(), QStringList()});
        if (!found->batch)
            return request.createReply(QVariantList{true, found->unreadable, QStringList()});
        IpvsTable now;
        KernelError error;
        if (!Transaction::readTable(m_kernel, &now, &error))
            return request.createErrorReply(DBusErrors::kernelError, error.message);
        const BatchRecord::Batch &batch = *found->batch;
        const QList<bool> all(batch.changes.size(), true); // any of them may have been made
        const BatchFootprint footprint = BatchFootprint::of(batch.changes, all, batch.before);
        const QString description = BatchRecord::describe(batch)
            + QStringLiteral(" was cut short: the helper applying it stopped before it ended (killed, out of memory "
                             "or crashed)");
        return request.createReply(QVariantList{true, description, footprint.differences(now, batch.before)});
    });
    return false;
}

qulonglong HelperService::RollBackInterruptedBatch(bool interactive)
{
    authorizeThen(Actions::modify, interactive, [this](const QDBusMessage &request) {
        const std::optional<BatchRecord::Interrupted> found = m_batchRecord.interrupted();
        if (!found)
            return request.createErrorReply(DBusErrors::invalidArgs, QStringLiteral("no batch was interrupted"));
        if (!found->batch)
            return request.createErrorReply(DBusErrors::invalidArgs,
                                            found->unreadable + QStringLiteral(": nothing to roll back from; forget it"));
        const BatchRecord::Batch &batch = *found->batch;
        const QList<bool> all(batch.changes.size(), true);
        const Transaction::PutBack result = Transaction::putBack(
            m_kernel, BatchFootprint::of(batch.changes, all, batch.before), batch.before);
        if (!result.complete)
            return request.createErrorReply(
                DBusErrors::rollbackFailed,
                QStringLiteral("putting back %1 left items otherwise than before (%2); the record stays")
                    .arg(BatchRecord::describe(batch), result.problems.join(QStringLiteral("; "))));
        QString why;
        if (!m_batchRecord.forgetInterrupted(&why))
            return request.createErrorReply(DBusErrors::kernelError,
                                            QStringLiteral("the batch's items are back, but ") + why);
        return request.createReply(QVariant::fromValue(qulonglong(result.generation)));
    });
    return 0;
}

void HelperService::ForgetInterruptedBatch(bool interactive)
{
    authorizeThen(Actions::modify, interactive, [this](const QDBusMessage &request) {
        QString why;
        if (!m_batchRecord.forgetInterrupted(&why))
            return request.createErrorReply(DBusErrors::kernelError, why);
        return request.createReply();
    });
}

QStringList HelperService::GetTableManagers()
{
    authorizeThen(Actions::read, false, [this](const QDBusMessage &request) {
        return request.createReply(TableManagers::running(m_paths.procRoot));
    });
    return {};
}

SysctlValues HelperService::GetSysctls()
{
    authorizeThen(Actions::read, false, [this](const QDBusMessage &request) {
        return request.createReply(QVariant::fromValue(SysctlValues(m_sysctls.readAll())));
    });
    return {};
}

void HelperService::SetSysctl(const QString &name, const QString &value, bool persist, bool interactive)
{
    touch();
    // The name first: the value's refusal names it, so it must be bounded by then.
    QString why = m_sysctls.refusal(name);
    if (why.isEmpty())
        why = Sysctls::valueRefusal(name, value);
    if (!why.isEmpty()) {
        sendErrorReply(DBusErrors::invalidArgs, why);
        return;
    }
    // Persisting is setting, and then keeping: both actions must allow it.
    const QStringList actions = persist ? QStringList{Actions::sysctl, Actions::persist} : QStringList{Actions::sysctl};
    authorizeThen(actions, interactive,
                  [this, name, value, persist](const QDBusMessage &request) {
                      QString error;
                      if (!m_sysctls.write(name, value, &error))
                          return request.createErrorReply(DBusErrors::kernelError, error);
                      if (persist && !m_sysctls.persist(name, value, &error))
                          return request.createErrorReply(DBusErrors::kernelError, error);
                      return request.createReply();
                  });
}

QString HelperService::GetBootConfig(bool &, QString &, QStringList &, QString &)
{
    authorizeThen(Actions::read, false, [this](const QDBusMessage &request) {
        QString text, error;
        bool exists = false;
        if (!m_bootConfig.read(&text, &exists, &error))
            return request.createErrorReply(DBusErrors::kernelError, error);
        IpvsTable live;
        KernelError kernelError;
        const QStringList warnings = m_kernel.readTable(&live, &kernelError) ? m_bootConfig.warnings(live)
                                                                             : m_bootConfig.warnings(IpvsTable{});
        return request.createReply({m_bootConfig.path(), exists, text, warnings, m_bootConfig.debianAuto()});
    });
    return {};
}

QString HelperService::SaveBootConfig(bool interactive)
{
    touch();
    authorizeThenLater({Actions::persist}, interactive, [this](const QDBusMessage &request, const Reply &reply) {
        IpvsTable live;
        KernelError kernelError;
        if (!m_kernel.readTable(&live, &kernelError)) {
            reply(request.createErrorReply(DBusErrors::kernelError, kernelError.message));
            return;
        }
        m_bootConfig.write(live, [request, reply](const QString &path, const QString &error) {
            reply(error.isEmpty() ? request.createReply(path) : request.createErrorReply(DBusErrors::kernelError, error));
        });
    });
    return {};
}
