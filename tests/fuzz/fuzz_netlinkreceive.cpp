// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's receive loops on hostile replies: NetlinkIpvs runs every operation for
// real (the family's resolution, request()'s libnl loop, applyAll's windows read by
// collectAcknowledgements) over a real generic netlink socket whose traffic goes
// through NetlinkIpvs::Wire to this file, which plays the kernel. What it sends is
// recorded; each receive takes one datagram from the input. The input says what each
// message is and which request it answers, and the sequence numbers are those of what
// was sent unless the input asks for others, so that replies reach past the checks:
//
//   byte: operations (low 2 bits + 1); then per operation a byte naming it (and what it
//   needs: a change, a count of changes) and, for each receive it makes, a datagram:
//     byte: 0xff a failed receive (next byte: the libnl error), else messages (low 4
//           bits; bit 7: a foreign sender, next 4 bytes its port)
//     per message, byte: kind (bits 0-2: acknowledgement or error, DONE, the request's
//       own type, NOOP, OVERRUN, another type, an error cut short, raw bytes), sequence
//       (bits 3-4: the one expected, expected + a signed byte, 4 bytes given, the one
//       before), bit 5 NLM_F_MULTI, bit 6 NLM_F_DUMP_INTR, bit 7 a foreign port.
// An exhausted input is a receive that timed out.
#include "netlinkipvs.h"
#include "tablechange.h"

#include <netlink/errno.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <linux/netlink.h>

