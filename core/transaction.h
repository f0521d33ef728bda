// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "batchfootprint.h"
#include "ipvskernel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

/**
 * A batch of changes made to one kernel's table as one transaction, all of it or none
 * of what it touched:
 *
 * 1. the table is read, and refused with Conflict if its generation is not the one the
 *    caller planned against;
 * 2. the batch is walked over a copy, so that a change the kernel would refuse for the
 *    table as it is stops the batch before anything reaches the kernel; the previous
 *    state of each change is taken from the kernel's table, not from the caller;
 * 3. the changes go to the kernel in one pipelined run (IpvsKernel::applyAll);
 * 4. if one failed, or its answer was lost, what the batch may have done is put back:
 *    only the services, real servers and timeouts it touched (BatchFootprint), so that
 *    what someone else changed meanwhile survives, and the rollback is judged by those
 *    items, each compared with its state before.
 *
 * A read that fails without an errno (a lost reply, an overrun receive buffer: ENOBUFS)
 * is made once more: a dump changes nothing and may always be repeated.
 */
class Transaction
{
public:
    struct Outcome {
        bool applied = false;
        /// The table's generation after the batch; 0 when the batch was made but the
        /// table could not be read back (the caller must read it before planning again).
        std::uint64_t generation = 0;
        QString errorName; ///< an org.lvsstudio.Error name (core/dbuserrors.h) when not applied
        QString message;   ///< what went wrong, naming the change
    };

    explicit Transaction(IpvsKernel &kernel);

    /// Called once the batch is known to be possible, just before its first change
    /// reaches the kernel, with the table before it and the batch as it will be made
    /// (each change's previous state filled in). Returning false stops the batch with
    /// `why`: nothing has been changed.
    std::function<bool(const IpvsTable &before, const QList<TableChange> &changes, QString *why)> beforeApplying;
    /// Called when the batch has ended, made, refused or put back (not when it was
    /// refused before anything reached the kernel).
    std::function<void()> afterApplying;

    Outcome apply(std::uint64_t generation, QList<TableChange> changes);

    /// IpvsKernel::readTable, made once more after a failure without an errno.
    static bool readTable(IpvsKernel &kernel, IpvsTable *table, KernelError *error);

    /// What putting a batch's items back did.
    struct PutBack {
        bool complete = false;   ///< every touched item is as it was before
        bool othersKept = false; ///< and the table differs from before elsewhere: others' changes
        QStringList problems;    ///< refused undos, unrestorable and differing items
        std::uint64_t generation = 0; ///< of the table afterwards
    };
    /// Puts the items `footprint` names back as they were in `before` and leaves the rest
    /// of the table as it is now; judged item by item, each against `before`. Used for a
    /// failed batch and for one a stopped helper cut short (BatchRecord).
    static PutBack putBack(IpvsKernel &kernel, const BatchFootprint &footprint, const IpvsTable &before);

private:
    Outcome refuse(const QString &errorName, const QString &message) const;
    Outcome rollBack(const QList<TableChange> &changes, const QList<std::optional<KernelError>> &results,
                     const IpvsTable &before);

    IpvsKernel &m_kernel;
};
