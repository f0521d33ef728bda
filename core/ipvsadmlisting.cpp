// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsadmlisting.h"

#include "ipvsadmorder.h"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace {
using View = IpvsadmListing::View;
using u64 = std::uint64_t;

// ipvsadm's printf formats, each line made in a buffer of its own and appended whole: a
// listing of 11,000 lines has over 60,000 fields, and a snprintf and a temporary array
// for each cost more than everything else the listing does.
class Line
{
public:
    explicit Line(QByteArray &out) : m_out(out) {}
    ~Line() { flush(); }
    Line(const Line &) = delete;
    Line &operator=(const Line &) = delete;

    Line &text(const char *data, qsizetype size)
    {
        if (m_size + size > qsizetype(sizeof m_buffer)) {
            flush();
            m_out.append(data, size);
            return *this;
        }
        std::memcpy(m_buffer + m_size, data, size_t(size));
        m_size += size;
        return *this;
    }
    Line &text(const char *data) { return text(data, qsizetype(std::strlen(data))); }
    Line &text(const QByteArray &data) { return text(data.constData(), data.size()); }
    Line &character(char c) { return text(&c, 1); }
    Line &spaces(qsizetype count)
    {
        static constexpr char blanks[] = "                                        ";
        for (; count > 0; count -= qsizetype(sizeof blanks - 1))
            text(blanks, std::min(count, qsizetype(sizeof blanks - 1)));
        return *this;
    }
    /// %-Ns
    Line &left(const char *data, qsizetype size, int width) { return text(data, size).spaces(width - size); }
    Line &left(const QByteArray &data, int width) { return left(data.constData(), data.size(), width); }
    /// %Nllu
    Line &right(u64 value, int width)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        return spaces(width - (end - digits)).text(digits, end - digits);
    }
    /// %-Nu, %-Nd
    Line &left(long long value, int width)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        return left(digits, end - digits, width);
    }
    /// ipvsadm's print_largenum.
    Line &large(u64 value, bool exact)
    {
        if (exact) {
            char digits[24];
            const auto length = std::to_chars(digits, digits + sizeof digits, value).ptr - digits;
            return spaces(length <= 8 ? 9 - length : 1).text(digits, length);
        }
        if (value < 100000000ull)
            return right(value, 9);
        if (value < 1000000000ull)
            return right(value / 1000, 8).character('K');
        if (value < 100000000000ull)
            return right(value / 1000000, 8).character('M');
        if (value < 100000000000000ull)
            return right(value / 1000000000ull, 8).character('G');
        return right(value / 1000000000000ull, 8).character('T');
    }
    Line &five(u64 a, u64 b, u64 c, u64 d, u64 e, bool exact)
    {
        return large(a, exact).large(b, exact).large(c, exact).large(d, exact).large(e, exact).character('\n');
    }

private:
    void flush()
    {
        m_out.append(m_buffer, m_size);
        m_size = 0;
    }

    QByteArray &m_out;
    char m_buffer[256];
    qsizetype m_size = 0;
};

/// "a.b.c.d:port" or "[v6]:port", as ipvsadm -n prints an endpoint.
QByteArray endpoint(const IpAddress &address, std::uint16_t port)
{
    char buffer[INET6_ADDRSTRLEN + 16];
    char *at = buffer;
    if (address.isV6()) {
        *at++ = '[';
        inet_ntop(AF_INET6, address.bytes().data(), at, INET6_ADDRSTRLEN);
        at += std::strlen(at);
        *at++ = ']';
    } else if (address.isV4()) {
        inet_ntop(AF_INET, address.bytes().data(), at, INET6_ADDRSTRLEN);
        at += std::strlen(at);
    }
    *at++ = ':';
    at = std::to_chars(at, buffer + sizeof buffer, unsigned(port)).ptr;
    return QByteArray(buffer, at - buffer);
}

