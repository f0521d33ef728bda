// SPDX-License-Identifier: GPL-2.0-or-later
#include "tworandomchoices.h"

#include "destinationload.h"

TwoRandomChoicesScheduler::TwoRandomChoicesScheduler(std::uint64_t seed)
    : m_state(seed)
{
}

std::uint32_t TwoRandomChoicesScheduler::nextRandom()
{
    // splitmix64: small, fast and good enough for picking servers.
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return std::uint32_t((z ^ (z >> 31)) >> 32);
}

std::uint32_t TwoRandomChoicesScheduler::randomBelow(std::uint32_t ceiling)
{
    // As the kernel's get_random_u32_below(): multiply and keep the high half,
    // rejecting the few draws that would bias the low values.
    std::uint64_t product = std::uint64_t(nextRandom()) * ceiling;
    if (std::uint32_t(product) < ceiling) {
        const std::uint32_t bound = (0u - ceiling) % ceiling;
        while (std::uint32_t(product) < bound)
            product = std::uint64_t(nextRandom()) * ceiling;
    }
    return std::uint32_t(product >> 32);
}

SimDestination *TwoRandomChoicesScheduler::schedule(const SimDestinations &destinations, const SchedulingRequest &,
                                                    QString *why)
{
    int totalWeight = 0;
    SimDestination *first = nullptr;
    for (SimDestination *d : destinations) {
        if (!d->overloaded && d->weight > 0) {
            totalWeight += d->weight;
            first = d;
        }
    }
    if (!first) {
        if (why)
            *why = QStringLiteral("twos found no server: every one is quiesced (weight 0) or overloaded");
        return nullptr;
    }
    // Both draws are in [0, total weight], inclusive at both ends as in the kernel.
    const std::uint32_t ceiling = std::uint32_t(totalWeight) + 1;
    int remaining1 = int(randomBelow(ceiling));
    int remaining2 = int(randomBelow(ceiling));
    SimDestination *second = nullptr;
    int weight1 = -1;
    int weight2 = -1;
    int overhead1 = 0;
    int overhead2 = 0;
    for (SimDestination *d : destinations) {
        if (d->overloaded || d->weight <= 0)
            continue;
        remaining1 -= d->weight;
        remaining2 -= d->weight;
        if (remaining1 <= 0 && weight1 == -1) {
            first = d;
            weight1 = d->weight;
            overhead1 = DestinationLoad::overhead(*d);
        }
        if (remaining2 <= 0 && weight2 == -1) {
            second = d;
            weight2 = d->weight;
            overhead2 = DestinationLoad::overhead(*d);
        }
        if (weight1 != -1 && weight2 != -1)
            break;
    }
    // The kernel multiplies in int; wrap the same way.
    const auto product = [](int a, int b) { return std::int32_t(std::uint32_t(a) * std::uint32_t(b)); };
    SimDestination *chosen = first;
    if (second && product(weight2, overhead1) > product(weight1, overhead2))
        chosen = second;
    if (why) {
        *why = QStringLiteral("twos chose %1: of the two random picks %2 (overhead %3/%4) and %5 (overhead %6/%7), "
                              "the lighter per weight")
                   .arg(chosen->endpoint(), first->endpoint())
                   .arg(overhead1)
                   .arg(weight1)
                   .arg(second ? second->endpoint() : first->endpoint())
                   .arg(overhead2)
                   .arg(weight2);
    }
    return chosen;
}
