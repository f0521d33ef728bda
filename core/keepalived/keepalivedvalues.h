// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipaddress.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

/// The values keepalived.conf spells its own way: plain decimal numbers, and the address
/// ranges of virtual_server_group ("10.0.0.1-20", "10.0.0.0/28", "2001:db8::1-ff").
namespace KeepalivedValues {
/// Decimal digits only (no sign, no spaces), as keepalived's own number reader takes them.
std::optional<std::uint64_t> number(QStringView text);
std::optional<std::uint32_t> numberInRange(QStringView text, std::uint64_t lowest, std::uint64_t highest);
QString familyName(IpAddress::Family family);
/// Every address of a range, or nullopt with *problem naming what is wrong with it.
std::optional<QList<IpAddress>> addressRange(const QString &text, QString *problem);
}
