// SPDX-License-Identifier: GPL-2.0-or-later
#include "netlinkipvs.h"

#include "ipvsattributes.h"
#include "ipvsrequests.h"
#include "kernelerrors.h"

#include <netlink/attr.h>
#include <netlink/errno.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>
#include <netlink/socket.h>

#include <linux/ip_vs.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace {
QString systemMessage(int errnoValue)
{
    return QString::fromLocal8Bit(std::strerror(errnoValue));
}

QString roleName(SyncDaemon::Role role)
{
    return role == SyncDaemon::Role::Master ? QStringLiteral("master") : QStringLiteral("backup");
}

// The errno of an NLMSG_ERROR, which the kernel sends negated. A number that is not one
// (positive, or beyond MAX_ERRNO, or INT_MIN, which has no negation) says nothing but
// that the answer is broken.
int answerErrno(int error)
{
    constexpr int maxErrno = 4095;
    return error < 0 && error >= -maxErrno ? -error : EPROTO;
}

// One request's progress through libnl's callbacks. The sequence check is ours: the
// pipelined batches number their requests themselves, which libnl's own check would
// not follow.
struct Exchange {
    std::uint32_t sequence = 0;
    const std::function<bool(nl_msg *)> *parse = nullptr;
    int errnoValue = 0;
    bool finished = false; ///< the acknowledgement, or the end of a dump
    bool parseFailed = false;
};

int onSequence(nl_msg *message, void *argument)
{
    return nlmsg_hdr(message)->nlmsg_seq == static_cast<Exchange *>(argument)->sequence ? NL_OK : NL_SKIP;
}

int onValid(nl_msg *message, void *argument)
{
    auto *exchange = static_cast<Exchange *>(argument);
    if (exchange->parse && *exchange->parse && !(*exchange->parse)(message))
        exchange->parseFailed = true;
    return NL_OK;
}

int onFinished(nl_msg *, void *argument)
{
    static_cast<Exchange *>(argument)->finished = true;
    return NL_STOP;
}

int onError(sockaddr_nl *, nlmsgerr *error, void *argument)
{
    auto *exchange = static_cast<Exchange *>(argument);
    if (error->msg.nlmsg_seq != exchange->sequence)
        return NL_SKIP;
    exchange->errnoValue = answerErrno(error->error);
    exchange->finished = true;
    return NL_STOP;
}
} // namespace

void NetlinkIpvs::SocketDeleter::operator()(nl_sock *socket) const
{
    nl_socket_free(socket);
}

NetlinkIpvs::NetlinkIpvs(SocketOpener opener)
    : m_opener(std::move(opener))
{
}

NetlinkIpvs::NetlinkIpvs(SocketOpener opener, Wire wire)
    : m_opener(std::move(opener))
    , m_wire(wire)
{
}

NetlinkIpvs::~NetlinkIpvs() = default;

bool NetlinkIpvs::connect(KernelError *error)
{
    if (m_socket && m_family >= 0)
        return true;
    m_socket.reset(nl_socket_alloc());
    if (!m_socket) {
        *error = KernelError{ENOMEM, QStringLiteral("cannot allocate a netlink socket")};
        return false;
    }
    if (m_opener) {
        QString why;
        const int fd = m_opener(&why);
        if (fd < 0) {
            m_socket.reset();
            *error = KernelError{0, QStringLiteral("cannot open the netlink socket: %1").arg(why)};
            return false;
        }
        // Bound as nl_connect would (the kernel picks the port), so that libnl learns its
        // address from it; the socket's namespace is the one it was made in, whatever
        // thread binds it.
        sockaddr_nl local{};
        local.nl_family = AF_NETLINK;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) < 0
            || nl_socket_set_fd(m_socket.get(), NETLINK_GENERIC, fd) < 0) {
            ::close(fd);
            m_socket.reset();
            *error = KernelError{0, QStringLiteral("cannot use the netlink socket made for this table")};
            return false;
        }
    } else if (genl_connect(m_socket.get()) < 0) {
        m_socket.reset();
        *error = KernelError{0, QStringLiteral("cannot open a generic netlink socket")};
        return false;
    }
    // IPVS answers from memory at once; a reply that does not come within seconds is
    // lost, and the helper must not hang on it with a caller waiting.
    const timeval patience{5, 0};
    setsockopt(nl_socket_get_fd(m_socket.get()), SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    // libnl peeks at every message for its size before reading it: two system calls per
    // receive, and a table read or a batch makes thousands. The kernel never sends one
    // part larger than 32 KiB (netlink caps its dump parts there), so a buffer of that
    // size reads each in one call.
    nl_socket_disable_msg_peek(m_socket.get());
    if (nl_socket_set_msg_buf_size(m_socket.get(), 32 * 1024) < 0) {
        m_socket.reset();
        *error = KernelError{ENOMEM, QStringLiteral("cannot size the netlink receive buffer")};
        return false;
    }
    // The socket's own callbacks carry the family's resolution and every send.
    if (m_wire.send || m_wire.receive) {
        nl_cb *own = nl_socket_get_cb(m_socket.get());
        if (m_wire.send)
            nl_cb_overwrite_send(own, m_wire.send);
        if (m_wire.receive)
            nl_cb_overwrite_recv(own, m_wire.receive);
        nl_cb_put(own);
    }
    m_family = genl_ctrl_resolve(m_socket.get(), IPVS_GENL_NAME);
    if (m_family < 0) {
        m_socket.reset();
        *error = KernelError{ENOENT, QStringLiteral("IPVS is not available: the ip_vs module is not loaded")};
        return false;
    }
    return true;
}

