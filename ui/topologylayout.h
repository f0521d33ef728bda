// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virtualservice.h"

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

/// The way a real server's reply travels back to the client.
enum class ReplyPath {
    ThroughDirector, ///< NAT: the director rewrites the reply's source back to the VIP
    Direct,          ///< DR and TUN: the real server owns the VIP and answers the client itself
    Local,           ///< the director is the real server and answers the client itself
};

namespace Topology {
ReplyPath replyPath(ForwardingMethod method);
}

/**
 * Where the topology diagram puts the client, the director and the real servers of one
 * virtual service in a rectangle, and the lines between them. Geometry only: what the
 * boxes say and how they look is TopologyPainter's.
 *
 * Requests flow left to right: client, director, real servers. Replies through the
 * director come back alongside the requests; direct replies leave the real servers on
 * the right and run around the edge of the picture to the client, so the reader sees
 * them bypass the director without crossing any request.
 */
class TopologyLayout
{
public:
    enum class LegKind { Request, Reply };

    /// One line of the picture. A leg several servers share is listed once.
    struct Leg {
        QPolygonF points;
        LegKind kind = LegKind::Request;
        bool arrow = true;   ///< an arrowhead at the last point
        int server = -1;     ///< index into servers(), or -1 when shared
        bool quiesced = false; ///< every server using it has weight 0
    };

    /// An arrowhead part way along a reply leg: it points from p1 to p2.
    struct Mark {
        QLineF direction;
        bool quiesced = false;
    };

    struct Server {
        int realServer = 0; ///< index into VirtualService::realServers
        QRectF box;
        ReplyPath reply = ReplyPath::ThroughDirector;
        bool quiesced = false;
        /// The request's pieces, then the reply's; a dot jumps across the boxes between them.
        QList<QPolygonF> request;
        QList<QPolygonF> replyRoute;
        QPointF labelAnchor; ///< where a label on the director-to-server leg goes
    };

    TopologyLayout() = default;
    /// `lineHeight` is the text line height the boxes must hold.
    TopologyLayout(const VirtualService &service, const QRectF &area, qreal lineHeight);

    const QRectF &client() const { return m_client; }
    const QRectF &director() const { return m_director; }
    const QList<Server> &servers() const { return m_servers; }
    const QList<Leg> &legs() const { return m_legs; }
    const QList<Mark> &marks() const { return m_marks; }
    /// Real servers left out for lack of room.
    int hiddenServers() const { return m_hidden; }
    /// Where the "+N more" note goes when servers are hidden.
    const QRectF &moreNote() const { return m_more; }
    /// The bottom run of the direct replies, where their caption goes (null without one).
    const QLineF &directRun() const { return m_directRun; }
    /// The client-director leg pair, where their captions go.
    const QLineF &requestIn() const { return m_requestIn; }
    const QLineF &replyOut() const { return m_replyOut; }
    /// Above the real servers, for a caption about their network.
    const QRectF &serversCaption() const { return m_caption; }

    /// The server laid out for a real server, or nullptr when it is hidden or unknown.
    const Server *serverFor(const IpAddress &address, std::uint16_t port, const VirtualService &service) const;

private:
    QRectF m_client;
    QRectF m_director;
    QList<Server> m_servers;
    QList<Leg> m_legs;
    QList<Mark> m_marks;
    int m_hidden = 0;
    QRectF m_more;
    QLineF m_directRun;
    QLineF m_requestIn;
    QLineF m_replyOut;
    QRectF m_caption;
};
