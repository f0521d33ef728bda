// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvskernel.h"
#include "lab.h"

#include <QString>

/**
 * What builds a lab for the helper's Lab1 service: the real one makes network namespaces
 * (NamespaceLab); tests give a fake. build(), teardown() and fetch() block and are called
 * on a worker thread, one at a time; start() and stop() on the helper's main thread.
 */
class LabRunner
{
public:
    virtual ~LabRunner() = default;
    /// Makes the network; on failure removes what it made and says why.
    virtual bool build(const LabDescription &lab, QString *error) = 0;
    /// The responders and the director's table, after build(). On failure nothing runs.
    virtual bool start(const LabDescription &lab, QString *error) = 0;
    /// Stops what start() started.
    virtual void stop() = 0;
    /// Removes every namespace of the lab's prefix, the running lab's and leftovers alike.
    /// Returns the names removed; `error` gets what could not be.
    virtual QStringList teardown(QString *error) = 0;
    /// The client's requests (see LabClient).
    virtual QList<LabAnswer> fetch(const LabDescription &lab, int count, std::uint16_t firstPort) = 0;
    /// The director namespace's IPVS, valid between start() and stop().
    virtual IpvsKernel &director() = 0;
};
