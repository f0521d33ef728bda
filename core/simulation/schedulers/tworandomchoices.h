// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simscheduler.h"

/**
 * twos (ip_vs_twos.c; Debian 12's 6.1 tree has it but CONFIG_IP_VS_TWOS is unset, so
 * its kernel cannot load it): two servers drawn at random in proportion to their
 * weights, the one with the lower overhead per weight wins. The draws come from a generator seeded at creation, so a
 * simulation repeats itself; they cannot match a real kernel's draws.
 */
class TwoRandomChoicesScheduler final : public SimScheduler
{
public:
    explicit TwoRandomChoicesScheduler(std::uint64_t seed);

    SimDestination *schedule(const SimDestinations &destinations, const SchedulingRequest &request,
                             QString *why) override;

private:
    std::uint32_t randomBelow(std::uint32_t ceiling);
    std::uint32_t nextRandom();

    std::uint64_t m_state;
};
