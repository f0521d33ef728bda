// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syncdaemon.h"
#include "timeouts.h"
#include "virtualservice.h"

#include <QList>

#include <optional>

/**
 * A whole IPVS configuration: what one kernel (one network namespace) holds, or what a
 * rules file describes. Services are kept in the order they were added; writers sort
 * the way ipvsadm does.
 */
struct IpvsTable {
    QList<VirtualService> services;
    std::optional<Timeouts> timeouts; ///< set when a file or the kernel says so
    QList<SyncDaemon> syncDaemons;

    VirtualService *find(const ServiceKey &key);
    const VirtualService *find(const ServiceKey &key) const;

    /// Same services and real servers (order ignored), timeouts and daemons.
    bool sameConfiguration(const IpvsTable &other) const;
    int realServerCount() const;
};