bool NetlinkIpvs::request(nl_msg *message, const Parser &parse, KernelError *error)
{
    if (!message) { // IpvsRequests could not build it: out of memory
        *error = KernelError{ENOMEM, QStringLiteral("the netlink request could not be built")};
        return false;
    }
    Exchange exchange;
    exchange.parse = &parse;
    nl_cb *callbacks = nl_cb_alloc(NL_CB_DEFAULT);
    nl_cb_set(callbacks, NL_CB_SEQ_CHECK, NL_CB_CUSTOM, onSequence, &exchange);
    nl_cb_set(callbacks, NL_CB_VALID, NL_CB_CUSTOM, onValid, &exchange);
    nl_cb_set(callbacks, NL_CB_ACK, NL_CB_CUSTOM, onFinished, &exchange);
    nl_cb_set(callbacks, NL_CB_FINISH, NL_CB_CUSTOM, onFinished, &exchange);
    nl_cb_err(callbacks, NL_CB_CUSTOM, onError, &exchange);
    if (m_wire.receive)
        nl_cb_overwrite_recv(callbacks, m_wire.receive);
    int result = nl_send_auto(m_socket.get(), message);
    exchange.sequence = nlmsg_hdr(message)->nlmsg_seq;
    // A doit answers with its reply (if any) and then the acknowledgement; a dump with
    // its parts and then DONE. Each nl_recvmsgs reads what one receive brings.
    // A receive that brings nothing timed out (SO_RCVTIMEO): the answer is lost.
    while (result >= 0 && !exchange.finished) {
        result = nl_recvmsgs_report(m_socket.get(), callbacks);
        if (result == 0)
            result = -NLE_AGAIN;
    }
    nl_cb_put(callbacks);
    if (exchange.errnoValue != 0) {
        *error = KernelError{exchange.errnoValue, systemMessage(exchange.errnoValue)};
        return false;
    }
    if (result < 0) {
        *error = KernelError{0, QStringLiteral("netlink: %1").arg(QString::fromLatin1(nl_geterror(result)))};
        m_socket.reset(); // start afresh next time: the socket may hold stale answers
        return false;
    }
    if (exchange.parseFailed) {
        *error = KernelError{0, QStringLiteral("the kernel's reply could not be read")};
        return false;
    }
    return true;
}

bool NetlinkIpvs::info(IpvsInfo *info, KernelError *error)
{
    if (!connect(error))
        return false;
    IpvsRequests::Message message = IpvsRequests::info(m_family);
    QString parseError;
    if (request(message.get(), [&](nl_msg *reply) {
            const auto parsed = IpvsRequests::parseInfo(reply, &parseError);
            if (parsed)
                *info = *parsed;
            return parsed.has_value();
        }, error))
        return true;
    if (!parseError.isEmpty())
        error->message = parseError;
    return false;
}

