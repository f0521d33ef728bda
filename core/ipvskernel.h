// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "tablechange.h"

#include <QList>
#include <QString>

#include <optional>

/// Why the kernel refused: its errno and a sentence naming what was wrong.
struct KernelError {
    int errnoValue = 0; ///< positive errno from the kernel (ESRCH, EEXIST ...), 0 if not from the kernel
    QString message;    ///< "scheduler 'twos' is not available: load ip_vs_twos"
    /// In a batch's results: the change never left the helper (an earlier part of the
    /// batch could not be sent or answered), so the kernel cannot have made it. Without
    /// an errno and without this, the kernel may or may not have made it.
    bool notSent = false;

    /// For a batch's result: whether the kernel may have made the change.
    static bool mayHaveApplied(const std::optional<KernelError> &result)
    {
        return !result || (result->errnoValue == 0 && !result->notSent);
    }
};

/// What GET_INFO reports.
struct IpvsInfo {
    QString version;              ///< "1.2.1"
    std::uint32_t connectionTableSize = 0; ///< 4096 by default
};

/**
 * The kernel's IPVS table of one network namespace, as the helper drives it. The real
 * implementation speaks generic netlink (NetlinkIpvs); tests of the D-Bus layer use a
 * fake. Every call is synchronous and returns quickly: IPVS answers from memory.
 */
class IpvsKernel
{
public:
    virtual ~IpvsKernel() = default;

    virtual bool info(IpvsInfo *info, KernelError *error) = 0;
    /// Services with their real servers, counters and rates, the timeouts and the sync
    /// daemons. Services and real servers keep the kernel's dump order.
    virtual bool readTable(IpvsTable *table, KernelError *error) = 0;
    virtual bool apply(const TableChange &change, KernelError *error) = 0;
    /**
     * Sends every change without waiting for each acknowledgement, then collects the
     * acknowledgements. The kernel handles them in order and independently, so a
     * failure does not stop the later ones: the result has one entry per change,
     * nullopt for success, an errno for a refusal, no errno for an answer that was
     * lost (the kernel may have made that change) and notSent for what was never sent.
     */
    virtual QList<std::optional<KernelError>> applyAll(const QList<TableChange> &changes) = 0;
    /// Zeroes the counters of one service, or of everything.
    virtual bool zero(const std::optional<ServiceKey> &service, KernelError *error) = 0;
    /// Deletes every service (IPVS_CMD_FLUSH).
    virtual bool flush(KernelError *error) = 0;
    virtual bool startDaemon(const SyncDaemon &daemon, KernelError *error) = 0;
    virtual bool stopDaemon(SyncDaemon::Role role, KernelError *error) = 0;
};
