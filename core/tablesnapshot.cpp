// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablesnapshot.h"

#include <limits>

namespace {
constexpr char magic[4] = {'L', 'V', 'S', 'T'};
constexpr std::uint64_t version = 1;
// More than any kernel table holds; a count beyond it is corruption, not a table.
constexpr std::uint64_t maximumCount = 10'000'000;

class Writer
{
public:
    explicit Writer(qsizetype expectedSize) { m_bytes.reserve(expectedSize); }

    Writer &operator<<(std::uint64_t value)
    {
        while (value >= 0x80) {
            m_bytes.append(char(value | 0x80));
            value >>= 7;
        }
        m_bytes.append(char(value));
        return *this;
    }
    Writer &operator<<(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        *this << std::uint64_t(utf8.size());
        m_bytes.append(utf8);
        return *this;
    }
    Writer &operator<<(const IpAddress &address)
    {
        const int length = address.isV4() ? 4 : address.isV6() ? 16 : 0;
        *this << std::uint64_t(address.isV4() ? 4 : address.isV6() ? 6 : 0);
        m_bytes.append(reinterpret_cast<const char *>(address.bytes().data()), length);
        return *this;
    }
    Writer &operator<<(const Statistics &stats)
    {
        return *this << stats.connections << stats.inPackets << stats.outPackets << stats.inBytes << stats.outBytes
                     << stats.connectionsPerSecond << stats.inPacketsPerSecond << stats.outPacketsPerSecond
                     << stats.inBytesPerSecond << stats.outBytesPerSecond;
    }
    void raw(const char *data, qsizetype size) { m_bytes.append(data, size); }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

// Reading stops at the first problem, which it names; later reads return zeros.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_data(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {
    }

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    bool atEnd() const { return m_data == m_end; }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        m_data = m_end;
    }

    bool bytes(char *out, qsizetype size)
    {
        if (m_end - m_data < size) {
            fail(QStringLiteral("it ends too early"));
            return false;
        }
        std::copy(m_data, m_data + size, out);
        m_data += size;
        return true;
    }
    std::uint64_t varint()
    {
        std::uint64_t value = 0;
        for (int shift = 0; ok(); shift += 7) {
            if (m_data == m_end) {
                fail(QStringLiteral("it ends too early"));
                break;
            }
            const auto byte = std::uint8_t(*m_data++);
            if (shift == 63 && byte > 1) {
                fail(QStringLiteral("it has a number too large"));
                break;
            }
            value |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        return 0;
    }
    // A number that must fit `Integer`, named in the error if it does not.
    template<typename Integer>
    Integer number(const char *what)
    {
        const std::uint64_t value = varint();
        if (value > std::numeric_limits<Integer>::max()) {
            fail(QStringLiteral("its %1 is out of range (%2)").arg(QLatin1String(what)).arg(value));
            return 0;
        }
        return Integer(value);
    }
    bool boolean(const char *what) { return number<bool>(what); }
    quint32 count(const char *what)
    {
        const std::uint64_t value = varint();
        if (value > maximumCount) {
            fail(QStringLiteral("it claims %1 %2").arg(value).arg(QLatin1String(what)));
            return 0;
        }
        return quint32(value);
    }
    template<typename Enum>
    Enum enumeration(std::underlying_type_t<Enum> highest, const char *what)
    {
        const std::uint64_t value = varint();
        if (value > highest) {
            fail(QStringLiteral("it has an unknown %1 (%2)").arg(QLatin1String(what)).arg(value));
            return Enum(0);
        }
        return Enum(value);
    }
    QString string(const char *what)
    {
        const std::uint64_t length = varint();
        if (length > 4096) {
            fail(QStringLiteral("its %1 is %2 bytes long").arg(QLatin1String(what)).arg(length));
            return {};
        }
        QByteArray utf8(qsizetype(length), Qt::Uninitialized);
        return bytes(utf8.data(), utf8.size()) ? QString::fromUtf8(utf8) : QString();
    }
    IpAddress address()
    {
        const std::uint64_t family = varint();
        std::array<std::uint8_t, 16> raw{};
        switch (family) {
        case 0:
            return {};
        case 4:
            return bytes(reinterpret_cast<char *>(raw.data()), 4) ? IpAddress::fromBytes(IpAddress::Family::V4, raw)
                                                                  : IpAddress();
        case 6:
            return bytes(reinterpret_cast<char *>(raw.data()), 16) ? IpAddress::fromBytes(IpAddress::Family::V6, raw)
                                                                   : IpAddress();
        default:
            if (ok())
                fail(QStringLiteral("it has an address of family %1").arg(family));
            return {};
        }
    }
    Statistics statistics()
    {
        Statistics stats;
        for (std::uint64_t *value : {&stats.connections, &stats.inPackets, &stats.outPackets, &stats.inBytes,
                                     &stats.outBytes, &stats.connectionsPerSecond, &stats.inPacketsPerSecond,
                                     &stats.outPacketsPerSecond, &stats.inBytesPerSecond, &stats.outBytesPerSecond})
            *value = varint();
        return stats;
    }

private:
    const char *m_data;
    const char *m_end;
    QString m_problem;
};

