// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvsattributes.h"
#include "ipvskernel.h"

#include <cstddef>
#include <functional>
#include <memory>

struct nl_sock;
struct nl_msg;
struct sockaddr_nl;
struct ucred;

/**
 * IpvsKernel over generic netlink (libnl-genl-3, family "IPVS"). One socket, the family
 * resolved once; requests one at a time, each answered by its reply and
 * acknowledgement, with the kernel's own errno kept (libnl folds ESRCH and ENOENT
 * together otherwise).
 *
 * A socket belongs to the network namespace it was made in, and so does the IPVS table
 * it reaches. By default that is the helper's own; given a SocketOpener (a lab's
 * director), every socket, the first and each one made again after a fault, comes from
 * it, so that the object can never reach another namespace's table.
 */
class NetlinkIpvs : public IpvsKernel
{
public:
    /// Returns a new AF_NETLINK/SOCK_RAW/NETLINK_GENERIC socket, or -1 with `error` said.
    using SocketOpener = std::function<int(QString *error)>;

    /**
     * What carries the socket's traffic, in libnl's own shapes; for tests only. Left
     * empty (as the helper and the lab make it: nothing that arrives over D-Bus reaches
     * it), libnl talks to the kernel. tests/fuzz/fuzz_netlinkreceive.cpp plays the
     * kernel instead, its input being the replies, so that every receive loop here and
     * in libnl runs for real on hostile bytes.
     */
    struct Wire {
        /// Instead of libnl's send of one message (nl_cb_overwrite_send).
        int (*send)(nl_sock *socket, nl_msg *message) = nullptr;
        /// Instead of nl_sendto, for a batch.
        int (*sendRaw)(nl_sock *socket, void *bytes, size_t size) = nullptr;
        /// Instead of nl_recv: in libnl's receive loop (nl_cb_overwrite_recv) and in ours.
        int (*receive)(nl_sock *socket, sockaddr_nl *peer, unsigned char **buffer, ucred **credentials) = nullptr;
    };

    explicit NetlinkIpvs(SocketOpener opener = {});
    /// For tests only: sockets from `opener`, their traffic carried by `wire`.
    NetlinkIpvs(SocketOpener opener, Wire wire);
    ~NetlinkIpvs() override;

    bool info(IpvsInfo *info, KernelError *error) override;
    bool readTable(IpvsTable *table, KernelError *error) override;
    bool apply(const TableChange &change, KernelError *error) override;
    /// Sends the changes in windows of many requests per send and then reads their
    /// acknowledgements, instead of one round trip each as ipvsadm -R does.
    QList<std::optional<KernelError>> applyAll(const QList<TableChange> &changes) override;
    bool zero(const std::optional<ServiceKey> &service, KernelError *error) override;
    bool flush(KernelError *error) override;
    bool startDaemon(const SyncDaemon &daemon, KernelError *error) override;
    bool stopDaemon(SyncDaemon::Role role, KernelError *error) override;

private:
    using Parser = std::function<bool(nl_msg *)>;
    bool connect(KernelError *error);
    /// Sends `message` (built for this family) and reads replies into `parse` until the
    /// acknowledgement or the end of the dump.
    bool request(nl_msg *message, const Parser &parse, KernelError *error);
    /// Sends `batch` (`count` requests numbered from `firstSequence`) and records each
    /// refusal in `results` from `offset`. Returns why acknowledgements went missing, or "".
    QString collectAcknowledgements(const QByteArray &batch, std::uint32_t firstSequence, qsizetype count,
                                    QList<std::optional<KernelError>> *results, qsizetype offset,
                                    const QList<TableChange> &changes);

    struct SocketDeleter {
        void operator()(nl_sock *socket) const;
    };
    SocketOpener m_opener;
    Wire m_wire;
    std::unique_ptr<nl_sock, SocketDeleter> m_socket;
    int m_family = -1;
};
