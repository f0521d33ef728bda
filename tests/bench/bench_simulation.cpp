// SPDX-License-Identifier: GPL-2.0-or-later
// How many new connections a second the simulated kernel schedules on one core, for
// 1,000 services x 10 real servers: the kernel alone (flows made beforehand) and with
// the traffic generator making them. Prints medians of three runs; asserts no time.
// About 50 s on a two-core machine: each run needs its 2,000,000 connections, twice the
// simulated second after which the 1 s FIN timeout expires entries, so that expiry is
// part of what is timed (fewer would measure a table that only grows).
#include "planner.h"
#include "simulatedkernel.h"
#include "trafficgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
constexpr int services = 1000;
constexpr int serversPerService = 10;
constexpr int connectionsPerRun = 2'000'000;
constexpr int runs = 3;

IpvsTable bigTable(Scheduler scheduler)
{
    IpvsTable table;
    // Short FIN timeouts keep the number of live entries (and memory) bounded; the
    // scheduling work per connection is the same.
    table.timeouts = Timeouts{900, 1, 300};
    for (int s = 0; s < services; ++s) {
        VirtualService service;
        service.address = IpAddress::fromV4(0x0a000000u + std::uint32_t(s));
        service.port = 80;
        service.scheduler = scheduler;
        for (int r = 0; r < serversPerService; ++r) {
            RealServer server;
            server.address = IpAddress::fromV4(0xc0a80000u + std::uint32_t(s * serversPerService + r));
            server.port = 80;
            server.forwarding = ForwardingMethod::Masquerading;
            server.weight = std::uint32_t(1 + r % 4);
            service.realServers.append(server);
        }
        table.services.append(service);
    }
    return table;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The kernel alone: a million-odd flows, 1 ms of simulated time per 1,000 connections.
double kernelOnly(Scheduler scheduler)
{
    SimulatedKernel kernel;
    kernel.apply(Planner::plan({}, bigTable(scheduler)));
    std::vector<SimulatedKernel::Flow> flows(4096);
    for (std::size_t i = 0; i < flows.size(); ++i) {
        flows[i].client = IpAddress::fromV4(0xc6120000u + std::uint32_t(i * 7919 % 65536));
        flows[i].clientPort = std::uint16_t(32768 + i);
        flows[i].lengthMs = std::int64_t(i % 1000);
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < connectionsPerRun; ++i) {
        if (i % 1000 == 0)
            kernel.advanceTo(i / 1000);
        kernel.open(i % services, flows[std::size_t(i) % flows.size()]);
    }
    return connectionsPerRun / (double(timer.nsecsElapsed()) / 1e9);
}

// With the generator: random clients, services, lengths and sizes, at 1M/s simulated.
double withGenerator(Scheduler scheduler)
{
    SimulatedKernel kernel;
    kernel.apply(Planner::plan({}, bigTable(scheduler)));
    TrafficGenerator::Settings settings;
    settings.connectionsPerSecond = 1'000'000;
    settings.meanConnectionSeconds = 0.5;
    settings.clients = 100000;
    TrafficGenerator traffic(kernel, settings);
    QElapsedTimer timer;
    timer.start();
    traffic.run(connectionsPerRun / 1000);
    return double(traffic.opened()) / (double(timer.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("simulated kernel: %d services x %d real servers, %d new connections per run, median of %d\n",
                services, serversPerService, connectionsPerRun, runs);
    for (Scheduler scheduler : {Scheduler::RoundRobin, Scheduler::WeightedLeastConnection, Scheduler::SourceHashing,
                                Scheduler::MaglevHashing}) {
        std::vector<double> alone, generated;
        for (int run = 0; run < runs; ++run) {
            alone.push_back(kernelOnly(scheduler));
            generated.push_back(withGenerator(scheduler));
        }
        const double kernelRate = median(alone);
        const double generatorRate = median(generated);
        std::printf("  %-4s kernel alone %6.2f M connections/s (%.2f of the 1 M/s goal); with the traffic generator "
                    "%6.2f M/s (%.2f)\n",
                    qPrintable(Schedulers::name(scheduler)), kernelRate / 1e6, kernelRate / 1e6, generatorRate / 1e6,
                    generatorRate / 1e6);
    }
    return 0;
}
