// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QList>

/**
 * Real servers drained "then removed": each is due once the kernel has it at weight 0
 * (the drain applied) and either no active connection is left on it or its deadline
 * has passed, as an admin taking a server out for maintenance would wait. Inactive
 * connections do not hold it: they are only waiting for their timeout.
 */
class DrainWatch
{
public:
    struct Entry {
        ServiceKey service;
        IpAddress address;
        std::uint16_t port = 0;
        qint64 deadlineMs = 0; ///< on the caller's monotonic clock
    };

    void watch(const ServiceKey &service, const IpAddress &address, std::uint16_t port, qint64 deadlineMs);
    void forget(const ServiceKey &service, const IpAddress &address, std::uint16_t port);
    bool isWatched(const ServiceKey &service, const IpAddress &address, std::uint16_t port) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// The entries due in `kernel` at `nowMs`; they are no longer watched. A real server
    /// gone from the kernel's table is forgotten: someone removed it already.
    QList<Entry> takeDue(const IpvsTable &kernel, qint64 nowMs);

private:
    QList<Entry> m_entries;
};
