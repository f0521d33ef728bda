// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsrequests.h"

#include <netlink/attr.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>

#include <linux/ip_vs.h>

namespace {
nlattr *topLevel(nl_msg *message, int attribute)
{
    return nlmsg_find_attr(nlmsg_hdr(message), GENL_HDRLEN, attribute);
}

VirtualService serviceWithKey(const ServiceKey &key)
{
    VirtualService service;
    service.firewallMark = key.firewallMark;
    service.firewallMarkFamily = key.family;
    service.protocol = key.protocol;
    service.address = key.address;
    service.port = key.port;
    return service;
}

// Keeps the message only if every attribute went in.
IpvsRequests::Message built(IpvsRequests::Message message, bool ok)
{
    if (!ok)
        message.reset();
    return message;
}
} // namespace

IpvsRequests::Message IpvsRequests::info(int family)
{
    return IpvsAttributes::newMessage(family, IPVS_CMD_GET_INFO);
}

IpvsRequests::Message IpvsRequests::dumpServices(int family)
{
    return IpvsAttributes::newMessage(family, IPVS_CMD_GET_SERVICE, NLM_F_DUMP);
}

IpvsRequests::Message IpvsRequests::dumpRealServers(int family, const VirtualService &service)
{
    Message message = IpvsAttributes::newMessage(family, IPVS_CMD_GET_DEST, NLM_F_DUMP);
    const bool ok = message && IpvsAttributes::putService(message.get(), service, false);
    return built(std::move(message), ok);
}

IpvsRequests::Message IpvsRequests::config(int family)
{
    return IpvsAttributes::newMessage(family, IPVS_CMD_GET_CONFIG);
}

IpvsRequests::Message IpvsRequests::dumpDaemons(int family)
{
    return IpvsAttributes::newMessage(family, IPVS_CMD_GET_DAEMON, NLM_F_DUMP);
}

IpvsRequests::Message IpvsRequests::change(int family, const TableChange &change)
{
    using Kind = TableChange::Kind;
    static const int commands[] = {IPVS_CMD_NEW_SERVICE, IPVS_CMD_SET_SERVICE, IPVS_CMD_DEL_SERVICE, IPVS_CMD_NEW_DEST,
                                   IPVS_CMD_SET_DEST,    IPVS_CMD_DEL_DEST,    IPVS_CMD_SET_CONFIG};
    Message message = IpvsAttributes::newMessage(family, commands[int(change.kind)]);
    if (!message)
        return message;
    bool ok = true;
    switch (change.kind) {
    case Kind::AddService:
    case Kind::EditService:
        ok = IpvsAttributes::putService(message.get(), change.service, true);
        break;
    case Kind::DeleteService:
        ok = IpvsAttributes::putService(message.get(), change.service, false);
        break;
    case Kind::AddServer:
    case Kind::EditServer:
    case Kind::DeleteServer:
        ok = IpvsAttributes::putService(message.get(), change.service, false)
            && IpvsAttributes::putRealServer(message.get(), change.service, change.server,
                                             change.kind != Kind::DeleteServer);
        break;
    case Kind::SetTimeouts:
        // The kernel reads 0 as "leave unchanged"; every change names all three.
        ok = nla_put_u32(message.get(), IPVS_CMD_ATTR_TIMEOUT_TCP, change.timeouts.tcp) == 0
            && nla_put_u32(message.get(), IPVS_CMD_ATTR_TIMEOUT_TCP_FIN, change.timeouts.tcpFin) == 0
            && nla_put_u32(message.get(), IPVS_CMD_ATTR_TIMEOUT_UDP, change.timeouts.udp) == 0;
        break;
    }
    return built(std::move(message), ok);
}

IpvsRequests::Message IpvsRequests::zero(int family, const std::optional<ServiceKey> &service)
{
    Message message = IpvsAttributes::newMessage(family, IPVS_CMD_ZERO);
    // Without a service nest the kernel zeroes everything.
    const bool ok = message && (!service || IpvsAttributes::putService(message.get(), serviceWithKey(*service), false));
    return built(std::move(message), ok);
}

IpvsRequests::Message IpvsRequests::flush(int family)
{
    return IpvsAttributes::newMessage(family, IPVS_CMD_FLUSH);
}

IpvsRequests::Message IpvsRequests::startDaemon(int family, const SyncDaemon &daemon)
{
    Message message = IpvsAttributes::newMessage(family, IPVS_CMD_NEW_DAEMON);
    const bool ok = message && IpvsAttributes::putDaemon(message.get(), daemon, true);
    return built(std::move(message), ok);
}

IpvsRequests::Message IpvsRequests::stopDaemon(int family, SyncDaemon::Role role)
{
    SyncDaemon daemon;
    daemon.role = role;
    Message message = IpvsAttributes::newMessage(family, IPVS_CMD_DEL_DAEMON);
    const bool ok = message && IpvsAttributes::putDaemon(message.get(), daemon, false);
    return built(std::move(message), ok);
}

std::optional<IpvsInfo> IpvsRequests::parseInfo(nl_msg *reply, QString *error)
{
    nlattr *version = topLevel(reply, IPVS_INFO_ATTR_VERSION);
    nlattr *size = topLevel(reply, IPVS_INFO_ATTR_CONN_TAB_SIZE);
    if (!version || !size || nla_len(version) < 4 || nla_len(size) < 4) {
        *error = QStringLiteral("the kernel's IPVS information lacks its version or table size");
        return std::nullopt;
    }
    const std::uint32_t v = nla_get_u32(version);
    IpvsInfo info;
    info.version = QStringLiteral("%1.%2.%3").arg(v >> 16).arg((v >> 8) & 0xff).arg(v & 0xff);
    info.connectionTableSize = nla_get_u32(size);
    return info;
}

std::optional<Timeouts> IpvsRequests::parseConfig(nl_msg *reply, QString *error)
{
    Timeouts timeouts;
    for (const auto &[attribute, value] : {std::pair{IPVS_CMD_ATTR_TIMEOUT_TCP, &timeouts.tcp},
                                           std::pair{IPVS_CMD_ATTR_TIMEOUT_TCP_FIN, &timeouts.tcpFin},
                                           std::pair{IPVS_CMD_ATTR_TIMEOUT_UDP, &timeouts.udp}}) {
        nlattr *found = topLevel(reply, attribute);
        if (!found)
            continue;
        if (nla_len(found) < 4) {
            *error = QStringLiteral("the kernel's timeouts are malformed");
            return std::nullopt;
        }
        *value = nla_get_u32(found);
    }
    return timeouts;
}
