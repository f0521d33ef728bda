// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>
#include <optional>

/**
 * An IPv4 or IPv6 address as the kernel's IPVS keeps it: 16 bytes in network order,
 * an IPv4 address in the first four and zeros after (union nf_inet_addr).
 *
 * Core knows no QtNetwork, so this small value type stands in for QHostAddress.
 */
class IpAddress
{
public:
    enum class Family : std::uint8_t { None, V4, V6 };

    IpAddress() = default;

    /// Parses dotted IPv4 or textual IPv6 (no brackets, no host names).
    static std::optional<IpAddress> parse(QStringView text);
    static IpAddress fromV4(std::uint32_t hostOrder);
    static IpAddress fromBytes(Family family, const std::array<std::uint8_t, 16> &bytes);

    Family family() const { return m_family; }
    bool isNull() const { return m_family == Family::None; }
    bool isV4() const { return m_family == Family::V4; }
    bool isV6() const { return m_family == Family::V6; }

    /// The canonical text (inet_ntop's), as ipvsadm prints it.
    QString toString() const;
    /// "a.b.c.d:port" or "[v6]:port", as ipvsadm -n prints an endpoint.
    QString toStringWithPort(std::uint16_t port) const;

    const std::array<std::uint8_t, 16> &bytes() const { return m_bytes; }
    /// Word i (0..3) of the 16-byte storage in host order, as ntohl(s6_addr32[i]).
    std::uint32_t word(int i) const;
    std::uint32_t v4() const { return word(0); }

    /// Loopback, multicast, unspecified and broadcast cannot be real servers.
    bool isUnicast() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
    friend std::strong_ordering operator<=>(const IpAddress &, const IpAddress &) = default;

private:
    Family m_family = Family::None;
    std::array<std::uint8_t, 16> m_bytes{};
};

size_t qHash(const IpAddress &address, size_t seed = 0) noexcept;