// printf for the title lines, made once per listing.
template<typename... Args>
QByteArray format(const char *pattern, Args... args)
{
    char buffer[512];
    const int length = std::snprintf(buffer, sizeof buffer, pattern, args...);
    return QByteArray(buffer, std::clamp(length, 0, int(sizeof buffer) - 1));
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

QByteArray serviceName(const VirtualService &service)
{
    QByteArray name;
    {
        Line line(name);
        if (service.isFirewallMark()) {
            line.text("FWM  ").right(service.firewallMark, 0);
            if (service.firewallMarkFamily == IpAddress::Family::V6)
                line.text(" IPv6");
        } else {
            line.left(Protocols::name(service.protocol).toLatin1(), 4).character(' ');
            line.text(endpoint(service.address, service.port));
        }
    }
    if (!service.isFirewallMark() && !service.address.isV6())
        name.truncate(33); // ipvsadm cuts IPv4 names at 33 characters
    return name;
}

QByteArray serverName(const RealServer &server)
{
    QByteArray name = endpoint(server.address, server.port);
    if (!server.address.isV6())
        name.truncate(28);
    return name;
}

void serviceLine(QByteArray &out, const VirtualService &service, const IpvsadmListing::Options &options)
{
    const QByteArray name = serviceName(service);
    const Statistics &s = service.stats;
    Line line(out);
    switch (options.view) {
    case View::Stats:
        line.left(name, 33).five(s.connections, s.inPackets, s.outPackets, s.inBytes, s.outBytes, options.exact);
        return;
    case View::Rate:
        line.left(name, 33).five(s.connectionsPerSecond, s.inPacketsPerSecond, s.outPacketsPerSecond, s.inBytesPerSecond,
                                 s.outBytesPerSecond, options.exact);
        return;
    default:
        break;
    }
    QString rest = QLatin1Char(' ') + Schedulers::name(service.scheduler);
    if (service.schedulerFlags & schedulerFlagMask)
        rest += QStringLiteral(" (") + SchedulerFlags::toString(service.scheduler, service.schedulerFlags)
            + QLatin1Char(')');
    if (service.persistent) {
        rest += QStringLiteral(" persistent ") + QString::number(service.persistenceTimeout);
        if (service.persistenceNetmask != service.fullPersistenceNetmask()) {
            rest += QStringLiteral(" mask ")
                + (service.family() == IpAddress::Family::V6 ? QString::number(service.persistenceNetmask)
                                                             : IpAddress::fromV4(service.persistenceNetmask).toString());
        }
        // ipvsadm names the engine only for persistent services in this view.
        if (!service.persistenceEngine.isEmpty())
            rest += QStringLiteral(" pe ") + service.persistenceEngine;
    }
    if (service.onePacket)
        rest += QStringLiteral(" ops");
    line.text(name).text(rest.toLatin1()).character('\n');
}

void serverLine(QByteArray &out, const RealServer &server, const IpvsadmListing::Options &options)
{
    const QByteArray name = serverName(server);
    const Statistics &s = server.stats;
    const ConnectionCounts &c = server.connections;
    Line line(out);
    line.text("  -> ").left(name, 28);
    switch (options.view) {
    case View::Stats:
        line.five(s.connections, s.inPackets, s.outPackets, s.inBytes, s.outBytes, options.exact);
        return;
    case View::Rate:
        line.character(' ').right(s.connectionsPerSecond, 8).character(' ').right(s.inPacketsPerSecond, 8);
        line.character(' ').right(s.outPacketsPerSecond, 8);
        line.large(s.inBytesPerSecond, options.exact).large(s.outBytesPerSecond, options.exact).character('\n');
        return;
    case View::Thresholds:
        line.character(' ').left(unsigned(server.upperThreshold), 10).character(' ').left(unsigned(server.lowerThreshold), 10);
        line.character(' ').left(c.active, 10).character(' ').left(c.inactive, 10).character('\n');
        return;
    case View::PersistentConnections:
        line.character(' ').left(unsigned(server.weight), 9).character(' ').left(c.persistent, 11);
        line.character(' ').left(c.active, 10).character(' ').left(c.inactive, 10).character('\n');
        return;
    case View::Default:
        break;
    }
    line.character(' ').left(Forwarding::listingName(server.forwarding).toLatin1(), 7);
    line.character(' ').left(int(server.weight), 6).character(' ').left(c.active, 10);
    line.character(' ').left(c.inactive, 10).character('\n');
}
} // namespace

QByteArray IpvsadmListing::writeLatin1(const IpvsTable &table, const Options &options)
{
    QByteArray text = QStringLiteral("IP Virtual Server version %1 (size=%2)\n")
                          .arg(options.version)
                          .arg(options.connectionTableSize)
                          .toLatin1();
    text.reserve(160 + (table.services.size() + table.realServerCount()) * 80);
    text += title(options.view);
    for (const VirtualService *service : IpvsadmOrder::services(table)) {
        serviceLine(text, *service, options);
        for (const RealServer *server : IpvsadmOrder::realServers(*service))
            serverLine(text, *server, options);
    }
    return text;
}

QString IpvsadmListing::write(const IpvsTable &table, const Options &options)
{
    return QString::fromLatin1(writeLatin1(table, options));
}
