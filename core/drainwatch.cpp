// SPDX-License-Identifier: GPL-2.0-or-later
#include "drainwatch.h"

#include <algorithm>

namespace {
bool same(const DrainWatch::Entry &entry, const ServiceKey &service, const IpAddress &address, std::uint16_t port)
{
    return entry.service == service && entry.address == address && entry.port == port;
}
} // namespace

void DrainWatch::watch(const ServiceKey &service, const IpAddress &address, std::uint16_t port, qint64 deadlineMs)
{
    forget(service, address, port);
    m_entries.append(Entry{service, address, port, deadlineMs});
}

void DrainWatch::forget(const ServiceKey &service, const IpAddress &address, std::uint16_t port)
{
    m_entries.removeIf([&](const Entry &entry) { return same(entry, service, address, port); });
}

bool DrainWatch::isWatched(const ServiceKey &service, const IpAddress &address, std::uint16_t port) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&](const Entry &entry) { return same(entry, service, address, port); });
}

QList<DrainWatch::Entry> DrainWatch::takeDue(const IpvsTable &kernel, qint64 nowMs)
{
    QList<Entry> due;
    m_entries.removeIf([&](const Entry &entry) {
        const VirtualService *service = kernel.find(entry.service);
        const RealServer *server = service ? service->findRealServer(entry.address, entry.port) : nullptr;
        if (!server)
            return true;
        const bool drained = server->weight == 0;
        if (drained && (server->connections.active == 0 || nowMs >= entry.deadlineMs)) {
            due.append(entry);
            return true;
        }
        return false;
    });
    return due;
}
