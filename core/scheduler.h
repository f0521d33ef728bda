// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

/// The kernel's IPVS schedulers (net/netfilter/ipvs/ip_vs_<name>.c).
enum class Scheduler : std::uint8_t {
    RoundRobin,              // rr
    WeightedRoundRobin,      // wrr
    LeastConnection,         // lc
    WeightedLeastConnection, // wlc (ipvsadm's default)
    LocalityLeastConnection, // lblc
    LocalityLeastConnectionReplicated, // lblcr
    DestinationHashing,      // dh
    SourceHashing,           // sh
    ShortestExpectedDelay,   // sed
    NeverQueue,              // nq
    WeightedFailover,        // fo
    WeightedOverflow,        // ovf
    MaglevHashing,           // mh
    TwoRandomChoices,        // twos
};

namespace Schedulers {
/// Every scheduler, in the order the GUI lists them.
QList<Scheduler> all();
/// The kernel's name ("wlc"), as ipvsadm -s takes it.
QString name(Scheduler scheduler);
std::optional<Scheduler> fromName(QStringView name);
/// One sentence a learner can follow.
QString description(Scheduler scheduler);
/// Whether the scheduler spreads by weight (weights matter for wrr, wlc ...).
bool usesWeights(Scheduler scheduler);
constexpr Scheduler defaultScheduler = Scheduler::WeightedLeastConnection;
}

/**
 * Scheduler flags (IP_VS_SVC_F_SCHED1..3). Their meaning depends on the scheduler:
 * for sh and mh flag 1 is "fallback" and flag 2 is "port"; other schedulers ignore them
 * and ipvsadm shows them as flag-1..3.
 */
enum SchedulerFlag : std::uint32_t {
    SchedulerFlag1 = 0x08,
    SchedulerFlag2 = 0x10,
    SchedulerFlag3 = 0x20,
};
constexpr std::uint32_t schedulerFlagMask = SchedulerFlag1 | SchedulerFlag2 | SchedulerFlag3;

namespace SchedulerFlags {
/// ipvsadm's spelling of the flags for this scheduler: "sh-fallback,sh-port", "flag-3"...
QString toString(Scheduler scheduler, std::uint32_t flags);
/// Parses ipvsadm's -b argument; an error message names the bad flag.
std::optional<std::uint32_t> parse(Scheduler scheduler, QStringView text, QString *error);
}
