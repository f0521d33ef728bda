// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipaddress.h"

#include <QString>

#include <cstdint>

/// A connection-synchronisation daemon (ipvsadm --start-daemon), for director failover.
struct SyncDaemon {
    enum class Role : std::uint8_t { Master, Backup };

    Role role = Role::Master;
    QString interface = QStringLiteral("eth0"); ///< ipvsadm's default --mcast-interface
    std::uint8_t syncId = 0;
    std::uint16_t maxLength = 0;  ///< 0 = the kernel's choice from the interface MTU
    IpAddress group;              ///< null = the default 224.0.0.81
    std::uint16_t port = 0;       ///< 0 = the default 8848
    std::uint8_t ttl = 0;         ///< 0 = the default 1

    friend bool operator==(const SyncDaemon &, const SyncDaemon &) = default;
};
