// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simulatedkernel.h"

#include <QString>

#include <cstdint>
#include <functional>

/**
 * Synthetic clients for the simulated kernel: new connections arriving at random
 * (a Poisson process) from a pool of client addresses, to the table's services, each
 * lasting a random time and carrying a random amount of data. The same seed and
 * settings give the same connections on every machine (its own generator and
 * distributions, not the standard library's, whose output differs between vendors).
 * Settings may change while it runs; the next arrival follows them.
 */
class TrafficGenerator
{
public:
    struct Settings {
        int clients = 500;                  ///< distinct client addresses (198.18.0.0/15, 2001:db8:ffff::/48)
        double connectionsPerSecond = 40;   ///< the mean arrival rate
        double meanConnectionSeconds = 4;   ///< exponentially distributed
        double meanRequestBytes = 800;      ///< client to server
        double meanReplyBytes = 24000;      ///< server to client
        double burstFactor = 1;             ///< the rate is multiplied by this during a burst
        double burstEverySeconds = 0;       ///< 0: no bursts
        double burstSeconds = 5;
        std::uint64_t seed = 1;
    };

    /// One new connection, for whoever shows them (the topology view, the scheduler panel).
    struct Arrival {
        int serviceIndex = -1;
        IpAddress client;
        SimulatedKernel::Opened opened;
        QString why; ///< the scheduler's reason, for the first `explain` arrivals of a run
    };

    explicit TrafficGenerator(SimulatedKernel &kernel);
    TrafficGenerator(SimulatedKernel &kernel, const Settings &settings);

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings);

    /// Opens every connection that arrives until `untilMs`, moving the kernel's clock along.
    /// `explain` arrivals get the scheduler's reason in words (it costs a string each).
    void run(std::int64_t untilMs, const std::function<void(const Arrival &)> &onArrival = {}, int explain = 0);
    /// How many connections it has opened.
    std::uint64_t opened() const { return m_opened; }

private:
    double uniform();          // (0, 1]
    double exponential(double mean);
    double rateAt(std::int64_t ms) const;
    SimulatedKernel::Flow flowFor(int serviceIndex);

    SimulatedKernel &m_kernel;
    Settings m_settings;
    std::uint64_t m_state;
    std::int64_t m_nextArrivalMs;
    double m_carryMs = 0;
    std::uint64_t m_opened = 0;
    std::uint32_t m_nextPort = 0;
};