Protocol readProtocol(Reader &in)
{
    const auto value = in.number<std::uint16_t>("protocol");
    if (in.ok() && value != quint16(Protocol::Tcp) && value != quint16(Protocol::Udp) && value != quint16(Protocol::Sctp))
        in.fail(QStringLiteral("it has an unknown protocol (%1)").arg(value));
    return in.ok() ? Protocol(value) : Protocol::Tcp;
}
} // namespace

QByteArray TableSnapshot::encode(const IpvsTable &table)
{
    using u64 = std::uint64_t;
    Writer out(256 + table.services.size() * 64 + table.realServerCount() * 48);
    out.raw(magic, sizeof magic);
    out << version;
    const Timeouts timeouts = table.timeouts.value_or(Timeouts{});
    out << u64(table.timeouts.has_value()) << timeouts.tcp << timeouts.tcpFin << timeouts.udp;
    out << u64(table.syncDaemons.size());
    for (const SyncDaemon &daemon : table.syncDaemons) {
        out << u64(daemon.role) << daemon.interface << daemon.syncId << daemon.maxLength << daemon.group << daemon.port
            << daemon.ttl;
    }
    out << u64(table.services.size());
    for (const VirtualService &service : table.services) {
        out << u64(service.protocol) << service.address << service.port << service.firewallMark
            << u64(service.firewallMarkFamily) << u64(service.scheduler) << service.schedulerFlags
            << u64(service.persistent) << service.persistenceTimeout << service.persistenceNetmask
            << service.persistenceEngine << u64(service.onePacket) << service.stats;
        out << u64(service.realServers.size());
        for (const RealServer &server : service.realServers) {
            out << server.address << server.port << u64(server.forwarding) << server.weight << server.upperThreshold
                << server.lowerThreshold << u64(server.tunnelType) << server.tunnelPort << u64(server.tunnelChecksum)
                << server.connections.active << server.connections.inactive << server.connections.persistent
                << server.stats;
        }
    }
    return out.take();
}

