// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipaddress.h"
#include "realserver.h"
#include "statistics.h"
#include "virtualservice.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <type_traits>

/**
 * The byte encoding of the helper's bulk D-Bus arguments (the table snapshot, the
 * change batch): unsigned LEB128 varints, strings as UTF-8 with their length,
 * addresses as a family (0 none, 4, 6) and 0, 4 or 16 bytes. The Reader checks every
 * length and range and names the first problem; after it, reads return zeros.
 *
 * A service's configuration: protocol, address, port, fwmark, fwmark family, scheduler,
 * scheduler flags, persistent, timeout, netmask, persistence engine, one-packet.
 * A real server's: address, port, forwarding, weight, upper, lower, tunnel type, tunnel
 * port, tunnel checksum.
 */
namespace CompactCodec {
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
    // More than any kernel table holds; a count beyond it is corruption, not a table.
    static constexpr std::uint64_t maximumCount = 10'000'000;
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
    Enum enumeration(std::uint64_t highest, const char *what)
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

/// A service's configuration (not its real servers, not its counters), both ways.
void writeServiceConfiguration(Writer &out, const VirtualService &service);
void readServiceConfiguration(Reader &in, VirtualService &service);
/// A real server's configuration (not its connection counts or counters), both ways.
void writeRealServerConfiguration(Writer &out, const RealServer &server);
void readRealServerConfiguration(Reader &in, RealServer &server);
}
