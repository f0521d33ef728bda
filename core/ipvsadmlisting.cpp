// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsadmlisting.h"

#include "ipvsadmorder.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

namespace {
using View = IpvsadmListing::View;

// printf, the way ipvsadm formats every line. Lines are built as Latin-1 bytes and
// the text made once at the end: a 10,000-line listing then costs milliseconds.
template<typename... Args>
QByteArray format(const char *pattern, Args... args)
{
    char buffer[512];
    const int length = std::snprintf(buffer, sizeof buffer, pattern, args...);
    return QByteArray(buffer, std::clamp(length, 0, int(sizeof buffer) - 1));
}

// ipvsadm's print_largenum.
QByteArray largeNumber(std::uint64_t value, bool exact)
{
    using u64 = unsigned long long;
    if (exact) {
        const int length = int(QByteArray::number(quint64(value)).size());
        return format("%*llu", length <= 8 ? 9 : length + 1, u64(value));
    }
    if (value < 100000000ull)
        return format("%9llu", u64(value));
    if (value < 1000000000ull)
        return format("%8lluK", u64(value / 1000));
    if (value < 100000000000ull)
        return format("%8lluM", u64(value / 1000000));
    if (value < 100000000000000ull)
        return format("%8lluG", u64(value / 1000000000ull));
    return format("%8lluT", u64(value / 1000000000000ull));
}

QByteArray title(View view)
{
    const char *name = "Prot LocalAddress:Port";
    switch (view) {
    case View::Stats:
        return format("%-33s %8s %8s %8s %8s %8s\n  -> RemoteAddress:Port\n", name, "Conns", "InPkts", "OutPkts",
                      "InBytes", "OutBytes");
    case View::Rate:
        return format("%-33s %8s %8s %8s %8s %8s\n  -> RemoteAddress:Port\n", name, "CPS", "InPPS", "OutPPS", "InBPS",
                      "OutBPS");
    case View::Thresholds:
        return format("%-33s %-10s %-10s %-10s %-10s\n  -> RemoteAddress:Port\n", name, "Uthreshold", "Lthreshold",
                      "ActiveConn", "InActConn");
    case View::PersistentConnections:
        return format("%-33s %-9s %-11s %-10s %-10s\n  -> RemoteAddress:Port\n", name, "Weight", "PersistConn",
                      "ActiveConn", "InActConn");
    case View::Default:
        break;
    }
    return QByteArrayLiteral("Prot LocalAddress:Port Scheduler Flags\n"
                             "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n");
}

QString serviceName(const VirtualService &service)
{
    if (service.isFirewallMark()) {
        return QString::fromLatin1(format("FWM  %u", unsigned(service.firewallMark)))
            + (service.firewallMarkFamily == IpAddress::Family::V6 ? QStringLiteral(" IPv6") : QString());
    }
    QString name = QString::fromLatin1(format("%-4s ", qPrintable(Protocols::name(service.protocol))))
        + service.address.toStringWithPort(service.port);
    if (!service.address.isV6())
        name.truncate(33); // ipvsadm cuts IPv4 names at 33 characters
    return name;
}

QString serverName(const RealServer &server)
{
    QString name = server.endpoint();
    if (!server.address.isV6())
        name.truncate(28);
    return name;
}

QByteArray serviceLine(const VirtualService &service, const IpvsadmListing::Options &options)
{
    const QByteArray name = serviceName(service).toLatin1();
    const Statistics &s = service.stats;
    switch (options.view) {
    case View::Stats:
        return format("%-33s", name.constData()) + largeNumber(s.connections, options.exact)
            + largeNumber(s.inPackets, options.exact) + largeNumber(s.outPackets, options.exact)
            + largeNumber(s.inBytes, options.exact) + largeNumber(s.outBytes, options.exact) + '\n';
    case View::Rate:
        return format("%-33s", name.constData()) + largeNumber(s.connectionsPerSecond, options.exact)
            + largeNumber(s.inPacketsPerSecond, options.exact) + largeNumber(s.outPacketsPerSecond, options.exact)
            + largeNumber(s.inBytesPerSecond, options.exact) + largeNumber(s.outBytesPerSecond, options.exact) + '\n';
    default:
        break;
    }
    QString line = QString::fromLatin1(name) + QLatin1Char(' ') + Schedulers::name(service.scheduler);
    if (service.schedulerFlags & schedulerFlagMask)
        line += QStringLiteral(" (") + SchedulerFlags::toString(service.scheduler, service.schedulerFlags)
            + QLatin1Char(')');
    if (service.persistent) {
        line += QStringLiteral(" persistent ") + QString::number(service.persistenceTimeout);
        if (service.persistenceNetmask != service.fullPersistenceNetmask()) {
            line += QStringLiteral(" mask ")
                + (service.family() == IpAddress::Family::V6 ? QString::number(service.persistenceNetmask)
                                                             : IpAddress::fromV4(service.persistenceNetmask).toString());
        }
        // ipvsadm names the engine only for persistent services in this view.
        if (!service.persistenceEngine.isEmpty())
            line += QStringLiteral(" pe ") + service.persistenceEngine;
    }
    if (service.onePacket)
        line += QStringLiteral(" ops");
    return line.toLatin1() + '\n';
}

QByteArray serverLine(const RealServer &server, const IpvsadmListing::Options &options)
{
    const QByteArray name = serverName(server).toLatin1();
    const Statistics &s = server.stats;
    const ConnectionCounts &c = server.connections;
    using u64 = unsigned long long;
    switch (options.view) {
    case View::Stats:
        return format("  -> %-28s", name.constData()) + largeNumber(s.connections, options.exact)
            + largeNumber(s.inPackets, options.exact) + largeNumber(s.outPackets, options.exact)
            + largeNumber(s.inBytes, options.exact) + largeNumber(s.outBytes, options.exact) + '\n';
    case View::Rate:
        return format("  -> %-28s %8llu %8llu %8llu", name.constData(), u64(s.connectionsPerSecond),
                      u64(s.inPacketsPerSecond), u64(s.outPacketsPerSecond))
            + largeNumber(s.inBytesPerSecond, options.exact) + largeNumber(s.outBytesPerSecond, options.exact) + '\n';
    case View::Thresholds:
        return format("  -> %-28s %-10u %-10u %-10u %-10u\n", name.constData(), unsigned(server.upperThreshold),
                      unsigned(server.lowerThreshold), unsigned(c.active), unsigned(c.inactive));
    case View::PersistentConnections:
        return format("  -> %-28s %-9u %-11u %-10u %-10u\n", name.constData(), unsigned(server.weight),
                      unsigned(c.persistent), unsigned(c.active), unsigned(c.inactive));
    case View::Default:
        break;
    }
    return format("  -> %-28s %-7s %-6d %-10u %-10u\n", name.constData(),
                  Forwarding::listingName(server.forwarding).toLatin1().constData(), int(server.weight),
                  unsigned(c.active), unsigned(c.inactive));
}
} // namespace

QString IpvsadmListing::write(const IpvsTable &table, const Options &options)
{
    QByteArray text = QStringLiteral("IP Virtual Server version %1 (size=%2)\n")
                          .arg(options.version)
                          .arg(options.connectionTableSize)
                          .toLatin1();
    text.reserve(160 + (table.services.size() + table.realServerCount()) * 80);
    text += title(options.view);
    for (const VirtualService *service : IpvsadmOrder::services(table)) {
        text += serviceLine(*service, options);
        for (const RealServer *server : IpvsadmOrder::realServers(*service))
            text += serverLine(*server, options);
    }
    return QString::fromLatin1(text);
}
