// SPDX-License-Identifier: GPL-2.0-or-later
// The helper reads the kernel's IPVS netlink replies: the input is the attribute part of
// a generic netlink message, handed to every reply parser.
#include "ipvsattributes.h"
#include "ipvsrequests.h"

#include <netlink/attr.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>

#include <linux/ip_vs.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    IpvsAttributes::Message message = IpvsAttributes::newMessage(0x20, IPVS_CMD_NEW_SERVICE);
    if (!message || nlmsg_append(message.get(), const_cast<std::uint8_t *>(data), size, NLMSG_ALIGNTO) < 0)
        return 0;
    nlmsghdr *header = nlmsg_hdr(message.get());
    QString error;
    (void)IpvsAttributes::parseService(nlmsg_find_attr(header, GENL_HDRLEN, IPVS_CMD_ATTR_SERVICE), &error);
    (void)IpvsAttributes::parseRealServer(nlmsg_find_attr(header, GENL_HDRLEN, IPVS_CMD_ATTR_DEST), &error);
    (void)IpvsAttributes::parseDaemon(nlmsg_find_attr(header, GENL_HDRLEN, IPVS_CMD_ATTR_DAEMON), &error);
    (void)IpvsRequests::parseInfo(message.get(), &error);
    (void)IpvsRequests::parseConfig(message.get(), &error);
    return 0;
}
