// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablegeneration.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <vector>

namespace {
// Each configurable value in a fixed binary form; counters and live values left out.
class Fields
{
public:
    // Each value at its own width: every field's type is fixed, so the layout is too.
    // Native byte order: a generation is only compared on the machine that made it.
    template<typename Integer>
    Fields &operator<<(Integer value)
    {
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
        return *this;
    }
    Fields &operator<<(const IpAddress &address)
    {
        *this << std::uint8_t(address.family());
        m_bytes.append(reinterpret_cast<const char *>(address.bytes().data()), 16);
        return *this;
    }
    Fields &operator<<(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        *this << std::uint32_t(utf8.size());
        m_bytes.append(utf8);
        return *this;
    }
    const QByteArray &bytes() const { return m_bytes; }
    void reserve(size_t size) { m_bytes.reserve(qsizetype(size)); }

private:
    QByteArray m_bytes;
};

void addServer(Fields &fields, const RealServer &server)
{
    fields << server.address << server.port << std::uint8_t(server.forwarding) << server.weight << server.upperThreshold
           << server.lowerThreshold << std::uint8_t(server.tunnelType) << server.tunnelPort << std::uint8_t(server.tunnelChecksum);
}

void addService(Fields &fields, const VirtualService &service)
{
    fields << std::uint16_t(service.protocol) << service.address << service.port << service.firewallMark
           << std::uint8_t(service.firewallMarkFamily) << std::uint8_t(service.scheduler) << service.schedulerFlags << service.persistent
           << service.persistenceTimeout << service.persistenceNetmask << service.persistenceEngine << service.onePacket;
    // Real servers are unique by address and port within their service: sorted by
    // those, they come in one order whatever order the kernel listed them in.
    std::vector<const RealServer *> servers;
    servers.reserve(size_t(service.realServers.size()));
    for (const RealServer &server : service.realServers)
        servers.push_back(&server);
    std::sort(servers.begin(), servers.end(), [](const RealServer *a, const RealServer *b) {
        return std::tie(a->address, a->port) < std::tie(b->address, b->port);
    });
    fields << std::uint32_t(servers.size());
    for (const RealServer *server : servers)
        addServer(fields, *server);
}

void addDaemon(Fields &fields, const SyncDaemon &daemon)
{
    fields << std::uint8_t(daemon.role) << daemon.interface << daemon.syncId << daemon.maxLength << daemon.group << daemon.port
           << daemon.ttl;
}

// Services are unique by their key; this orders keys.
auto keyTuple(const VirtualService &service)
{
    return std::make_tuple(service.firewallMark, int(service.firewallMarkFamily), int(service.protocol), service.address,
                           service.port);
}
} // namespace

std::uint64_t TableGeneration::of(const IpvsTable &table)
{
    // Sorted so that the kernel's hash order does not matter; a kernel always has
    // timeouts, so a table that does not say has the defaults. Every part has a fixed
    // layout or a count or length before it, so different tables cannot run together
    // into the same bytes.
    const Timeouts timeouts = table.timeouts.value_or(Timeouts{});
    std::vector<const SyncDaemon *> daemons;
    for (const SyncDaemon &daemon : table.syncDaemons)
        daemons.push_back(&daemon);
    std::sort(daemons.begin(), daemons.end(),
              [](const SyncDaemon *a, const SyncDaemon *b) { return int(a->role) < int(b->role); });
    std::vector<const VirtualService *> services;
    services.reserve(size_t(table.services.size()));
    for (const VirtualService &service : table.services)
        services.push_back(&service);
    std::sort(services.begin(), services.end(),
              [](const VirtualService *a, const VirtualService *b) { return keyTuple(*a) < keyTuple(*b); });

    Fields fields;
    fields.reserve(64 + size_t(table.services.size()) * 64 + size_t(table.realServerCount()) * 40);
    fields << timeouts.tcp << timeouts.tcpFin << timeouts.udp << std::uint32_t(daemons.size());
    for (const SyncDaemon *daemon : daemons)
        addDaemon(fields, *daemon);
    fields << std::uint32_t(services.size());
    for (const VirtualService *service : services)
        addService(fields, *service);
    // BLAKE2b: as good against accidental collisions as SHA-256, and a tenth of its cost
    // with Qt's implementations; a table of 10,000 real servers is half a megabyte here,
    // hashed on every read.
    const QByteArray digest = QCryptographicHash::hash(fields.bytes(), QCryptographicHash::Blake2b_256);
    std::uint64_t generation = 0;
    std::memcpy(&generation, digest.constData(), sizeof generation);
    return generation;
}
