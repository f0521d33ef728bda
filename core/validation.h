// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QList>
#include <QString>

/// One thing wrong with a service or real server: which field, and why, in words.
struct ValidationIssue {
    enum class Field {
        Address,
        Port,
        FirewallMark,
        Scheduler,
        SchedulerFlags,
        Persistence,
        PersistenceNetmask,
        PersistenceEngine,
        OnePacket,
        Forwarding,
        Weight,
        Thresholds,
        Tunnel,
        Identity, ///< duplicates
    };
    Field field;
    QString message; ///< "real server 192.168.0.170: weight 70000 is out of range 0 to 65535"

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

/**
 * The kernel's and ipvsadm's rules for a configuration, checked before anything reaches
 * the kernel, so that nobody types a password for a change that will fail. Each message
 * names the entity, the value and the reason.
 */
namespace Validation {
/// ipvsadm's bounds.
constexpr std::uint32_t maximumWeight = 65535;
constexpr std::uint32_t maximumThreshold = 0x7fffffff;
constexpr std::uint32_t maximumPersistenceTimeout = 86400u * 31u;

QList<ValidationIssue> checkService(const VirtualService &service);
QList<ValidationIssue> checkRealServer(const VirtualService &service, const RealServer &server);
/// Every service and real server, and duplicates.
QList<ValidationIssue> checkTable(const IpvsTable &table);

/// "service TCP 192.168.0.1:80" / "real server 192.168.0.160:80": the prefix of messages.
QString describe(const VirtualService &service);
QString describe(const RealServer &server);
}
