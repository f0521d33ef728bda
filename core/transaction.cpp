// SPDX-License-Identifier: GPL-2.0-or-later
#include "transaction.h"

#include "batchfootprint.h"
#include "dbuserrors.h"
#include "kernelerrors.h"
#include "planner.h"
#include "tablegeneration.h"

#include <algorithm>
#include <cerrno>

namespace {
// The errno the kernel would give for a change refused by the walk over the copy.
int refusalErrno(const IpvsTable &table, const TableChange &change)
{
    using Kind = TableChange::Kind;
    const VirtualService *service = table.find(change.service.key());
    switch (change.kind) {
    case Kind::AddService:
        return service ? EEXIST : EINVAL;
    case Kind::EditService:
    case Kind::DeleteService:
        return service ? EINVAL : ESRCH;
    case Kind::AddServer:
    case Kind::EditServer:
    case Kind::DeleteServer: {
        if (!service)
            return ESRCH;
        const bool exists = service->findRealServer(change.server.address, change.server.port);
        if (change.kind == Kind::AddServer)
            return exists ? EEXIST : EINVAL;
        return exists ? EINVAL : ENOENT;
    }
    case Kind::SetTimeouts:
        return EINVAL;
    }
    return EINVAL;
}
} // namespace

Transaction::Transaction(IpvsKernel &kernel)
    : m_kernel(kernel)
{
}

bool Transaction::readTable(IpvsKernel &kernel, IpvsTable *table, KernelError *error)
{
    if (kernel.readTable(table, error))
        return true;
    if (error->errnoValue != 0 && error->errnoValue != ENOBUFS)
        return false; // the kernel's answer: asking again gets the same one
    return kernel.readTable(table, error);
}

Transaction::Outcome Transaction::refuse(const QString &errorName, const QString &message) const
{
    return Outcome{false, 0, errorName, message};
}

Transaction::Outcome Transaction::apply(std::uint64_t generation, QList<TableChange> changes)
{
    IpvsTable before;
    KernelError error;
    if (!readTable(m_kernel, &before, &error))
        return refuse(DBusErrors::kernelError, error.message);
    if (TableGeneration::of(before) != generation)
        return refuse(DBusErrors::conflict, QStringLiteral("the IPVS table was changed by someone else since it was "
                                                           "read (ipvsadm, keepalived ...); read it again and retry"));

    IpvsTable simulated = before;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        TableChange &change = changes[i];
        if (const VirtualService *service = simulated.find(change.service.key())) {
            change.previousService = *service;
            change.previousService.realServers = {}; // clear() would allocate: the list is shared
            if (const RealServer *server = service->findRealServer(change.server.address, change.server.port))
                change.previousServer = *server;
        }
        change.previousTimeouts = simulated.timeouts.value_or(Timeouts{});
        const QStringList refusals = change.applyTo(simulated);
        if (!refusals.isEmpty()) {
            const int wouldFail = refusalErrno(simulated, change);
            return refuse(wouldFail == EINVAL ? QString(DBusErrors::invalidArgs)
                                              : KernelErrors::dbusErrorName(change.kind, wouldFail),
                          QStringLiteral("change %1 of %2 (%3): %4; nothing was changed")
                              .arg(i + 1)
                              .arg(changes.size())
                              .arg(change.describe(), refusals.join(QStringLiteral("; "))));
        }
    }

    QString why;
    if (beforeApplying && !beforeApplying(before, changes, &why))
        return refuse(DBusErrors::kernelError, why + QStringLiteral("; nothing was changed"));
    const QList<std::optional<KernelError>> results = m_kernel.applyAll(changes);
    const bool allMade = std::none_of(results.cbegin(), results.cend(),
                                      [](const std::optional<KernelError> &result) { return result.has_value(); });
    Outcome outcome;
    if (allMade) {
        IpvsTable after;
        // Made, whatever the read says: a failure here must not report the batch failed.
        outcome = Outcome{true, readTable(m_kernel, &after, &error) ? TableGeneration::of(after) : 0, {}, {}};
    } else {
        outcome = rollBack(changes, results, before);
    }
    if (afterApplying)
        afterApplying();
    return outcome;
}

Transaction::Outcome Transaction::rollBack(const QList<TableChange> &changes,
                                           const QList<std::optional<KernelError>> &results, const IpvsTable &before)
{
    const qsizetype failed = std::find_if(results.cbegin(), results.cend(),
                                          [](const std::optional<KernelError> &result) { return result.has_value(); })
        - results.cbegin();
    const TableChange &failing = changes.at(failed);
    const KernelError &failure = *results.at(failed);
    const QString reason = QStringLiteral("change %1 of %2 (%3) failed: %4")
                               .arg(failed + 1)
                               .arg(changes.size())
                               .arg(failing.describe(), failure.message);
    const auto rollbackFailed = [&](const QString &details) {
        return refuse(DBusErrors::rollbackFailed, reason + QStringLiteral("; putting the table back failed too (")
                                                      + details + QStringLiteral("): the table may be half-changed"));
    };

    // Per-change inverses are not enough: the kernel went on with the changes after the
    // failing one, and deleting a service also deletes the real servers a failed change
    // left in it. So plan from what the kernel holds now to what it held before, for the
    // items the batch touched.
    QList<bool> mayHaveApplied;
    mayHaveApplied.reserve(results.size());
    for (const std::optional<KernelError> &result : results)
        mayHaveApplied.append(KernelError::mayHaveApplied(result));
    const BatchFootprint footprint = BatchFootprint::of(changes, mayHaveApplied, before);

    const PutBack result = putBack(m_kernel, footprint, before);
    if (!result.complete)
        return rollbackFailed(result.problems.join(QStringLiteral("; ")));
    return refuse(KernelErrors::dbusErrorName(failing.kind, failure.errnoValue),
                  reason
                      + (result.othersKept ? QStringLiteral("; what the batch changed is as before, and what others "
                                                            "changed meanwhile was kept")
                                           : QStringLiteral("; the table is as before")));
}

Transaction::PutBack Transaction::putBack(IpvsKernel &kernel, const BatchFootprint &footprint, const IpvsTable &before)
{
    PutBack result;
    IpvsTable now;
    KernelError error;
    if (!readTable(kernel, &now, &error)) {
        result.problems << QStringLiteral("the table could not be read: ") + error.message;
        return result;
    }
    QStringList unrestorable;
    const IpvsTable target = footprint.restore(now, before, &unrestorable);
    for (const TableChange &undo : Planner::plan(now, target)) {
        KernelError undoError;
        if (!kernel.apply(undo, &undoError))
            result.problems << undo.describe() + QStringLiteral(": ") + undoError.message;
    }
    IpvsTable restored;
    if (!readTable(kernel, &restored, &error)) {
        result.problems << QStringLiteral("the table could not be read back: ") + error.message;
        return result;
    }
    result.generation = TableGeneration::of(restored);
    // Judged item by item against "before": a refused undo whose item is back anyway
    // (its service's removal took a real server along) did no harm.
    const QStringList differences = footprint.differences(restored, before);
    result.complete = differences.isEmpty() && unrestorable.isEmpty();
    if (!result.complete)
        result.problems << unrestorable << differences;
    result.othersKept = !restored.sameConfiguration(before);
    return result;
}
