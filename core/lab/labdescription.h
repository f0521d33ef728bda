// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

/// One real server of a lab: its host number on 192.168.0.0/24 (160 is 192.168.0.160,
/// which answers "This is 160") and its weight.
struct LabServer {
    int host = 160;
    std::uint32_t weight = 1;
    friend bool operator==(const LabServer &, const LabServer &) = default;
};

/**
 * What a lab is: the how-to's network for one forwarding method, with its addresses,
 * and the choices a learner makes (scheduler, persistence, which real servers with
 * which weights). Everything else follows from the method:
 *
 * - NAT (section 2): the client 192.168.10.10 and the director's outside address
 *   192.168.10.254 (the VIP) on one link; the director's inside address 192.168.0.254
 *   on the real servers' LAN, their default router.
 * - DR and TUN (section 3): one LAN with the director (192.168.0.1, the VIP
 *   192.168.0.200 beside it), the real servers and a router with the how-to's RouterA
 *   (.251, the director's gateway) and RouterB (.252, the real servers'); the client
 *   192.168.10.10 behind the router, which is 192.168.10.254 on its side.
 */
struct LabDescription {
    Q_DECLARE_TR_FUNCTIONS(LabDescription)

public:
    ForwardingMethod method = ForwardingMethod::Masquerading;
    Scheduler scheduler = Schedulers::defaultScheduler;
    bool persistent = false;
    std::uint32_t persistenceTimeout = defaultPersistenceTimeout;
    QList<LabServer> servers;

    /// At most this many real servers: each is a namespace, a link and a responder.
    static constexpr int maxServers = 8;
    /// The how-to's lab for a method: wlc, real servers 160, 170 and 180 with weight 1.
    static LabDescription howTo(ForwardingMethod method);

    /// "NAT", "DR", "TUN"; the method's lower-case name is the inverse ("nat" ...).
    QString methodName() const;

    static IpAddress clientAddress();
    /// Where the client's packets to the VIP go first: the director (NAT) or the router.
    static IpAddress clientGateway();
    IpAddress vip() const;
    static constexpr std::uint16_t port = 80;
    /// The director's own address on the real servers' LAN.
    IpAddress directorLanAddress() const;
    /// The real servers' default router: the director for NAT, RouterB otherwise.
    IpAddress serverGateway() const;
    static IpAddress routerA();
    static IpAddress routerB();
    static IpAddress serverAddress(int host);
    /// What the real server's HTTP responder says: "This is 160".
    static QString answerText(int host);

    /// The director's table: one TCP service on the VIP, the servers in the order given.
    IpvsTable table() const;
    /// What is wrong with the description, in words; empty when a lab can be built.
    QStringList problems() const;

    friend bool operator==(const LabDescription &, const LabDescription &) = default;
};