bool NetlinkIpvs::readTable(IpvsTable *table, KernelError *error)
{
    if (!connect(error))
        return false;
    IpvsTable result;
    QString parseError;
    IpvsRequests::Message services = IpvsRequests::dumpServices(m_family);
    if (!request(services.get(), [&](nl_msg *reply) {
            auto service = IpvsAttributes::parseService(nlmsg_find_attr(nlmsg_hdr(reply), GENL_HDRLEN, IPVS_CMD_ATTR_SERVICE),
                                                        &parseError);
            if (service)
                result.services.append(*service);
            return service.has_value();
        }, error)) {
        if (!parseError.isEmpty())
            error->message = parseError;
        return false;
    }
    for (VirtualService &service : result.services) {
        IpvsRequests::Message dests = IpvsRequests::dumpRealServers(m_family, service);
        if (!request(dests.get(), [&](nl_msg *reply) {
                auto server = IpvsAttributes::parseRealServer(
                    nlmsg_find_attr(nlmsg_hdr(reply), GENL_HDRLEN, IPVS_CMD_ATTR_DEST), &parseError);
                if (server)
                    service.realServers.append(*server);
                return server.has_value();
            }, error)) {
            if (!parseError.isEmpty())
                error->message = parseError;
            return false;
        }
    }
    IpvsRequests::Message config = IpvsRequests::config(m_family);
    if (!request(config.get(), [&](nl_msg *reply) {
            result.timeouts = IpvsRequests::parseConfig(reply, &parseError);
            return result.timeouts.has_value();
        }, error)) {
        if (!parseError.isEmpty())
            error->message = parseError;
        return false;
    }
    IpvsRequests::Message daemons = IpvsRequests::dumpDaemons(m_family);
    if (!request(daemons.get(), [&](nl_msg *reply) {
            auto daemon = IpvsAttributes::parseDaemon(nlmsg_find_attr(nlmsg_hdr(reply), GENL_HDRLEN, IPVS_CMD_ATTR_DAEMON),
                                                      &parseError);
            if (daemon)
                result.syncDaemons.append(*daemon);
            return daemon.has_value();
        }, error)) {
        if (!parseError.isEmpty())
            error->message = parseError;
        return false;
    }
    *table = result;
    return true;
}

bool NetlinkIpvs::apply(const TableChange &change, KernelError *error)
{
    if (!connect(error))
        return false;
    IpvsRequests::Message message = IpvsRequests::change(m_family, change);
    if (!message) {
        *error = KernelError{0, QStringLiteral("%1: the request could not be built").arg(change.describe())};
        return false;
    }
    if (request(message.get(), {}, error))
        return true;
    if (error->errnoValue)
        error->message = KernelErrors::explain(change, error->errnoValue);
    return false;
}

QList<std::optional<KernelError>> NetlinkIpvs::applyAll(const QList<TableChange> &changes)
{
    QList<std::optional<KernelError>> results(changes.size(), std::nullopt);
    KernelError error;
    if (!connect(&error)) {
        error.notSent = true;
        results.fill(error);
        return results;
    }
    // The kernel handles every request of one send in order, inside that send, and
    // queues one acknowledgement each. A window bounds what waits in our receive
    // buffer: an acknowledgement that does not fit is dropped by the kernel, not delayed.
    constexpr qsizetype window = 64;
    for (qsizetype first = 0; first < changes.size(); first += window) {
        const qsizetype count = std::min(window, changes.size() - first);
        QByteArray batch;
        const std::uint32_t firstSequence = nl_socket_use_seq(m_socket.get());
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                nl_socket_use_seq(m_socket.get());
            IpvsRequests::Message message = IpvsRequests::change(m_family, changes.at(first + i));
            if (!message) {
                // Nothing of this window was sent yet; the earlier windows were.
                const KernelError unbuilt{0,
                                          QStringLiteral("%1: the request could not be built")
                                              .arg(changes.at(first + i).describe()),
                                          true};
                for (qsizetype rest = first; rest < changes.size(); ++rest)
                    results[rest] = unbuilt;
                return results;
            }
            nlmsghdr *header = nlmsg_hdr(message.get());
            header->nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
            header->nlmsg_seq = firstSequence + std::uint32_t(i);
            header->nlmsg_pid = nl_socket_get_local_port(m_socket.get());
            batch.append(reinterpret_cast<const char *>(header), NLMSG_ALIGN(header->nlmsg_len));
        }
        const QString lost = collectAcknowledgements(batch, firstSequence, count, &results, first, changes);
        if (!lost.isEmpty()) {
            // Without every acknowledgement we cannot say what the kernel did with this
            // window: its unanswered changes are unknown, and the later windows were
            // never sent. The caller re-reads and puts back what may have been made.
            for (qsizetype i = first; i < changes.size(); ++i)
                if (!results.at(i))
                    results[i] = KernelError{0, lost, i >= first + count};
            m_socket.reset();
            return results;
        }
    }
    return results;
}

