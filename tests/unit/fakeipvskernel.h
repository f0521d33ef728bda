// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvskernel.h"

#include <cerrno>
#include <functional>

/// An in-memory kernel for testing the layers above IpvsKernel: core's table semantics,
/// plus failures on demand.
class FakeIpvsKernel : public IpvsKernel
{
public:
    IpvsTable table;
    int failIndex = -1; ///< applyAll fails the change with this index (ERANGE)
    int applyCalls = 0;
    /// Called in applyAll before each change (by index): where a test makes something
    /// happen between two of a batch's changes, as between two netlink windows.
    std::function<void(qsizetype index)> beforeChange;
    /// applyAll makes the change with this index but loses its answer (no errno), and
    /// sends none after it (notSent), as NetlinkIpvs reports a lost acknowledgement.
    int lostFrom = -1;
    /// apply() (one change: what a rollback uses) refuses a change when this says so.
    std::function<std::optional<KernelError>(const TableChange &change)> refuseSingle;
    /// readTable's call number `call` (counted from 1) fails when this says so.
    std::function<std::optional<KernelError>(int call)> readFault;
    int readCalls = 0;

    bool info(IpvsInfo *info, KernelError *) override
    {
        *info = IpvsInfo{QStringLiteral("1.2.1"), 4096};
        return true;
    }
    bool readTable(IpvsTable *out, KernelError *error) override
    {
        ++readCalls;
        if (readFault) {
            if (const std::optional<KernelError> fault = readFault(readCalls)) {
                *error = *fault;
                return false;
            }
        }
        *out = table;
        // A real kernel always reports its timeouts.
        if (!out->timeouts)
            out->timeouts = Timeouts{};
        return true;
    }
    bool apply(const TableChange &change, KernelError *error) override
    {
        ++applyCalls;
        if (refuseSingle) {
            if (const std::optional<KernelError> refusal = refuseSingle(change)) {
                *error = *refusal;
                return false;
            }
        }
        const QStringList refusals = change.applyTo(table);
        if (refusals.isEmpty())
            return true;
        *error = KernelError{refusals.first().contains(QLatin1String("already")) ? EEXIST : ESRCH, refusals.first()};
        return false;
    }
    QList<std::optional<KernelError>> applyAll(const QList<TableChange> &changes) override
    {
        QList<std::optional<KernelError>> results;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            if (beforeChange)
                beforeChange(i);
            KernelError error;
            if (lostFrom >= 0 && i > lostFrom)
                results.append(KernelError{0, QStringLiteral("never sent (test)"), true});
            else if (i == lostFrom) {
                apply(changes.at(i), &error);
                results.append(KernelError{0, QStringLiteral("netlink: an acknowledgement was lost (test)")});
            } else if (i == failIndex)
                results.append(KernelError{ERANGE, QStringLiteral("the kernel refused this one (test)")});
            else if (apply(changes.at(i), &error))
                results.append(std::nullopt);
            else
                results.append(error);
        }
        return results;
    }
    bool zero(const std::optional<ServiceKey> &, KernelError *) override { return true; }
    bool flush(KernelError *) override
    {
        table.services.clear();
        return true;
    }
    bool startDaemon(const SyncDaemon &daemon, KernelError *) override
    {
        table.syncDaemons.append(daemon);
        return true;
    }
    bool stopDaemon(SyncDaemon::Role role, KernelError *) override
    {
        table.syncDaemons.removeIf([role](const SyncDaemon &d) { return d.role == role; });
        return true;
    }
};
