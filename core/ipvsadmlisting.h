// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QByteArray>
#include <QString>

/**
 * What `ipvsadm -Ln` prints, byte for byte: the same columns, widths, truncation of
 * long IPv4 names and K/M/G/T rounding, for the default view and for --stats, --rate,
 * --thresholds and --persistent-conn, with or without --exact.
 */
namespace IpvsadmListing {
enum class View { Default, Stats, Rate, Thresholds, PersistentConnections };

struct Options {
    View view = View::Default;
    bool exact = false;           ///< --exact: no K/M/G rounding
    QString version = QStringLiteral("1.2.1"); ///< IPVS version from the kernel
    std::uint32_t connectionTableSize = 4096;
};

QString write(const IpvsTable &table, const Options &options);
/// The same listing as Latin-1 bytes (ASCII, as ipvsadm prints it), ready for a file or
/// a terminal without a round trip through QString.
QByteArray writeLatin1(const IpvsTable &table, const Options &options);
}
