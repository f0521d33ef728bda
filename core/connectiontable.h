// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipaddress.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>

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

/// What `ipvsadm -Lnc` prints for these entries.
QString listing(const QList<ConnectionEntry> &entries);

/// The entries as CSV for a spreadsheet (RFC 4180, a header line, addresses and ports
/// in separate columns, expiry in seconds).
QString csv(const QList<ConnectionEntry> &entries);
}
