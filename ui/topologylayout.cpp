// SPDX-License-Identifier: GPL-2.0-or-later
#include "topologylayout.h"

#include <algorithm>
#include <numeric>

namespace {
constexpr qreal boxGap = 12;     // between stacked real servers
constexpr qreal pairOffset = 5;  // half the distance between a request and its reply line
constexpr qreal channel = 30;    // width of the direct replies' channel right of the servers
constexpr qreal runHeight = 34;  // height of the direct replies' run along the bottom

QPointF normalOf(const QLineF &line)
{
    const QLineF normal = line.normalVector().unitVector();
    return normal.p2() - normal.p1();
}

QPolygonF segment(QPointF from, QPointF to)
{
    return QPolygonF{from, to};
}
} // namespace

ReplyPath Topology::replyPath(ForwardingMethod method)
{
    switch (method) {
    case ForwardingMethod::Masquerading:
        return ReplyPath::ThroughDirector;
    case ForwardingMethod::DirectRouting:
    case ForwardingMethod::Tunnelling:
        return ReplyPath::Direct;
    case ForwardingMethod::Local:
        return ReplyPath::Local;
    }
    return ReplyPath::ThroughDirector;
}

TopologyLayout::TopologyLayout(const VirtualService &service, const QRectF &area, qreal lineHeight)
{
    // ipvsadm -Ln lists real servers by address and port; so does the picture.
    QList<int> order(service.realServers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&service](int a, int b) {
        const RealServer &left = service.realServers.at(a);
        const RealServer &right = service.realServers.at(b);
        return left.address != right.address ? left.address < right.address : left.port < right.port;
    });

    const qreal idealHeight = 4 * lineHeight + 14;
    const qreal smallestHeight = 2 * lineHeight + 10;
    const bool anyDirect = std::any_of(order.cbegin(), order.cend(), [&service](int index) {
        return Topology::replyPath(service.realServers.at(index).forwarding) == ReplyPath::Direct;
    });
    const qreal channelWidth = anyDirect ? channel : 0;
    const qreal runSpace = anyDirect ? runHeight : 0;
    const QRectF column(area.left(), area.top(), area.width() - channelWidth, area.height() - runSpace);

    // As many servers as fit at their smallest; the last slot then says how many are missing.
    const int count = int(order.size());
    const qreal captionHeight = lineHeight + 6;
    const QRectF stack = column.adjusted(0, captionHeight, 0, 0);
    const int fitting = std::max(1, int((stack.height() + boxGap) / (smallestHeight + boxGap)));
    const int shown = count > fitting ? fitting - 1 : count;
    m_hidden = count - shown;
    const int slots = std::max(1, shown + (m_hidden > 0 ? 1 : 0));
    const qreal boxHeight = std::min(idealHeight, (stack.height() - boxGap * (slots - 1)) / slots);
    // Spare height spreads the boxes a little, so the legs between them fan out legibly.
    const qreal gap = slots > 1 ? std::clamp((stack.height() - slots * boxHeight) / (slots - 1) / 3, boxGap, 2.5 * boxGap)
                                : boxGap;
    const qreal serverWidth = std::clamp(area.width() * 0.26, 170.0, 240.0);
    const qreal serverLeft = column.right() - serverWidth;
    const qreal stackHeight = slots * boxHeight + (slots - 1) * gap;
    const qreal stackTop = stack.top() + (stack.height() - stackHeight) / 2;
    const qreal middle = stack.center().y();
    const qreal captionLeft = serverLeft - 30;
    m_caption = QRectF(captionLeft, stackTop - captionHeight, std::min(serverWidth + 60, area.right() - captionLeft),
                       captionHeight - 4);

    const qreal clientWidth = std::clamp(area.width() * 0.15, 110.0, 150.0);
    const qreal clientHeight = 3 * lineHeight + 14;
    m_client = QRectF(area.left() + 4, middle - clientHeight / 2, clientWidth, clientHeight);

    const qreal directorWidth = std::clamp(area.width() * 0.23, 170.0, 220.0);
    const qreal directorHeight = 5 * lineHeight + 16;
    const qreal directorCentre = m_client.right() + (serverLeft - m_client.right()) * 0.42;
    m_director = QRectF(directorCentre - directorWidth / 2, middle - directorHeight / 2, directorWidth, directorHeight);

    if (m_hidden > 0 || count == 0) {
        const qreal top = count == 0 ? middle - boxHeight / 2 : stackTop + shown * (boxHeight + gap);
        m_more = QRectF(serverLeft, top, serverWidth, boxHeight);
    }

    // Each server's leg leaves the director at its own height, so arrowheads do not pile up.
    const qreal spread = shown > 1 ? std::min(22.0, (directorHeight - 24) / (shown - 1)) : 0;
    bool anyBack = false;
    for (int i = 0; i < shown; ++i) {
        const RealServer &real = service.realServers.at(order.at(i));
        Server server;
        server.realServer = order.at(i);
        server.box = QRectF(serverLeft, stackTop + i * (boxHeight + gap), serverWidth, boxHeight);
        server.reply = Topology::replyPath(real.forwarding);
        server.quiesced = real.weight == 0;
        m_servers.append(server);
        anyBack = anyBack || server.reply != ReplyPath::Direct;
    }

    const qreal inOffset = anyBack ? pairOffset + 1 : 0;
    m_requestIn = QLineF(m_client.right(), middle - inOffset, m_director.left(), middle - inOffset);
    const bool allQuiesced = std::all_of(m_servers.cbegin(), m_servers.cend(), [](const Server &s) { return s.quiesced; });
    m_legs.append({segment(m_requestIn.p1(), m_requestIn.p2()), LegKind::Request, true, -1, allQuiesced && !m_servers.isEmpty()});
    if (anyBack) {
        m_replyOut = QLineF(m_director.left(), middle + inOffset, m_client.right(), middle + inOffset);
        const bool backQuiesced = std::all_of(m_servers.cbegin(), m_servers.cend(), [](const Server &s) {
            return s.reply == ReplyPath::Direct || s.quiesced;
        });
        m_legs.append({segment(m_replyOut.p1(), m_replyOut.p2()), LegKind::Reply, true, -1, backQuiesced});
    }

    // Direct replies: right out of each server into a channel, down, and along the bottom to the client.
    const qreal channelX = serverLeft + serverWidth + channelWidth * 0.55;
    const qreal runY = area.bottom() - runSpace * 0.4;
    qreal firstDirectY = 0;
    qreal lastDirectY = 0;
    bool directQuiesced = true;
    bool seenDirect = false;
    QPolygonF run;
    if (anyDirect) {
        run = QPolygonF{QPointF(channelX, runY), QPointF(m_client.center().x(), runY),
                        QPointF(m_client.center().x(), m_client.bottom())};
        m_directRun = QLineF(channelX, runY, m_client.center().x(), runY);
    }

    for (int i = 0; i < m_servers.size(); ++i) {
        Server &server = m_servers[i];
        const qreal y = server.box.center().y();
        const QPointF fromDirector(m_director.right(), middle + (i - (shown - 1) / 2.0) * spread);
        const QPointF toServer(server.box.left(), y);
        const QLineF centre(fromDirector, toServer);
        server.labelAnchor = centre.pointAt(0.62);

        if (server.reply == ReplyPath::Direct) {
            server.request = {segment(m_requestIn.p1(), m_requestIn.p2()), segment(fromDirector, toServer)};
            m_legs.append({server.request.last(), LegKind::Request, true, i, server.quiesced});
            const QPolygonF stub{QPointF(server.box.right(), y), QPointF(channelX, y)};
            m_legs.append({stub, LegKind::Reply, false, i, server.quiesced});
            server.replyRoute = {QPolygonF(stub + run)};
            if (!seenDirect)
                firstDirectY = y;
            lastDirectY = y;
            seenDirect = true;
            directQuiesced = directQuiesced && server.quiesced;
        } else {
            // The request and its reply as a pair of parallel lines, request above.
            const QPointF shift = normalOf(centre) * pairOffset;
            const QPointF up = shift.y() < 0 ? shift : -shift;
            const QPolygonF forth = segment(fromDirector + up, toServer + up);
            const QPolygonF back = segment(toServer - up, fromDirector - up);
            server.request = {segment(m_requestIn.p1(), m_requestIn.p2()), forth};
            server.replyRoute = {back, segment(m_replyOut.p1(), m_replyOut.p2())};
            server.labelAnchor += up;
            m_legs.append({forth, LegKind::Request, true, i, server.quiesced});
            m_legs.append({back, LegKind::Reply, true, i, server.quiesced});
        }
    }

    if (seenDirect) {
        m_legs.append({QPolygonF(QPolygonF{QPointF(channelX, firstDirectY)} + run), LegKind::Reply, true, -1, directQuiesced});
        // The long way round needs its direction shown before the end: down the channel, then left.
        const qreal markY = (lastDirectY + runY) / 2;
        m_marks.append({QLineF(channelX, markY - 10, channelX, markY), directQuiesced});
        m_marks.append({QLineF(channelX - 40, runY, channelX - 50, runY), directQuiesced});
    }
}

const TopologyLayout::Server *TopologyLayout::serverFor(const IpAddress &address, std::uint16_t port,
                                                        const VirtualService &service) const
{
    for (const Server &server : m_servers) {
        const RealServer &real = service.realServers.at(server.realServer);
        if (real.address == address && real.port == port)
            return &server;
    }
    return nullptr;
}
