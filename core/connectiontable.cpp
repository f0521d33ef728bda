// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectiontable.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTable)
};

// The kernel prints an IPv4 address as 8 hex digits of its host-order value and an
// IPv6 address as eight uncompressed groups.
std::optional<IpAddress> parseAddress(QStringView text)
{
    if (text.size() == 8 && !text.contains(QLatin1Char(':'))) {
        bool ok = false;
        const uint value = text.toUInt(&ok, 16);
        if (ok)
            return IpAddress::fromV4(value);
        return std::nullopt;
    }
    return IpAddress::parse(text);
}

std::optional<std::uint16_t> parsePort(QStringView text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok, 16);
    if (!ok || text.size() > 4)
        return std::nullopt;
    return std::uint16_t(value);
}
} // namespace

ConnectionTable::ParseResult ConnectionTable::parse(QStringView text)
{
    ParseResult result;
    const auto lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (line.isEmpty() || (i == 0 && line.startsWith(QLatin1String("Pro "))))
            continue;
        const auto fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        auto fail = [&](const QString &why) { result.errors.append(Tr::tr("line %1: %2").arg(i + 1).arg(why)); };
        if (fields.size() != 9 && fields.size() != 11) {
            fail(Tr::tr("expected 9 or 11 fields, found %1").arg(fields.size()));
            continue;
        }
        ConnectionEntry entry;
        entry.protocol = fields.at(0).toString();
        const auto client = parseAddress(fields.at(1));
        const auto clientPort = parsePort(fields.at(2));
        const auto virtualAddress = parseAddress(fields.at(3));
        const auto virtualPort = parsePort(fields.at(4));
        const auto destination = parseAddress(fields.at(5));
        const auto destinationPort = parsePort(fields.at(6));
        if (!client || !virtualAddress || !destination) {
            fail(Tr::tr("an address is neither 8 hex digits nor IPv6"));
            continue;
        }
        if (!clientPort || !virtualPort || !destinationPort) {
            fail(Tr::tr("a port is not 4 hex digits"));
            continue;
        }
        bool ok = false;
        entry.expiresSeconds = fields.at(8).toUInt(&ok);
        if (!ok) {
            fail(Tr::tr("expiry '%1' is not a number of seconds").arg(fields.at(8)));
            continue;
        }
        entry.client = *client;
        entry.clientPort = *clientPort;
        entry.virtualAddress = *virtualAddress;
        entry.virtualPort = *virtualPort;
        entry.destination = *destination;
        entry.destinationPort = *destinationPort;
        entry.state = fields.at(7).toString();
        if (fields.size() == 11) {
            entry.persistenceEngine = fields.at(9).toString();
            entry.persistenceEngineData = fields.at(10).toString();
        }
        result.entries.append(entry);
    }
    return result;
}

QList<ConnectionEntry> ConnectionTable::filter(const QList<ConnectionEntry> &entries, const Filter &filter)
{
    QList<ConnectionEntry> kept;
    for (const ConnectionEntry &entry : entries) {
        if (filter.limit >= 0 && kept.size() >= filter.limit)
            break;
        const bool matches = (!filter.virtualAddress || entry.virtualAddress == *filter.virtualAddress)
            && (!filter.virtualPort || entry.virtualPort == *filter.virtualPort)
            && (!filter.protocol || entry.protocol == *filter.protocol)
            && (!filter.destination || entry.destination == *filter.destination)
            && (!filter.destinationPort || entry.destinationPort == *filter.destinationPort)
            && (!filter.client || entry.client == *filter.client) && (!filter.state || entry.state == *filter.state);
        if (matches)
            kept.append(entry);
    }
    return kept;
}

QString ConnectionTable::listing(const QList<ConnectionEntry> &entries)
{
    // ipvsadm -Lnc (list_conn / print_conn).
    char line[256];
    std::snprintf(line, sizeof line, "pro expire %-11s %-18s %-18s %s\n", "state", "source", "virtual", "destination");
    QString text = QStringLiteral("IPVS connection entries\n") + QString::fromLatin1(line);
    for (const ConnectionEntry &entry : entries) {
        char expires[16];
        std::snprintf(expires, sizeof expires, "%02u:%02u", unsigned(entry.expiresSeconds / 60),
                      unsigned(entry.expiresSeconds % 60));
        std::snprintf(line, sizeof line, "%-3s %-6s %-11s %-18s %-18s %s\n", qPrintable(entry.protocol), expires,
                      qPrintable(entry.state), qPrintable(entry.client.toStringWithPort(entry.clientPort)),
                      qPrintable(entry.virtualAddress.toStringWithPort(entry.virtualPort)),
                      qPrintable(entry.destination.toStringWithPort(entry.destinationPort)));
        text += QString::fromLatin1(line);
    }
    return text;
}

QString ConnectionTable::csv(const QList<ConnectionEntry> &entries)
{
    // Fields are protocol and state names, numbers and addresses: none needs quoting,
    // but a kernel string is quoted anyway if it ever holds a comma or a quote.
    auto field = [](const QString &text) -> QString {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
            return text;
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    QString text = QStringLiteral("protocol,expires_seconds,state,client,client_port,virtual_address,virtual_port,"
                                  "real_server,real_server_port\r\n");
    for (const ConnectionEntry &entry : entries) {
        text += field(entry.protocol) + QLatin1Char(',') + QString::number(entry.expiresSeconds) + QLatin1Char(',')
            + field(entry.state) + QLatin1Char(',') + entry.client.toString() + QLatin1Char(',')
            + QString::number(entry.clientPort) + QLatin1Char(',') + entry.virtualAddress.toString() + QLatin1Char(',')
            + QString::number(entry.virtualPort) + QLatin1Char(',') + entry.destination.toString() + QLatin1Char(',')
            + QString::number(entry.destinationPort) + QStringLiteral("\r\n");
    }
    return text;
}
