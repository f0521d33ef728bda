// SPDX-License-Identifier: GPL-2.0-or-later
#include "scheduler.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace {
struct SchedulerInfo {
    Scheduler scheduler;
    const char *name;
    bool weighted;
    const char *description;
};

constexpr std::array<SchedulerInfo, 14> infos{{
    {Scheduler::RoundRobin, "rr", false,
     QT_TRANSLATE_NOOP("Schedulers", "Round robin: each new connection goes to the next real server in turn.")},
    {Scheduler::WeightedRoundRobin, "wrr", true,
     QT_TRANSLATE_NOOP("Schedulers", "Weighted round robin: servers take turns in proportion to their weights.")},
    {Scheduler::LeastConnection, "lc", false,
     QT_TRANSLATE_NOOP("Schedulers", "Least connection: the server with the fewest connections wins (an active connection counts as 256 inactive ones).")},
    {Scheduler::WeightedLeastConnection, "wlc", true,
     QT_TRANSLATE_NOOP("Schedulers", "Weighted least connection: the lowest connections-per-weight wins; ipvsadm's default.")},
    {Scheduler::LocalityLeastConnection, "lblc", true,
     QT_TRANSLATE_NOOP("Schedulers", "Locality-based least connection: a destination address keeps its server unless that server is overloaded (for caches).")},
    {Scheduler::LocalityLeastConnectionReplicated, "lblcr", true,
     QT_TRANSLATE_NOOP("Schedulers", "Locality-based least connection with replication: a destination address maps to a set of servers that grows under load.")},
    {Scheduler::DestinationHashing, "dh", true,
     QT_TRANSLATE_NOOP("Schedulers", "Destination hashing: the destination address picks the server from a static hash table.")},
    {Scheduler::SourceHashing, "sh", true,
     QT_TRANSLATE_NOOP("Schedulers", "Source hashing: the client address picks the server, so a client always lands on the same one.")},
    {Scheduler::ShortestExpectedDelay, "sed", true,
     QT_TRANSLATE_NOOP("Schedulers", "Shortest expected delay: (active connections + 1) / weight, lowest wins.")},
    {Scheduler::NeverQueue, "nq", true,
     QT_TRANSLATE_NOOP("Schedulers", "Never queue: an idle server wins at once; otherwise shortest expected delay.")},
    {Scheduler::WeightedFailover, "fo", true,
     QT_TRANSLATE_NOOP("Schedulers", "Weighted failover: every connection goes to the available server with the highest weight.")},
    {Scheduler::WeightedOverflow, "ovf", true,
     QT_TRANSLATE_NOOP("Schedulers", "Weighted overflow: the highest-weight server until its active connections reach its weight, then the next.")},
    {Scheduler::MaglevHashing, "mh", true,
     QT_TRANSLATE_NOOP("Schedulers", "Maglev hashing: a consistent hash of the client address over a lookup table filled by weight.")},
    {Scheduler::TwoRandomChoices, "twos", true,
     QT_TRANSLATE_NOOP("Schedulers", "Weighted random twos choice: pick two servers at random by weight, take the less loaded.")},
}};

const SchedulerInfo &info(Scheduler scheduler)
{
    return infos[static_cast<size_t>(scheduler)];
}
} // namespace

QList<Scheduler> Schedulers::all()
{
    QList<Scheduler> result;
    for (const auto &i : infos)
        result.append(i.scheduler);
    return result;
}

QString Schedulers::name(Scheduler scheduler)
{
    return QString::fromLatin1(info(scheduler).name);
}

std::optional<Scheduler> Schedulers::fromName(QStringView name)
{
    for (const auto &i : infos) {
        if (name == QLatin1String(i.name))
            return i.scheduler;
    }
    return std::nullopt;
}

QString Schedulers::description(Scheduler scheduler)
{
    return QCoreApplication::translate("Schedulers", info(scheduler).description);
}

bool Schedulers::usesWeights(Scheduler scheduler)
{
    return info(scheduler).weighted;
}

namespace {
// Index 0..2 for SCHED1..3; sh and mh give the first two a name of their own.
QString flagName(Scheduler scheduler, int index)
{
    if (index < 2 && (scheduler == Scheduler::SourceHashing || scheduler == Scheduler::MaglevHashing)) {
        const QString prefix = Schedulers::name(scheduler);
        return prefix + (index == 0 ? QLatin1String("-fallback") : QLatin1String("-port"));
    }
    return QLatin1String("flag-") + QString::number(index + 1);
}

constexpr std::array<std::uint32_t, 3> flagBits{SchedulerFlag1, SchedulerFlag2, SchedulerFlag3};
} // namespace

QString SchedulerFlags::toString(Scheduler scheduler, std::uint32_t flags)
{
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        if (flags & flagBits[i])
            names.append(flagName(scheduler, i));
    }
    return names.join(QLatin1Char(','));
}

std::optional<std::uint32_t> SchedulerFlags::parse(Scheduler scheduler, QStringView text, QString *error)
{
    std::uint32_t flags = 0;
    // ipvsadm accepts flag-N for any scheduler and the named flags only for their own.
    for (QStringView part : text.split(QLatin1Char(','))) {
        bool matched = false;
        for (int i = 0; i < 3 && !matched; ++i) {
            if (part == QString(QLatin1String("flag-") + QString::number(i + 1))) {
                flags |= flagBits[i];
                matched = true;
            }
        }
        for (Scheduler owner : {Scheduler::SourceHashing, Scheduler::MaglevHashing}) {
            for (int i = 0; i < 2 && !matched; ++i) {
                if (part != flagName(owner, i))
                    continue;
                if (scheduler != owner) {
                    if (error)
                        *error = QCoreApplication::translate("SchedulerFlags",
                                     "scheduler flag '%1' needs the %2 scheduler, not %3")
                                     .arg(part.toString(), Schedulers::name(owner), Schedulers::name(scheduler));
                    return std::nullopt;
                }
                flags |= flagBits[i];
                matched = true;
            }
        }
        if (!matched) {
            if (error)
                *error = QCoreApplication::translate("SchedulerFlags", "unknown scheduler flag '%1'")
                             .arg(part.toString());
            return std::nullopt;
        }
    }
    return flags;
}
