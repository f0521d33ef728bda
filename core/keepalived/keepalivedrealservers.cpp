// SPDX-License-Identifier: GPL-2.0-or-later
// real_server blocks and the forwarding method each one names (or inherits).
#include "keepalivedreading.h"

namespace KeepalivedReading {
std::optional<ForwardingChoice> Reader::readForwarding(const KeepalivedStatement &statement)
{
    if (!hasValue(statement))
        return std::nullopt;
    const QString &name = statement.words.at(1);
    ForwardingChoice forwarding;
    if (name == QLatin1String("NAT"))
        forwarding.method = ForwardingMethod::Masquerading;
    else if (name == QLatin1String("DR"))
        forwarding.method = ForwardingMethod::DirectRouting;
    else if (name == QLatin1String("TUN"))
        forwarding.method = ForwardingMethod::Tunnelling;
    else {
        error(statement, Tr::tr("%1 '%2': unknown forwarding method (NAT, DR or TUN, in capitals)")
                             .arg(statement.keyword(), name));
        return std::nullopt;
    }
    const QStringList &words = statement.words;
    for (qsizetype i = 2; i < words.size(); ++i) {
        const QString &option = words.at(i);
        if (forwarding.method != ForwardingMethod::Tunnelling) {
            error(statement, Tr::tr("%1 %2: tunnel options such as '%3' need TUN").arg(statement.keyword(), name, option));
            return std::nullopt;
        }
        if (option == QLatin1String("type") && i + 1 < words.size()) {
            const std::optional<TunnelType> type = Forwarding::tunnelTypeFromName(words.at(++i));
            if (!type) {
                error(statement, Tr::tr("unknown tunnel type '%1' (ipip, gue or gre)").arg(words.at(i)));
                return std::nullopt;
            }
            forwarding.tunnelType = *type;
        } else if (option == QLatin1String("port") && i + 1 < words.size()) {
            const std::optional<std::uint32_t> port = numberInRange(words.at(++i), 1, 65535);
            if (!port) {
                error(statement, Tr::tr("tunnel port '%1' is not a number from 1 to 65535").arg(words.at(i)));
                return std::nullopt;
            }
            forwarding.tunnelPort = std::uint16_t(*port);
        } else if (option == QLatin1String("nocsum")) {
            forwarding.tunnelChecksum = TunnelChecksum::None;
        } else if (option == QLatin1String("csum")) {
            forwarding.tunnelChecksum = TunnelChecksum::Checksum;
        } else if (option == QLatin1String("remcsum")) {
            forwarding.tunnelChecksum = TunnelChecksum::RemoteChecksum;
        } else {
            error(statement, Tr::tr("unknown or incomplete tunnel option '%1'").arg(option));
            return std::nullopt;
        }
    }
    // keepalived's own checks (check_parser.c), so that the statement is refused as a whole.
    if ((forwarding.tunnelType == TunnelType::Gue) != (forwarding.tunnelPort != 0)) {
        error(statement, forwarding.tunnelType == TunnelType::Gue ? Tr::tr("a gue tunnel needs 'port N'")
                                                                  : Tr::tr("a tunnel port applies to gue tunnels only"));
        return std::nullopt;
    }
    if (forwarding.tunnelType == TunnelType::Ipip && forwarding.tunnelChecksum != TunnelChecksum::None) {
        error(statement, Tr::tr("ipip tunnels take no checksum option"));
        return std::nullopt;
    }
    if (forwarding.tunnelType == TunnelType::Gre && forwarding.tunnelChecksum == TunnelChecksum::RemoteChecksum) {
        error(statement, Tr::tr("gre tunnels do not support remcsum"));
        return std::nullopt;
    }
    return forwarding;
}

void Reader::readRealServer(const KeepalivedStatement &statement, PendingService &service)
{
    if (!hasValue(statement))
        return;
    const std::optional<IpAddress> address = IpAddress::parse(statement.words.at(1));
    if (!address) {
        error(statement, Tr::tr("'%1' is not an IP address").arg(statement.words.at(1)));
        return;
    }
    const std::optional<std::uint16_t> port = readPort(statement, 2);
    if (!port)
        return;
    if (!statement.hasBlock) {
        error(statement, Tr::tr("%1 needs a { } block").arg(heading(statement)));
        return;
    }
    PendingRealServer server;
    server.statement = &statement;
    server.address = *address;
    server.port = *port;
    // A real server takes the virtual server's method as it stands at this line.
    server.forwarding = service.forwarding;

    static const QSet<QString> checkers{
        QStringLiteral("TCP_CHECK"), QStringLiteral("HTTP_GET"),  QStringLiteral("SSL_GET"),
        QStringLiteral("MISC_CHECK"), QStringLiteral("SMTP_CHECK"), QStringLiteral("DNS_CHECK"),
        QStringLiteral("UDP_CHECK"), QStringLiteral("PING_CHECK"), QStringLiteral("BFD_CHECK"),
        QStringLiteral("FILE_CHECK"), QStringLiteral("track_file"),
    };
    static const QSet<QString> ignored{
        QStringLiteral("notify_up"),   QStringLiteral("notify_down"), QStringLiteral("alpha"),
        QStringLiteral("retry"),       QStringLiteral("delay_before_retry"), QStringLiteral("warmup"),
        QStringLiteral("connect_timeout"), QStringLiteral("delay_loop"), QStringLiteral("smtp_alert"),
        QStringLiteral("virtualhost"), QStringLiteral("snmp_name"),
    };
    for (const KeepalivedStatement &child : statement.children) {
        const QString &keyword = child.keyword();
        if (keyword == QLatin1String("weight")) {
            if (!hasValue(child))
                continue;
            // Range checks are Validation's (0 to 65535), so the message matches ipvsadm's bounds.
            const std::optional<std::uint64_t> weight = number(child.words.at(1));
            if (!weight || *weight > std::numeric_limits<std::uint32_t>::max())
                error(child, Tr::tr("weight '%1' is not a number from 0 to %2").arg(child.words.at(1)).arg(Validation::maximumWeight));
            else
                server.weight = std::uint32_t(*weight);
        } else if (keyword == QLatin1String("lvs_method")) {
            if (const std::optional<ForwardingChoice> forwarding = readForwarding(child))
                server.forwarding = forwarding;
        } else if (keyword == QLatin1String("uthreshold") || keyword == QLatin1String("lthreshold")) {
            if (!hasValue(child))
                continue;
            const std::optional<std::uint32_t> value =
                numberInRange(child.words.at(1), 0, std::numeric_limits<std::uint32_t>::max());
            if (!value)
                error(child, Tr::tr("%1 '%2' is not a number").arg(keyword, child.words.at(1)));
            else
                (keyword.at(0) == QLatin1Char('u') ? server.upperThreshold : server.lowerThreshold) = *value;
        } else if (keyword == QLatin1String("inhibit_on_failure")) {
            // keepalived's check_true_false: a real server may switch it off again.
            static const QStringList off{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off")};
            if (child.words.size() < 2 || !off.contains(child.words.at(1)))
                ++service.inhibited;
        } else if (checkers.contains(keyword)) {
            if (!service.checkers.contains(keyword))
                service.checkers.append(keyword);
        } else if (keyword == QLatin1String("lb_kind")) {
            error(child, Tr::tr("unknown keyword 'lb_kind' in real_server; keepalived takes lvs_method here"));
        } else if (!ignored.contains(keyword)) {
            error(child, Tr::tr("unknown keyword '%1' in real_server").arg(keyword));
        }
    }

    // keepalived checks the family of a real server that is not (yet) tunnelled at its end
    // and skips it when it differs; the first one sets a fwmark service's family.
    const bool tunnelled = server.forwarding && server.forwarding->method == ForwardingMethod::Tunnelling;
    if (!tunnelled) {
        if (!service.family) {
            service.family = address->family();
        } else if (*service.family != address->family()) {
            error(statement, Tr::tr("%1: an %2 real server under an %3 virtual server needs lvs_method TUN; keepalived "
                                    "skips it")
                                 .arg(heading(statement), familyName(address->family()), familyName(*service.family)));
            return;
        }
    }
    service.realServers.append(server);
}

} // namespace KeepalivedReading
