// SPDX-License-Identifier: GPL-2.0-or-later
// virtual_server_group: its entries and keepalived's address range forms.
#include "keepalivedreading.h"

namespace KeepalivedReading {
void Reader::readGroup(const KeepalivedStatement &statement)
{
    if (!hasValue(statement))
        return;
    const QString &name = statement.words.at(1);
    if (!statement.hasBlock) {
        error(statement, Tr::tr("virtual_server_group %1 needs a { } block").arg(name));
        return;
    }
    if (const auto it = m_groups.constFind(name); it != m_groups.cend()) {
        error(statement, Tr::tr("virtual_server_group %1 is already defined at %2").arg(name, where(*it->statement)));
        return;
    }
    Group group{&statement, {}};
    for (const KeepalivedStatement &child : statement.children) {
        if (std::optional<GroupEntry> entry = readGroupEntry(child))
            group.entries.append(*entry);
    }
    if (group.entries.isEmpty()) {
        error(statement, Tr::tr("virtual_server_group %1 has no entries").arg(name));
        return;
    }
    m_groups.insert(name, group);
}

std::optional<GroupEntry> Reader::readGroupEntry(const KeepalivedStatement &statement)
{
    GroupEntry entry;
    entry.statement = &statement;
    if (statement.keyword() == QLatin1String("fwmark")) {
        if (!hasValue(statement))
            return std::nullopt;
        const std::optional<std::uint32_t> mark =
            numberInRange(statement.words.at(1), 1, std::numeric_limits<std::uint32_t>::max());
        if (!mark) {
            error(statement, Tr::tr("fwmark '%1' is not a number from 1 to 4294967295").arg(statement.words.at(1)));
            return std::nullopt;
        }
        entry.isFirewallMark = true;
        entry.firewallMark = *mark;
        if (statement.words.size() > 2) {
            const QString &family = statement.words.at(2);
            if (family == QLatin1String("inet"))
                entry.markFamily = IpAddress::Family::V4;
            else if (family == QLatin1String("inet6"))
                entry.markFamily = IpAddress::Family::V6;
            else {
                error(statement, Tr::tr("fwmark %1: unknown family '%2' (inet or inet6)").arg(*mark).arg(family));
                return std::nullopt;
            }
        }
        return entry;
    }
    const std::optional<QList<IpAddress>> addresses = readRange(statement, statement.keyword());
    if (!addresses)
        return std::nullopt;
    const std::optional<std::uint16_t> port = readPort(statement, 1);
    if (!port)
        return std::nullopt;
    entry.addresses = *addresses;
    entry.port = *port;
    return entry;
}

// keepalived's range forms: 10.0.0.1-10 (last byte), 10.0.0.250-10.0.1.5, 10.0.0.8/29, and
// for IPv6 the last 16 bits in hex (2001:db8::1-f).
std::optional<QList<IpAddress>> Reader::readRange(const KeepalivedStatement &statement, const QString &text)
{
    QString problem;
    std::optional<QList<IpAddress>> addresses = KeepalivedValues::addressRange(text, &problem);
    if (!addresses)
        error(statement, problem);
    return addresses;
}

} // namespace KeepalivedReading
