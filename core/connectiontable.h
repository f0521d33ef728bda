// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipaddress.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>

class QIODevice;

/// One entry of the kernel's connection table (/proc/net/ip_vs_conn).
struct ConnectionEntry {
    QString protocol; ///< TCP, UDP, SCTP, IP ... as the kernel names it
    IpAddress client;
    std::uint16_t clientPort = 0;
    IpAddress virtualAddress;
    std::uint16_t virtualPort = 0;
    IpAddress destination;
    std::uint16_t destinationPort = 0;
    QString state;                  ///< ESTABLISHED, TIME_WAIT, UDP, NONE (a template) ...
    std::uint32_t expiresSeconds = 0;
    QString persistenceEngine;      ///< pe name, e.g. sip, when the entry has pe data
    QString persistenceEngineData;

    friend bool operator==(const ConnectionEntry &, const ConnectionEntry &) = default;
};

/**
 * Reading /proc/net/ip_vs_conn (no netlink dump exists for connections) and showing
 * it as `ipvsadm -Lnc` does. The file's text comes from the kernel, but it is parsed
 * as untrusted input anyway: a line that does not fit is reported, never guessed at.
 */
namespace ConnectionTable {
struct ParseResult {
    QList<ConnectionEntry> entries;
    QStringList errors; ///< "line 7: ..." for lines that do not fit the format
};

/// Parses the file's text: the header line, then one entry per line.
ParseResult parse(QStringView text);
/// One line of the file: its entry, or nullopt with why it does not fit (`why` stays
/// empty for the header and for an empty line).
std::optional<ConnectionEntry> parseLine(QStringView line, QString *why);

/// Which entries to keep; every set field must match.
struct Filter {
    std::optional<IpAddress> virtualAddress;
    std::optional<std::uint16_t> virtualPort;
    std::optional<QString> protocol;
    std::optional<IpAddress> destination;
    std::optional<std::uint16_t> destinationPort;
    std::optional<IpAddress> client;
    std::optional<QString> state;
    int limit = -1; ///< at most this many entries; -1 for all
};
QList<ConnectionEntry> filter(const QList<ConnectionEntry> &entries, const Filter &filter);
bool matches(const ConnectionEntry &entry, const Filter &filter); ///< its limit is not looked at

/// What tells one entry from another in the kernel's table.
struct EntryKey {
    QString protocol;
    IpAddress client;
    std::uint16_t clientPort = 0;
    IpAddress virtualAddress;
    std::uint16_t virtualPort = 0;
    IpAddress destination;
    std::uint16_t destinationPort = 0;
    friend bool operator==(const EntryKey &, const EntryKey &) = default;
    friend size_t qHash(const EntryKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.protocol, key.client, key.clientPort, key.virtualAddress, key.virtualPort,
                          key.destination, key.destinationPort);
    }
};
EntryKey keyOf(const ConnectionEntry &entry);

/// The most entries the helper sends in one reply (GetConnections): about 5.5 MB on the
/// bus, a sixth of the system bus's message limit; a million entries are 20 replies.
constexpr int entriesPerReply = 50000;

/// The entries that match, from the `first`-th (counted from 0) on, at most `limit`.
struct Page {
    QList<ConnectionEntry> entries;
    quint64 matching = 0; ///< how many entries of the whole file match
    QStringList errors;   ///< the first lines that did not fit, at most 10
};
/// Reads the file line by line, filtering as it goes: memory stays bounded by the
/// page, whatever the file's size (Filter::limit is not looked at).
Page readPage(QIODevice &file, const Filter &filter, quint64 first, int limit);

/// What `ipvsadm -Lnc` prints for these entries: its two header lines, then a line each.
QString listing(const QList<ConnectionEntry> &entries);
QString listingHeader();
QString listingLines(const QList<ConnectionEntry> &entries);

/// The entries as CSV for a spreadsheet (RFC 4180, a header line, addresses and ports
/// in separate columns, expiry in seconds).
QString csv(const QList<ConnectionEntry> &entries);
}
