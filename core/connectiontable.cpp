// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectiontable.h"

#include <QCoreApplication>
#include <QByteArrayView>
#include <QIODevice>

#include <array>

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

std::optional<ConnectionEntry> ConnectionTable::parseLine(QStringView text, QString *why)
{
    why->clear();
    const QStringView line = text.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1String("Pro ")))
        return std::nullopt; // the header, or nothing
    const auto fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 9 && fields.size() != 11) {
        *why = Tr::tr("expected 9 or 11 fields, found %1").arg(fields.size());
        return std::nullopt;
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
        *why = Tr::tr("an address is neither 8 hex digits nor IPv6");
        return std::nullopt;
    }
    if (!clientPort || !virtualPort || !destinationPort) {
        *why = Tr::tr("a port is not 4 hex digits");
        return std::nullopt;
    }
    bool ok = false;
    entry.expiresSeconds = fields.at(8).toUInt(&ok);
    if (!ok) {
        *why = Tr::tr("expiry '%1' is not a number of seconds").arg(fields.at(8));
        return std::nullopt;
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
    return entry;
}

ConnectionTable::ParseResult ConnectionTable::parse(QStringView text)
{
    ParseResult result;
    const auto lines = text.split(QLatin1Char('\n'));
    QString why;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (std::optional<ConnectionEntry> entry = parseLine(lines.at(i), &why))
            result.entries.append(std::move(*entry));
        else if (!why.isEmpty())
            result.errors.append(Tr::tr("line %1: %2").arg(i + 1).arg(why));
    }
    return result;
}

bool ConnectionTable::matches(const ConnectionEntry &entry, const Filter &filter)
{
    return (!filter.virtualAddress || entry.virtualAddress == *filter.virtualAddress)
        && (!filter.virtualPort || entry.virtualPort == *filter.virtualPort)
        && (!filter.protocol || entry.protocol == *filter.protocol)
        && (!filter.destination || entry.destination == *filter.destination)
        && (!filter.destinationPort || entry.destinationPort == *filter.destinationPort)
        && (!filter.client || entry.client == *filter.client) && (!filter.state || entry.state == *filter.state);
}

QList<ConnectionEntry> ConnectionTable::filter(const QList<ConnectionEntry> &entries, const Filter &filter)
{
    QList<ConnectionEntry> kept;
    for (const ConnectionEntry &entry : entries) {
        if (filter.limit >= 0 && kept.size() >= filter.limit)
            break;
        if (matches(entry, filter))
            kept.append(entry);
    }
    return kept;
}

ConnectionTable::EntryKey ConnectionTable::keyOf(const ConnectionEntry &entry)
{
    return {entry.protocol,       entry.client,      entry.clientPort,     entry.virtualAddress,
            entry.virtualPort,    entry.destination, entry.destinationPort};
}

namespace {
// Decides whether a line of the file matches a filter from its bytes, without making
// an entry of it: the lines outside the page asked for are only counted, and a table of
// millions is walked once per page. The kernel prints an IPv4 address as %08X and a
// port as %04X; an IPv6 address in the filter is compared after a full parse instead.
class LineMatcher
{
public:
    explicit LineMatcher(const ConnectionTable::Filter &filter)
    {
        auto address = [&](int field, const std::optional<IpAddress> &wanted) {
            if (!wanted)
                return;
            if (wanted->isV4())
                m_wanted[field] = QByteArray::number(wanted->v4(), 16).toUpper().rightJustified(8, '0');
            else
                m_needsEntry = true;
        };
        auto port = [&](int field, const std::optional<std::uint16_t> &wanted) {
            if (wanted)
                m_wantedPort[field] = *wanted;
        };
        if (filter.protocol)
            m_wanted[0] = filter.protocol->toLatin1();
        address(1, filter.client);
        address(3, filter.virtualAddress);
        port(4, filter.virtualPort);
        address(5, filter.destination);
        port(6, filter.destinationPort);
        if (filter.state)
            m_wanted[7] = filter.state->toLatin1();
    }

    /// Whether the bytes alone can say (no IPv6 address to compare).
    bool decidesAlone() const { return !m_needsEntry; }

