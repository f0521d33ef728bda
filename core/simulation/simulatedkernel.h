// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectiontable.h"
#include "ipvstable.h"
#include "rateestimator.h"
#include "simscheduler.h"
#include "tablechange.h"
#include "timerwheel.h"

#include <QHash>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

/**
 * IPVS in process: one network namespace's table with the kernel's rules for changes,
 * its schedulers, connection entries that live and expire as the kernel's do, and its
 * counters and rate estimator. Time is simulated: nothing happens between calls, and
 * advanceTo() moves the clock, expiring entries and running the estimator on the way.
 *
 * What is modelled of a connection (ip_vs_conn.c, ip_vs_proto_tcp.c):
 * - TCP and SCTP: active from the handshake until closed, then inactive for the tcpfin
 *   timeout; held open without traffic, it is removed after the tcp timeout.
 * - UDP: inactive for its whole life, until the udp timeout after its last packet;
 *   one-packet scheduling keeps no entry at all.
 * - Persistence: a template per client (masked by the service's netmask) that sends the
 *   client's next connections to the same real server, even one quiesced since, and
 *   expires its timeout after its last use, never while it controls connections.
 * - Thresholds: a real server is overloaded from its upper threshold until it drops
 *   below its lower one (3/4 of the upper one when unset), as Debian 12's 6.1.192 does.
 * - A deleted real server keeps its connections (the kernel's trash) and comes back
 *   with their counts when it is added again while they live, also into a service
 *   deleted and added again with the same key.
 * Not modelled: TCP's intermediate states and their own timeouts, port reuse
 * (conn_reuse_mode), sync daemons, the connection table's size limit.
 */
class SimulatedKernel
{
public:
    /// The first packet of a new connection and what the connection will carry.
    struct Flow {
        IpAddress client;
        std::uint16_t clientPort = 0;
        IpAddress destination;
        std::uint16_t destinationPort = 0;
        Protocol protocol = Protocol::Tcp;
        std::uint32_t firewallMark = 0; ///< as set by the mangle table, 0 = none
        std::int64_t lengthMs = 0;      ///< < 0: held open until close()
        std::uint32_t inPackets = 1;
        std::uint32_t outPackets = 1;
        std::uint64_t inBytes = 60;
        std::uint64_t outBytes = 60;
    };

    /// Opened::connection when no entry was kept (nothing scheduled, one-packet scheduling).
    static constexpr std::uint64_t noConnection = ~std::uint64_t(0);

    struct Opened {
        bool scheduled = false;         ///< false: no service matched, or no real server was available
        /// For close(): names this connection only, never a later one in the same slot.
        std::uint64_t connection = noConnection;
        const SimDestination *server = nullptr;
        bool byTemplate = false;        ///< sent where the client's persistence template said
    };

    explicit SimulatedKernel(std::uint64_t seed = 1);
    ~SimulatedKernel();
    SimulatedKernel(const SimulatedKernel &) = delete;
    SimulatedKernel &operator=(const SimulatedKernel &) = delete;

    /// Applies a batch as the helper does: all of it, or nothing and the kernel's reasons.
    QStringList apply(const QList<TableChange> &changes);
    /// The configuration, without live values.
    const IpvsTable &configuration() const { return m_configuration; }
    /// Sync daemons are configuration only here: nothing is synchronised.
    void setSyncDaemons(const QList<SyncDaemon> &daemons) { m_configuration.syncDaemons = daemons; }
    /// The table with connection counts, counters and rates, as the helper reads it.
    IpvsTable table() const;
    /// ipvsadm -Z: every counter to zero (connection counts are not counters).
    void zero();
    /// net.ipv4.vs.expire_quiescent_template: a template to a weight-0 server is dropped.
    void setExpireQuiescentTemplate(bool on) { m_expireQuiescentTemplate = on; }

    int serviceCount() const { return int(m_services.size()); }
    /// The service a packet to this flow's destination reaches, or -1 (as ip_vs_service_find).
    int findService(const Flow &flow) const;
    /// A new connection to the service at `serviceIndex` (configuration order).
    /// `why`, when given, receives the scheduler's reason for its pick.
    Opened open(int serviceIndex, const Flow &flow, QString *why = nullptr);
    Opened open(const Flow &flow, QString *why = nullptr);
    /// The client closes a connection: it turns inactive until the tcpfin timeout.
    /// A connection already gone (expired) is left alone.
    void close(std::uint64_t connection);

    std::int64_t now() const { return m_wheel.now(); }
    /// Moves the simulated clock forward, expiring entries and running the estimator.
    void advanceTo(std::int64_t nowMs);
    /// Connection entries alive, persistence templates included.
    std::size_t connectionCount() const { return m_liveConnections; }
    /// Those entries as ipvsadm -Lnc lists them (at most `limit`; -1: all).
    QList<ConnectionEntry> connectionEntries(int limit = -1) const;

private:
    struct Service;
    struct Destination;
    struct Connection;

    Service *serviceFor(const ServiceKey &key) const;
    void addService(const VirtualService &service);
    void editService(const VirtualService &service);
    void deleteService(const ServiceKey &key);
    void addServer(const ServiceKey &key, const RealServer &server);
    void editServer(const ServiceKey &key, const RealServer &server);
    void deleteServer(const ServiceKey &key, const RealServer &server);

    std::uint32_t newConnection();
    void bind(Connection &connection, Destination *destination);
    void release(std::uint32_t slot);
    void closeSlot(std::uint32_t slot);
    void expire(const TimerWheel::Entry &entry);
    void arm(std::uint32_t slot, std::int64_t dueMs);
    const SimDestination *persistentPick(Service &service, const Flow &flow, const SchedulingRequest &request,
                                         QString *why, std::uint32_t *controller, bool *byTemplate);
    void count(Destination *destination, std::uint32_t connections, std::uint32_t inPackets, std::uint32_t outPackets,
               std::uint64_t inBytes, std::uint64_t outBytes);
    void estimate();
    void collectTrash();

    IpvsTable m_configuration;
    std::vector<std::unique_ptr<Service>> m_services;
    std::vector<std::unique_ptr<Destination>> m_trash; // deleted real servers with live connections
    std::vector<Connection> m_connections;
    std::vector<std::uint32_t> m_freeSlots;
    std::size_t m_liveConnections = 0;
    TimerWheel m_wheel;
    std::int64_t m_nextEstimateMs = RateEstimator::periodMs;
    std::uint32_t m_nextServiceId = 1;
    std::uint64_t m_seed;
    bool m_expireQuiescentTemplate = false;
};
