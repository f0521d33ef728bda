// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simulatedkernel.h"

#include <QList>
#include <QString>

/**
 * A scripted sequence of connections for the simulated kernel, one step per line:
 *
 *     open 10.9.0.1:40001 192.168.10.254:80 [tcp|udp|sctp]   a new connection (held open)
 *     close 10.9.0.1:40001                                    the client closes it
 *     wait 2.5                                                seconds pass
 *
 * with # comments. It is how a lesson replays a pattern of clients, and how the VM rig
 * gives the real kernel and the simulator the very same connections to compare.
 */
namespace ConnectionScript {
struct Step {
    enum class Kind { Open, Close, Wait };
    Kind kind = Kind::Open;
    int line = 0;
    IpAddress client;
    std::uint16_t clientPort = 0;
    IpAddress destination;
    std::uint16_t destinationPort = 0;
    Protocol protocol = Protocol::Tcp;
    std::int64_t waitMs = 0;
};

struct Parsed {
    QList<Step> steps;
    QString error; ///< "line 3: ..." for the first mistake; steps are then not to be used
};
Parsed parse(const QString &text);

/// What the kernel did with one "open": the real server, or none.
struct Outcome {
    Step step;
    bool scheduled = false;
    IpAddress server;
    std::uint16_t serverPort = 0;
    QString why;
};
/// Runs the steps on the kernel. `explain`: ask the scheduler for its reasons.
/// Closing a connection no real server took does nothing; a "close" naming no connection
/// opened at all is reported in *error, and the run stops there.
QList<Outcome> run(SimulatedKernel &kernel, const QList<Step> &steps, bool explain, QString *error);

/// "a.b.c.d:port" or "[v6]:port"; nullopt if it is neither.
std::optional<std::pair<IpAddress, std::uint16_t>> parseEndpoint(QStringView text);
}