    /// Matches and Differs only for a line parseLine would take, judged as it would;
    /// Unsure when only a full parse can say (an address not in the kernel's IPv4 form,
    /// or a line that does not fit: the parse says what is wrong with it).
    enum class Verdict { Matches, Differs, Unsure };
    Verdict judge(const char *line, qsizetype length) const
    {
        bool differs = false;
        int field = 0;
        qsizetype at = 0;
        while (at < length) {
            // Fields as parseLine splits them: at spaces (the kernel's only separator).
            while (at < length && (line[at] == ' ' || line[at] == '\n'))
                ++at;
            if (at >= length)
                break;
            const qsizetype start = at;
            while (at < length && line[at] != ' ' && line[at] != '\n')
                ++at;
            const QByteArrayView text(line + start, at - start);
            if (field == 0 && text == "Pro")
                return Verdict::Unsure; // the header: the parse passes over it
            bool ok = true;
            if (field == 1 || field == 3 || field == 5) {
                (void)text.toUInt(&ok, 16);
                ok = ok && text.size() == 8;
            } else if (field == 2 || field == 4 || field == 6) {
                (void)text.toUInt(&ok, 16);
                ok = ok && text.size() <= 4;
            } else if (field == 8) {
                (void)text.toUInt(&ok);
            }
            if (!ok)
                return Verdict::Unsure;
            if (field < 9 && !m_wanted[field].isEmpty() && text.compare(m_wanted[field], Qt::CaseInsensitive) != 0)
                differs = true;
            if (field < 9 && m_wantedPort[field] >= 0) {
                // As parsePort reads it: at most 4 hex digits.
                bool ok = false;
                const uint value = text.toUInt(&ok, 16);
                if (!ok || text.size() > 4 || int(value) != m_wantedPort[field])
                    differs = true;
            }
            ++field;
        }
        if (field != 9 && field != 11)
            return Verdict::Unsure;
        return differs ? Verdict::Differs : Verdict::Matches;
    }

private:
    std::array<QByteArray, 9> m_wanted;
    std::array<int, 9> m_wantedPort{-1, -1, -1, -1, -1, -1, -1, -1, -1};
    bool m_needsEntry = false;
};
} // namespace

ConnectionTable::Page ConnectionTable::readPage(QIODevice &file, const Filter &filter, quint64 first, int limit)
{
    Page page;
    const LineMatcher matcher(filter);
    // Line by line into one buffer: the file may hold millions of entries, and only the
    // page's are kept; the others are only counted, from their bytes where that can
    // decide. The kernel's lines are about 100 characters; a longer one is read to its
    // end and reported.
    char buffer[512];
    QString why;
    quint64 number = 0;
    for (;;) {
        const qint64 length = file.readLine(buffer, sizeof buffer);
        if (length <= 0)
            break; // the end, or a read error: what was read stands
        ++number;
        if (length == qint64(sizeof buffer) - 1 && buffer[length - 1] != '\n') {
            qint64 more = 0;
            while ((more = file.readLine(buffer, sizeof buffer)) > 0 && buffer[more - 1] != '\n') {
            }
            if (page.errors.size() < 10)
                page.errors.append(Tr::tr("line %1: longer than %2 characters").arg(number).arg(sizeof buffer - 1));
            continue;
        }
        const bool inPage = page.matching >= first && page.entries.size() < limit;
        if (matcher.decidesAlone()) {
            const LineMatcher::Verdict verdict = matcher.judge(buffer, length);
            if (verdict == LineMatcher::Verdict::Differs)
                continue;
            if (verdict == LineMatcher::Verdict::Matches && !inPage) {
                ++page.matching;
                continue;
            }
            // The page's own entries, and what is no entry (the header, a broken line:
            // the parse says which), go on to a full parse.
        }
        const std::optional<ConnectionEntry> entry = parseLine(QString::fromLatin1(buffer, length), &why);
        if (!entry) {
            if (!why.isEmpty() && page.errors.size() < 10)
                page.errors.append(Tr::tr("line %1: %2").arg(number).arg(why));
            continue;
        }
        if (!matches(*entry, filter))
            continue;
        if (inPage)
            page.entries.append(*entry);
        ++page.matching;
    }
    return page;
}

QString ConnectionTable::listingHeader()
{
    // ipvsadm -Lnc (list_conn / print_conn).
    char line[256];
    std::snprintf(line, sizeof line, "pro expire %-11s %-18s %-18s %s\n", "state", "source", "virtual", "destination");
    return QStringLiteral("IPVS connection entries\n") + QString::fromLatin1(line);
}

QString ConnectionTable::listingLines(const QList<ConnectionEntry> &entries)
{
    QString text;
    char line[256];
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

QString ConnectionTable::listing(const QList<ConnectionEntry> &entries)
{
    return listingHeader() + listingLines(entries);
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
