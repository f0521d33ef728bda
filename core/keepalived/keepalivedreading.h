// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The keepalived reader's inside, shared by its files (keepalivedreader.cpp: the
// configuration's top level, virtual servers and their completion;
// keepalivedgroups.cpp: virtual_server_group; keepalivedrealservers.cpp: real servers
// and their forwarding). Not for use outside core/keepalived/.
#include "keepalivedreader.h"

#include "keepalivedsyntax.h"
#include "keepalivedvalues.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace KeepalivedReading {
using KeepalivedReader::Tr;
using KeepalivedValues::familyName;
using KeepalivedValues::number;
using KeepalivedValues::numberInRange;

// keepalived's LVS_MAX_TIMEOUT (include/global_data.h): 31 days, as ipvsadm's.
constexpr std::uint32_t maximumTimeout = 86400u * 31u;
struct ForwardingChoice {
    ForwardingMethod method = ForwardingMethod::Masquerading;
    TunnelType tunnelType = TunnelType::Ipip;
    std::uint16_t tunnelPort = 0;
    TunnelChecksum tunnelChecksum = TunnelChecksum::None;
};

struct PendingRealServer {
    const KeepalivedStatement *statement = nullptr;
    IpAddress address;
    std::uint16_t port = 0;
    std::optional<ForwardingChoice> forwarding;
    std::optional<std::uint32_t> weight;
    std::uint32_t upperThreshold = 0;
    std::uint32_t lowerThreshold = 0;
};

struct GroupEntry {
    const KeepalivedStatement *statement = nullptr;
    bool isFirewallMark = false;
    std::uint32_t firewallMark = 0;
    std::optional<IpAddress::Family> markFamily;
    QList<IpAddress> addresses;
    std::uint16_t port = 0;
};

struct Group {
    const KeepalivedStatement *statement = nullptr;
    QList<GroupEntry> entries;
};

struct PendingService {
    enum class Kind { Address, FirewallMark, Group };

    const KeepalivedStatement *statement = nullptr;
    Kind kind = Kind::Address;
    IpAddress address;
    std::uint16_t port = 0;
    std::uint32_t firewallMark = 0;
    QString group;
    std::optional<IpAddress::Family> family;

    VirtualService attributes; // scheduler, flags, persistence, protocol, one-packet
    bool schedulerGiven = false;
    std::optional<std::uint32_t> persistenceNetmask;
    IpAddress::Family persistenceNetmaskFamily = IpAddress::Family::V4;
    std::optional<ForwardingChoice> forwarding;
    std::uint32_t defaultWeight = 1;
    QList<PendingRealServer> realServers;
    QStringList checkers;
    int inhibited = 0;
};

class Reader
{
public:
    explicit Reader(KeepalivedReadResult &result)
        : m_result(result)
    {
    }

    void read(const QList<KeepalivedStatement> &statements);

private:
    void error(const KeepalivedStatement &statement, const QString &message)
    {
        m_result.errors.append({statement.file, statement.line, message});
    }
    void note(const KeepalivedStatement &statement, const QString &message)
    {
        m_result.notes.append({statement.file, statement.line, message});
    }
    bool hasValue(const KeepalivedStatement &statement, qsizetype words = 2);

    void readGroup(const KeepalivedStatement &statement);
    std::optional<GroupEntry> readGroupEntry(const KeepalivedStatement &statement);
    std::optional<QList<IpAddress>> readRange(const KeepalivedStatement &statement, const QString &text);
    void readGlobalDefinitions(const KeepalivedStatement &statement);
    void readTimeouts(const KeepalivedStatement &statement);
    void readVirtualServer(const KeepalivedStatement &statement);
    bool readServiceStatement(const KeepalivedStatement &statement, PendingService &service);
    void readSchedulerFlag(const KeepalivedStatement &statement, PendingService &service);
    void readGranularity(const KeepalivedStatement &statement, PendingService &service);
    void readRealServer(const KeepalivedStatement &statement, PendingService &service);
    std::optional<ForwardingChoice> readForwarding(const KeepalivedStatement &statement);
    std::optional<std::uint16_t> readPort(const KeepalivedStatement &statement, qsizetype index);
    void finishVirtualServer(PendingService &service);
    void addService(const PendingService &pending, VirtualService service);

    KeepalivedReadResult &m_result;
    QHash<QString, Group> m_groups;
    QHash<ServiceKey, const KeepalivedStatement *> m_defined;
};

inline QString where(const KeepalivedStatement &statement)
{
    return statement.file + QLatin1Char(':') + QString::number(statement.line);
}

// "virtual_server 10.0.0.1 80": how a note names the block it speaks of.
inline QString heading(const KeepalivedStatement &statement)
{
    return statement.words.join(QLatin1Char(' '));
}
} // namespace KeepalivedReading