#include <sys/socket.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {
class Script
{
public:
    Script(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    bool atEnd() const { return m_at >= m_size; }
    std::uint8_t byte() { return atEnd() ? 0 : m_data[m_at++]; }
    std::uint16_t u16() { return std::uint16_t(byte() << 8 | byte()); }
    std::uint32_t u32() { return std::uint32_t(u16()) << 16 | u16(); }
    /// Up to `count` bytes, fewer where the input ends.
    QByteArray bytes(std::size_t count)
    {
        count = std::min(count, m_size - std::min(m_at, m_size));
        const QByteArray taken(reinterpret_cast<const char *>(m_data + m_at), qsizetype(count));
        m_at += count;
        return taken;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

// The kernel's side of one fuzz input.
struct Kernel {
    Script *script = nullptr;
    std::vector<nlmsghdr> sent; ///< what the last send carried: one request or a batch
    std::size_t next = 0;       ///< the request the next in-order answer is for
    std::uint32_t previousSequence = 0;
};
Kernel kernel;

void record(const void *bytes, std::size_t size)
{
    kernel.sent.clear();
    kernel.next = 0;
    int remaining = int(size);
    for (auto *header = static_cast<const nlmsghdr *>(bytes); nlmsg_ok(header, remaining);
         header = nlmsg_next(const_cast<nlmsghdr *>(header), &remaining))
        kernel.sent.push_back(*header);
}

int send(nl_sock *, nl_msg *message)
{
    const nlmsghdr *header = nlmsg_hdr(message);
    record(header, header->nlmsg_len);
    return int(header->nlmsg_len);
}

int sendRaw(nl_sock *, void *bytes, size_t size)
{
    record(bytes, size);
    return int(size);
}

void append(QByteArray *datagram, const nlmsghdr &header, const QByteArray &payload)
{
    QByteArray message(reinterpret_cast<const char *>(&header), sizeof header);
    message.append(payload);
    message.resize(NLMSG_ALIGN(message.size()), '\0');
    datagram->append(message);
}

void message(Script &in, QByteArray *datagram, std::uint32_t localPort)
{
    const std::uint8_t kind = in.byte();
    const nlmsghdr none{};
    const std::size_t target = std::min(kernel.next, kernel.sent.empty() ? 0 : kernel.sent.size() - 1);
    const nlmsghdr &request = kernel.sent.empty() ? none : kernel.sent.at(target);
    nlmsghdr header{};
    switch ((kind >> 3) & 3) {
    case 0:
        header.nlmsg_seq = request.nlmsg_seq;
        break;
    case 1:
        header.nlmsg_seq = request.nlmsg_seq + std::uint32_t(std::int32_t(std::int8_t(in.byte())));
        break;
    case 2:
        header.nlmsg_seq = in.u32();
        break;
    default:
        header.nlmsg_seq = kernel.previousSequence;
        break;
    }
    kernel.previousSequence = header.nlmsg_seq;
    header.nlmsg_flags = std::uint16_t((kind & 0x20 ? NLM_F_MULTI : 0) | (kind & 0x40 ? NLM_F_DUMP_INTR : 0));
    header.nlmsg_pid = kind & 0x80 ? in.u32() : localPort;
    QByteArray payload;
    switch (kind & 7) {
    case 0: { // the acknowledgement (0) or an error, for the request in turn
        header.nlmsg_type = NLMSG_ERROR;
        nlmsgerr answer{};
        const std::uint8_t code = in.byte();
        answer.error = code == 0xff ? std::int32_t(in.u32()) : -std::int32_t(code);
        answer.msg = request;
        answer.msg.nlmsg_seq = header.nlmsg_seq;
        payload = QByteArray(reinterpret_cast<const char *>(&answer), sizeof answer);
        ++kernel.next;
        break;
    }
    case 1:
        header.nlmsg_type = NLMSG_DONE;
        payload = QByteArray(4, '\0');
        break;
    case 2: { // a reply of the request's own family: generic netlink header, attributes
        header.nlmsg_type = request.nlmsg_type;
        const genlmsghdr genl{in.byte(), 1, 0};
        payload = QByteArray(reinterpret_cast<const char *>(&genl), sizeof genl);
        payload.append(in.bytes(in.u16()));
        break;
    }
    case 3:
        header.nlmsg_type = NLMSG_NOOP;
        break;
    case 4:
        header.nlmsg_type = NLMSG_OVERRUN;
        break;
    case 5:
        header.nlmsg_type = in.u16();
        payload = in.bytes(in.byte());
        break;
    case 6: { // an error message cut short
        header.nlmsg_type = NLMSG_ERROR;
        nlmsgerr answer{};
        answer.error = -std::int32_t(in.byte());
        answer.msg = request;
        payload = QByteArray(reinterpret_cast<const char *>(&answer), sizeof answer).left(in.byte() % sizeof answer);
        break;
    }
    default: // raw: whatever header and length the input says
        datagram->append(in.bytes(in.u16()));
        return;
    }
    header.nlmsg_len = std::uint32_t(NLMSG_HDRLEN + payload.size());
    append(datagram, header, payload);
}

int receive(nl_sock *socket, sockaddr_nl *peer, unsigned char **buffer, ucred **credentials)
{
    if (credentials)
        *credentials = nullptr;
    Script &in = *kernel.script;
    if (in.atEnd())
        return 0; // the answer never came (SO_RCVTIMEO)
    const std::uint8_t head = in.byte();
    if (head == 0xff)
        return -(1 + in.byte() % NLE_MAX);
    std::memset(peer, 0, sizeof *peer);
    peer->nl_family = AF_NETLINK;
    if (head & 0x80)
        peer->nl_pid = in.u32();
    QByteArray datagram;
    const std::uint32_t localPort = nl_socket_get_local_port(socket);
    for (int i = 0; i < (head & 0x0f) && !in.atEnd() && datagram.size() < 65536; ++i)
        message(in, &datagram, localPort);
    if (datagram.isEmpty()) {
        *buffer = nullptr; // as nl_recv leaves it when nothing came
        return 0;
    }
    *buffer = static_cast<unsigned char *>(std::malloc(std::size_t(datagram.size())));
    std::memcpy(*buffer, datagram.constData(), std::size_t(datagram.size()));
    return int(datagram.size());
}

VirtualService sampleService(bool v6, bool mark)
{
    VirtualService service;
    if (mark) {
        service.firewallMark = 7;
        service.firewallMarkFamily = v6 ? IpAddress::Family::V6 : IpAddress::Family::V4;
    } else {
        service.address = *IpAddress::parse(v6 ? QStringLiteral("2001:db8::1") : QStringLiteral("192.0.2.1"));
        service.port = 80;
    }
    return service;
}

TableChange sampleChange(std::uint8_t which)
{
    const VirtualService service = sampleService(which & 8, which & 16);
    RealServer server;
    server.address = *IpAddress::parse(which & 8 ? QStringLiteral("2001:db8::2") : QStringLiteral("192.0.2.2"));
    server.port = 8080;
    RealServer heavier = server;
    heavier.weight = 5;
    VirtualService edited = service;
    edited.persistent = true;
    switch (which % 7) {
    case 0:
        return TableChange::addService(service);
    case 1:
        return TableChange::editService(service, edited);
    case 2:
        return TableChange::deleteService(service);
    case 3:
        return TableChange::addServer(service, server);
    case 4:
        return TableChange::editServer(service, server, heavier);
    case 5:
        return TableChange::deleteServer(service, server);
    default:
        return TableChange::setTimeouts(Timeouts{900, 120, 300}, Timeouts{60, 30, 20});
    }
}

// LVS_FUZZ_TRACE=1 prints what each operation came to, to check that a seed goes deep.
const bool tracing = std::getenv("LVS_FUZZ_TRACE");

void refusalSaysWhy(bool ok, const KernelError &error)
{
    if (tracing)
        std::fprintf(stderr, "  %s %s\n", ok ? "ok" : "refused:", qPrintable(error.message));
    if (!ok && error.message.isEmpty())
        std::abort();
}

void operate(NetlinkIpvs &ipvs, Script &in)
{
    const std::uint8_t op = in.byte();
    if (tracing)
        std::fprintf(stderr, "operation %d\n", op % 8);
    KernelError error;
    switch (op % 8) {
    case 0: {
        IpvsInfo info;
        refusalSaysWhy(ipvs.info(&info, &error), error);
        break;
    }
    case 1: {
        IpvsTable table;
        refusalSaysWhy(ipvs.readTable(&table, &error), error);
        if (tracing)
            std::fprintf(stderr, "  %d services, %d daemons\n", int(table.services.size()), int(table.syncDaemons.size()));
        break;
    }
    case 2:
        refusalSaysWhy(ipvs.apply(sampleChange(in.byte()), &error), error);
        break;
    case 3: {
        // Up to four windows of 64, to cross their boundaries.
        QList<TableChange> changes;
        const int count = in.byte() % 200;
        const std::uint8_t mix = in.byte();
        for (int i = 0; i < count; ++i)
            changes.append(sampleChange(std::uint8_t(mix + i)));
        const QList<std::optional<KernelError>> results = ipvs.applyAll(changes);
        if (results.size() != changes.size())
            std::abort();
        for (const std::optional<KernelError> &result : results) {
            if (tracing)
                std::fprintf(stderr, "  %s\n", result ? qPrintable(result->message) : "ok");
            if (result && result->message.isEmpty())
                std::abort();
        }
        break;
    }
    case 4: {
        std::optional<ServiceKey> key;
        if (op & 8)
            key = sampleService(op & 16, op & 32).key();
        refusalSaysWhy(ipvs.zero(key, &error), error);
        break;
    }
    case 5:
        refusalSaysWhy(ipvs.flush(&error), error);
        break;
    case 6: {
        SyncDaemon daemon;
        daemon.role = op & 8 ? SyncDaemon::Role::Backup : SyncDaemon::Role::Master;
        if (op & 16)
            daemon.group = *IpAddress::parse(QStringLiteral("239.1.1.1"));
        refusalSaysWhy(ipvs.startDaemon(daemon, &error), error);
        break;
    }
    default:
        refusalSaysWhy(ipvs.stopDaemon(op & 8 ? SyncDaemon::Role::Backup : SyncDaemon::Role::Master, &error), error);
        break;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Script in(data, size);
    kernel = Kernel{};
    kernel.script = &in;
    // A real socket, for nl_socket_set_fd and bind; nothing is sent or read through it.
    NetlinkIpvs ipvs([](QString *why) {
        const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
        if (fd < 0)
            *why = QStringLiteral("no netlink socket");
        return fd;
    }, NetlinkIpvs::Wire{send, sendRaw, receive});
    const int operations = 1 + (in.byte() & 3);
    for (int i = 0; i < operations; ++i)
        operate(ipvs, in);
    return 0;
}
