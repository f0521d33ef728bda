// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>

/**
 * The kernel's idle timeouts for connection entries (ipvsadm --set tcp tcpfin udp), in
 * seconds. In a --set command 0 means "leave unchanged".
 */
struct Timeouts {
    std::uint32_t tcp = 900;
    std::uint32_t tcpFin = 120;
    std::uint32_t udp = 300;

    friend bool operator==(const Timeouts &, const Timeouts &) = default;
};

/// ipvsadm's upper bound for any timeout it accepts (31 days).
constexpr std::uint32_t maximumTimeout = 86400u * 31u;
