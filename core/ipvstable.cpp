// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvstable.h"

#include <algorithm>
#include <cstring>

namespace {
bool sameBytes(const IpAddress &a, const IpAddress &b)
{
    std::uint64_t x[2], y[2];
    std::memcpy(x, a.bytes().data(), sizeof x);
    std::memcpy(y, b.bytes().data(), sizeof y);
    return x[0] == y[0] && x[1] == y[1];
}
} // namespace

VirtualService *IpvsTable::find(const ServiceKey &key)
{
    // From the end: rules files, scripts and plans name a service's real servers right
    // after adding it, so reading or applying 1,000 services stays linear. A service
    // about to be added is looked for through the whole table, though: the fields that
    // tell services apart are compared before the full key is built.
    auto it = std::find_if(services.rbegin(), services.rend(), [&](const VirtualService &service) {
        if (service.firewallMark != key.firewallMark)
            return false;
        if (!key.firewallMark && (service.port != key.port || !sameBytes(service.address, key.address)))
            return false;
        return service.key() == key;
    });
    return it == services.rend() ? nullptr : &*it;
}

const VirtualService *IpvsTable::find(const ServiceKey &key) const
{
    return const_cast<IpvsTable *>(this)->find(key);
}

bool IpvsTable::sameConfiguration(const IpvsTable &other) const
{
    if (services.size() != other.services.size() || timeouts != other.timeouts
        || syncDaemons.size() != other.syncDaemons.size())
        return false;
    const bool servicesMatch = std::all_of(services.cbegin(), services.cend(), [&](const VirtualService &mine) {
        const VirtualService *theirs = other.find(mine.key());
        return theirs && mine.sameConfiguration(*theirs);
    });
    const bool daemonsMatch = std::all_of(syncDaemons.cbegin(), syncDaemons.cend(), [&](const SyncDaemon &mine) {
        return other.syncDaemons.contains(mine);
    });
    return servicesMatch && daemonsMatch;
}

int IpvsTable::realServerCount() const
{
    int count = 0;
    for (const VirtualService &service : services)
        count += service.realServers.size();
    return count;
}