bool TableSnapshot::decode(const QByteArray &bytes, IpvsTable *table, QString *error)
{
    Reader in(bytes);
    char header[sizeof magic] = {};
    if (in.bytes(header, sizeof header) && !std::equal(header, header + sizeof header, magic))
        in.fail(QStringLiteral("it is not an LVS Studio table snapshot"));
    const std::uint64_t format = in.varint();
    if (in.ok() && format != version)
        in.fail(QStringLiteral("it is in format %1; this version of LVS Studio reads format %2").arg(format).arg(version));

    IpvsTable result;
    const bool hasTimeouts = in.boolean("timeouts flag");
    Timeouts timeouts;
    timeouts.tcp = in.number<std::uint32_t>("TCP timeout");
    timeouts.tcpFin = in.number<std::uint32_t>("TCP FIN timeout");
    timeouts.udp = in.number<std::uint32_t>("UDP timeout");
    if (hasTimeouts)
        result.timeouts = timeouts;

    for (quint32 i = 0, count = in.count("sync daemons"); i < count && in.ok(); ++i) {
        SyncDaemon daemon;
        daemon.role = in.enumeration<SyncDaemon::Role>(1, "sync daemon role");
        daemon.interface = in.string("interface name");
        daemon.syncId = in.number<std::uint8_t>("sync id");
        daemon.maxLength = in.number<std::uint16_t>("sync maximum length");
        daemon.group = in.address();
        daemon.port = in.number<std::uint16_t>("sync port");
        daemon.ttl = in.number<std::uint8_t>("sync TTL");
        result.syncDaemons.append(daemon);
    }
    const quint32 serviceCount = in.count("services");
    result.services.reserve(std::min<quint32>(serviceCount, 65536));
    for (quint32 i = 0; i < serviceCount && in.ok(); ++i) {
        VirtualService service;
        service.protocol = readProtocol(in);
        service.address = in.address();
        service.port = in.number<std::uint16_t>("service port");
        service.firewallMark = in.number<std::uint32_t>("firewall mark");
        service.firewallMarkFamily = in.enumeration<IpAddress::Family>(std::uint8_t(IpAddress::Family::V6), "address family");
        service.scheduler = in.enumeration<Scheduler>(std::uint8_t(Scheduler::TwoRandomChoices), "scheduler");
        service.schedulerFlags = in.number<std::uint32_t>("scheduler flags");
        service.persistent = in.boolean("persistence flag");
        service.persistenceTimeout = in.number<std::uint32_t>("persistence timeout");
        service.persistenceNetmask = in.number<std::uint32_t>("persistence netmask");
        service.persistenceEngine = in.string("persistence engine");
        service.onePacket = in.boolean("one-packet flag");
        service.stats = in.statistics();
        const quint32 serverCount = in.count("real servers");
        service.realServers.reserve(std::min<quint32>(serverCount, 4096));
        for (quint32 j = 0; j < serverCount && in.ok(); ++j) {
            RealServer server;
            server.address = in.address();
            server.port = in.number<std::uint16_t>("real-server port");
            server.forwarding = in.enumeration<ForwardingMethod>(std::uint8_t(ForwardingMethod::DirectRouting), "forwarding method");
            server.weight = in.number<std::uint32_t>("weight");
            server.upperThreshold = in.number<std::uint32_t>("upper threshold");
            server.lowerThreshold = in.number<std::uint32_t>("lower threshold");
            server.tunnelType = in.enumeration<TunnelType>(std::uint8_t(TunnelType::Gre), "tunnel type");
            server.tunnelPort = in.number<std::uint16_t>("tunnel port");
            server.tunnelChecksum = in.enumeration<TunnelChecksum>(std::uint8_t(TunnelChecksum::RemoteChecksum), "tunnel checksum");
            server.connections.active = in.number<std::uint32_t>("active connections");
            server.connections.inactive = in.number<std::uint32_t>("inactive connections");
            server.connections.persistent = in.number<std::uint32_t>("persistent connections");
            server.stats = in.statistics();
            if (in.ok() && server.address.isNull())
                in.fail(QStringLiteral("real server %1 of service %2 has no address").arg(j + 1).arg(i + 1));
            service.realServers.append(server);
        }
        if (in.ok() && !service.isFirewallMark() && service.address.isNull())
            in.fail(QStringLiteral("service %1 has neither an address nor a firewall mark").arg(i + 1));
        result.services.append(std::move(service));
    }
    if (in.ok() && !in.atEnd())
        in.fail(QStringLiteral("it has bytes after the table"));
    if (!in.ok()) {
        *error = QStringLiteral("the helper's table snapshot cannot be read: %1").arg(in.problem());
        return false;
    }
    *table = std::move(result);
    return true;
}
