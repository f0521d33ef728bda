// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "tablechange.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

/**
 * What a batch of changes touched: the services it added, edited or deleted, the real
 * servers it added, edited or deleted (deleting a service touches every real server it
 * had), and the timeouts it set. Rolling a failed batch back puts exactly these items
 * back as they were before it and leaves the rest of the table as it is now: a change
 * that keepalived, ipvsadm or a second window made while the batch ran survives, as
 * systemd's and firewalld's transactions leave alone what they did not do.
 *
 * Only changes the kernel may have made count (the caller says which): a change the
 * kernel refused with an errno did nothing, and undoing it would undo someone else's.
 */
class BatchFootprint
{
public:
    /// The footprint of `changes[i]` for every i where `mayHaveApplied[i]`, against the
    /// table as it was before the batch.
    static BatchFootprint of(const QList<TableChange> &changes, const QList<bool> &mayHaveApplied,
                             const IpvsTable &before);

    /// `now`, with each touched item as it was in `before`. What cannot be put back (a
    /// touched real server of a service someone else deleted meanwhile) is listed in
    /// `unrestorable`.
    IpvsTable restore(const IpvsTable &now, const IpvsTable &before, QStringList *unrestorable) const;
    /// The touched items that `table` holds differently from `before`, named as ipvsadm
    /// names them ("real server 192.168.0.160:80 of TCP 192.168.10.254:80"); empty when
    /// every one is back.
    QStringList differences(const IpvsTable &table, const IpvsTable &before) const;

    bool isEmpty() const { return m_services.isEmpty() && m_servers.isEmpty() && !m_timeouts.any(); }

private:
    /// A real server within its service: the kernel's key for a destination.
    struct ServerKey {
        ServiceKey service;
        IpAddress address;
        std::uint16_t port = 0;
        friend bool operator==(const ServerKey &, const ServerKey &) = default;
        friend size_t qHash(const ServerKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.service, key.address, key.port);
        }
    };
    /// Which of the three timeouts a batch set (a 0 in ipvsadm --set leaves one alone).
    struct TouchedTimeouts {
        bool tcp = false;
        bool tcpFin = false;
        bool udp = false;
        bool any() const { return tcp || tcpFin || udp; }
    };

    static QString serverName(const ServerKey &key, const IpvsTable &before, const IpvsTable &table);

    QList<ServiceKey> m_services; ///< in the order first touched, so that messages are stable
    QSet<ServiceKey> m_serviceSet;
    QList<ServerKey> m_servers;
    QSet<ServerKey> m_serverSet;
    TouchedTimeouts m_timeouts;

    void touchService(const ServiceKey &key);
    void touchServer(const ServerKey &key);
};
