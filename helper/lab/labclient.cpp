// SPDX-License-Identifier: GPL-2.0-or-later
#include "labclient.h"

#include "labnamespaces.h"

#include <QRegularExpression>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {
// A LAN inside one machine answers in milliseconds; an emulated one in well under this.
constexpr int timeoutSeconds = 5;

LabAnswer fetchOne(const LabDescription &lab, std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return {0, QString::fromLocal8Bit(std::strerror(errno))};
    const timeval timeout{timeoutSeconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout); // connect() honours it
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    const auto fail = [fd](const char *what) {
        const QString text = QStringLiteral("%1: %2").arg(QString::fromLatin1(what),
                                                         QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return LabAnswer{0, text};
    };
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_port = htons(port);
    local.sin_addr.s_addr = htonl(LabDescription::clientAddress().v4());
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&local), sizeof local) != 0)
        return fail("bind");
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(LabDescription::port);
    remote.sin_addr.s_addr = htonl(lab.vip().v4());
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&remote), sizeof remote) != 0)
        return fail("connect");
    const QByteArray request = "GET / HTTP/1.0\r\nHost: " + lab.vip().toString().toLatin1()
        + "\r\nUser-Agent: lvs-studio-lab\r\n\r\n";
    if (::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size())
        return fail("send");
    QByteArray reply;
    char buffer[2048];
    for (;;) {
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got == 0)
            break;
        if (got < 0)
            return fail("receive");
        reply.append(buffer, got);
        if (reply.size() > 65536)
            break;
    }
    ::close(fd);
    const int host = LabClient::hostOf(reply);
    const qsizetype body = reply.indexOf("\r\n\r\n");
    const QString text = QString::fromUtf8(body < 0 ? reply : reply.mid(body + 4)).trimmed();
    return {host, host ? text : QStringLiteral("unexpected answer: %1").arg(text.left(80))};
}
} // namespace

int LabClient::hostOf(const QByteArray &reply)
{
    static const QRegularExpression page(QStringLiteral("\r\n\r\nThis is ([0-9]{1,3})\n?$"));
    const QRegularExpressionMatch match = page.match(QString::fromUtf8(reply));
    const int host = match.hasMatch() ? match.captured(1).toInt() : 0;
    return host > 0 && host < 255 ? host : 0;
}

QList<LabAnswer> LabClient::fetch(const QString &netns, const LabDescription &lab, int count, std::uint16_t firstPort)
{
    QList<LabAnswer> answers;
    QString error;
    const bool entered = LabNamespaces::runIn(netns, [&] {
        for (int i = 0; i < count; ++i)
            answers.append(fetchOne(lab, std::uint16_t(firstPort + i)));
    }, &error);
    if (!entered)
        answers = QList<LabAnswer>(count, LabAnswer{0, error});
    return answers;
}
