// SPDX-License-Identifier: GPL-2.0-or-later
#include "labresponder.h"

#include "labnamespaces.h"

#include <QSocketNotifier>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {
// A request larger than this is not a browser's or curl's GET; answer and close anyway.
constexpr qsizetype maxRequest = 8192;
}

LabResponder::LabResponder(QObject *parent)
    : QObject(parent)
{
}

LabResponder::~LabResponder()
{
    for (Client *client : std::as_const(m_clients)) {
        client->notifier.reset();
        ::close(client->fd);
        delete client;
    }
    m_notifier.reset();
    if (m_listener >= 0)
        ::close(m_listener);
}

bool LabResponder::listen(const QString &netns, std::uint16_t port, const QString &page, QString *error)
{
    const int fd = LabNamespaces::socketIn(netns, AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0, error);
    if (fd < 0)
        return false;
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, 64) != 0) {
        *error = QStringLiteral("listening on port %1 in %2: %3")
                     .arg(port)
                     .arg(netns, QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return false;
    }
    const QByteArray body = page.toUtf8() + '\n';
    m_reply = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    m_listener = fd;
    m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &LabResponder::accept);
    return true;
}

void LabResponder::accept()
{
    for (;;) {
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return; // EAGAIN: all taken; anything else: the client gave up
        auto *client = new Client;
        client->fd = fd;
        client->notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        connect(client->notifier.get(), &QSocketNotifier::activated, this, [this, fd] { read(fd); });
        m_clients.insert(fd, client);
    }
}

void LabResponder::read(int fd)
{
    Client *client = m_clients.value(fd);
    if (!client)
        return;
    char buffer[2048];
    for (;;) {
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            client->request.append(buffer, got);
            if (client->request.contains("\r\n\r\n") || client->request.size() > maxRequest)
                break;
            continue;
        }
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return; // the rest of the request is still on its way
        break;      // the client closed (or failed): answer what it asked, if it still listens
    }
    // Answer only once the whole request was read: closing with unread data sends a
    // reset, and the client could lose the answer.
    ::send(fd, m_reply.constData(), size_t(m_reply.size()), MSG_NOSIGNAL);
    ++m_answered;
    finish(fd);
}

void LabResponder::finish(int fd)
{
    Client *client = m_clients.take(fd);
    if (!client)
        return;
    client->notifier->setEnabled(false);
    client->notifier.release()->deleteLater();
    ::close(fd);
    delete client;
}
