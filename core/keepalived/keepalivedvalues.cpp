// SPDX-License-Identifier: GPL-2.0-or-later
#include "keepalivedvalues.h"

#include "keepalivedreader.h"

#include <array>

using KeepalivedReader::Tr;

namespace {
// A virtual_server_group entry such as 10.0.0.0/8 would make millions of services.
constexpr qsizetype maximumRangeSize = 65536;
} // namespace

std::optional<std::uint64_t> KeepalivedValues::number(QStringView text)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    std::uint64_t value = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + std::uint64_t(c.unicode() - '0');
    }
    return value;
}

std::optional<std::uint32_t> KeepalivedValues::numberInRange(QStringView text, std::uint64_t lowest, std::uint64_t highest)
{
    const std::optional<std::uint64_t> value = number(text);
    if (!value || *value < lowest || *value > highest)
        return std::nullopt;
    return std::uint32_t(*value);
}

QString KeepalivedValues::familyName(IpAddress::Family family)
{
    return family == IpAddress::Family::V6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

std::optional<QList<IpAddress>> KeepalivedValues::addressRange(const QString &text, QString *problem)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    const qsizetype cut = slash >= 0 ? slash : dash;
    const std::optional<IpAddress> first = IpAddress::parse(cut >= 0 ? QStringView(text).left(cut) : QStringView(text));
    if (!first) {
        *problem = Tr::tr("'%1' is not an IP address or address range").arg(text);
        return std::nullopt;
    }
    if (cut < 0)
        return QList<IpAddress>{*first};

    const QStringView rest = QStringView(text).mid(cut + 1);
    const bool v4 = first->isV4();
    // Both families count up in the word that holds the last 32 bits; IPv6 only in its low 16.
    const std::uint32_t start = v4 ? first->word(0) : first->word(3);
    std::uint32_t end = 0;
    if (slash >= 0) {
        const std::optional<std::uint32_t> prefix = numberInRange(rest, 1, v4 ? 32 : 128);
        if (!prefix) {
            *problem = Tr::tr("'%1': the prefix length must be from 1 to %2").arg(text).arg(v4 ? 32 : 128);
            return std::nullopt;
        }
        if (!v4 && *prefix < 112) {
            *problem = Tr::tr("'%1': an IPv6 range may vary only the last 16 bits (/112 or longer)").arg(text);
            return std::nullopt;
        }
        const int hostBits = int((v4 ? 32 : 128) - *prefix);
        const std::uint32_t hostMask = hostBits >= 32 ? 0xffffffffu : (1u << hostBits) - 1;
        if (start & hostMask) {
            *problem = Tr::tr("'%1': the address has bits set below the prefix").arg(text);
            return std::nullopt;
        }
        end = start | hostMask;
    } else if (rest.contains(v4 ? QLatin1Char('.') : QLatin1Char(':'))) {
        const std::optional<IpAddress> last = IpAddress::parse(rest);
        if (!last || last->family() != first->family()) {
            *problem = Tr::tr("'%1': the end of the range is not an %2 address").arg(text, familyName(first->family()));
            return std::nullopt;
        }
        if (!v4 && (last->word(0) != first->word(0) || last->word(1) != first->word(1) || last->word(2) != first->word(2)
                    || (last->word(3) >> 16) != (first->word(3) >> 16))) {
            *problem = Tr::tr("'%1': an IPv6 range may vary only the last 16 bits").arg(text);
            return std::nullopt;
        }
        end = v4 ? last->word(0) : last->word(3);
        if (end < start) {
            *problem = Tr::tr("'%1': the range ends before it starts").arg(text);
            return std::nullopt;
        }
    } else {
        bool ok = false;
        const uint value = rest.toUInt(&ok, v4 ? 10 : 16);
        const std::uint32_t lastPart = v4 ? (start & 0xff) : (start & 0xffff);
        if (!ok || value > (v4 ? 0xffu : 0xffffu) || value <= lastPart) {
            *problem = v4 ? Tr::tr("'%1': the range end must be greater than the start's last byte and at most 255")
                                .arg(text)
                          : Tr::tr("'%1': the range end must be greater than the start's last 16 bits and at most ffff")
                                .arg(text);
            return std::nullopt;
        }
        end = (start & (v4 ? 0xffffff00u : 0xffff0000u)) | value;
    }
    if (qsizetype(end - start) >= maximumRangeSize) {
        *problem = Tr::tr("'%1' holds %2 addresses; LVS Studio reads at most %3 per entry")
                             .arg(text)
                             .arg(qulonglong(end) - start + 1)
                             .arg(maximumRangeSize);
        return std::nullopt;
    }
    QList<IpAddress> addresses;
    for (std::uint64_t value = start; value <= end; ++value) {
        if (v4) {
            addresses.append(IpAddress::fromV4(std::uint32_t(value)));
        } else {
            std::array<std::uint8_t, 16> bytes = first->bytes();
            bytes[14] = std::uint8_t(value >> 8);
            bytes[15] = std::uint8_t(value);
            addresses.append(IpAddress::fromBytes(IpAddress::Family::V6, bytes));
        }
    }
    return addresses;
}
