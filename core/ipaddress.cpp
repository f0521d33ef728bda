// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipaddress.h"

#include <QHashFunctions>

#include <arpa/inet.h>
#include <cstring>

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    const QByteArray latin = text.toLatin1();
    if (latin.isEmpty() || latin.size() > INET6_ADDRSTRLEN)
        return std::nullopt;
    IpAddress address;
    // inet_pton is strict (no "10.1" shorthand, no octal); that is what a reader expects.
    if (inet_pton(AF_INET, latin.constData(), address.m_bytes.data()) == 1) {
        address.m_family = Family::V4;
        return address;
    }
    if (inet_pton(AF_INET6, latin.constData(), address.m_bytes.data()) == 1) {
        address.m_family = Family::V6;
        return address;
    }
    return std::nullopt;
}

IpAddress IpAddress::fromV4(std::uint32_t hostOrder)
{
    IpAddress address;
    address.m_family = Family::V4;
    const std::uint32_t net = htonl(hostOrder);
    std::memcpy(address.m_bytes.data(), &net, 4);
    return address;
}

IpAddress IpAddress::fromBytes(Family family, const std::array<std::uint8_t, 16> &bytes)
{
    IpAddress address;
    address.m_family = family;
    address.m_bytes = bytes;
    if (family == Family::V4)
        std::fill(address.m_bytes.begin() + 4, address.m_bytes.end(), 0);
    return address;
}

QString IpAddress::toString() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    switch (m_family) {
    case Family::V4:
        inet_ntop(AF_INET, m_bytes.data(), buffer, sizeof buffer);
        break;
    case Family::V6:
        inet_ntop(AF_INET6, m_bytes.data(), buffer, sizeof buffer);
        break;
    case Family::None:
        return {};
    }
    return QString::fromLatin1(buffer);
}

QString IpAddress::toStringWithPort(std::uint16_t port) const
{
    if (m_family == Family::V6)
        return QLatin1Char('[') + toString() + QLatin1String("]:") + QString::number(port);
    return toString() + QLatin1Char(':') + QString::number(port);
}

std::uint32_t IpAddress::word(int i) const
{
    std::uint32_t net;
    std::memcpy(&net, m_bytes.data() + 4 * i, 4);
    return ntohl(net);
}

bool IpAddress::isUnicast() const
{
    if (m_family == Family::V4) {
        const std::uint32_t a = v4();
        return a != 0 && a != 0xffffffffu && (a >> 28) != 0xe;
    }
    if (m_family == Family::V6) {
        static const std::array<std::uint8_t, 16> unspecified{};
        return m_bytes != unspecified && m_bytes[0] != 0xff;
    }
    return false;
}

size_t qHash(const IpAddress &address, size_t seed) noexcept
{
    return qHashBits(address.bytes().data(), address.bytes().size(),
                     qHash(int(address.family()), seed));
}