QString NetlinkIpvs::collectAcknowledgements(const QByteArray &batch, std::uint32_t firstSequence, qsizetype count,
                                             QList<std::optional<KernelError>> *results, qsizetype offset,
                                             const QList<TableChange> &changes)
{
    const auto sendRaw = m_wire.sendRaw ? m_wire.sendRaw : nl_sendto;
    const auto receive = m_wire.receive ? m_wire.receive : nl_recv;
    if (sendRaw(m_socket.get(), const_cast<char *>(batch.constData()), size_t(batch.size())) < 0)
        return QStringLiteral("netlink: the batch could not be sent");
    QList<bool> answered(count, false);
    qsizetype pending = count;
    while (pending > 0) {
        sockaddr_nl peer{};
        unsigned char *buffer = nullptr;
        const int length = receive(m_socket.get(), &peer, &buffer, nullptr);
        if (length <= 0) {
            std::free(buffer);
            return QStringLiteral("netlink: an acknowledgement was lost (%1)")
                .arg(length == 0 || length == -NLE_AGAIN ? QStringLiteral("none came within 5 s")
                                                         : QString::fromLatin1(nl_geterror(length)));
        }
        int remaining = length;
        for (auto *header = reinterpret_cast<nlmsghdr *>(buffer); nlmsg_ok(header, remaining);
             header = nlmsg_next(header, &remaining)) {
            const qsizetype index = qsizetype(header->nlmsg_seq - firstSequence);
            if (header->nlmsg_type != NLMSG_ERROR || index < 0 || index >= count || answered.at(index))
                continue; // not an answer to this batch
            if (header->nlmsg_len < NLMSG_LENGTH(sizeof(nlmsgerr))) {
                // Cut short, it says neither how the request went nor (for certain) which
                // it was: libnl's own loop stops at such a message too.
                std::free(buffer);
                return QStringLiteral("netlink: an acknowledgement came cut short");
            }
            const auto *answer = static_cast<const nlmsgerr *>(nlmsg_data(header));
            answered[index] = true;
            --pending;
            if (answer->error != 0) {
                const TableChange &change = changes.at(offset + index);
                const int errnoValue = answerErrno(answer->error);
                (*results)[offset + index] = KernelError{errnoValue, KernelErrors::explain(change, errnoValue)};
            }
        }
        std::free(buffer);
    }
    return {};
}

bool NetlinkIpvs::zero(const std::optional<ServiceKey> &service, KernelError *error)
{
    if (!connect(error))
        return false;
    IpvsRequests::Message message = IpvsRequests::zero(m_family, service);
    if (!message) {
        *error = KernelError{0, QStringLiteral("the request to zero the counters could not be built")};
        return false;
    }
    if (request(message.get(), {}, error))
        return true;
    if (error->errnoValue == ESRCH && service)
        error->message = QStringLiteral("no such service");
    return false;
}

bool NetlinkIpvs::flush(KernelError *error)
{
    if (!connect(error))
        return false;
    IpvsRequests::Message message = IpvsRequests::flush(m_family);
    return request(message.get(), {}, error);
}

bool NetlinkIpvs::startDaemon(const SyncDaemon &daemon, KernelError *error)
{
    if (!connect(error))
        return false;
    IpvsRequests::Message message = IpvsRequests::startDaemon(m_family, daemon);
    if (!message) {
        *error = KernelError{0, QStringLiteral("the sync daemon request could not be built")};
        return false;
    }
    if (request(message.get(), {}, error))
        return true;
    if (error->errnoValue == EEXIST)
        error->message = QStringLiteral("a %1 sync daemon is already running").arg(roleName(daemon.role));
    else if (error->errnoValue == ENODEV)
        error->message = QStringLiteral("interface %1 does not exist").arg(daemon.interface);
    else if (error->errnoValue == EINVAL)
        error->message = QStringLiteral("the sync daemon was refused: the group must be a multicast address, and no "
                                        "service may have real servers of the other address family");
    return false;
}

bool NetlinkIpvs::stopDaemon(SyncDaemon::Role role, KernelError *error)
{
    if (!connect(error))
        return false;
    IpvsRequests::Message message = IpvsRequests::stopDaemon(m_family, role);
    if (!message) {
        *error = KernelError{0, QStringLiteral("the sync daemon request could not be built")};
        return false;
    }
    if (request(message.get(), {}, error))
        return true;
    if (error->errnoValue == ESRCH)
        error->message = QStringLiteral("no %1 sync daemon is running").arg(roleName(role));
    return false;
}
