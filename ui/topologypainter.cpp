// SPDX-License-Identifier: GPL-2.0-or-later
#include "topologypainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal margin = 12;
constexpr qreal arrowLength = 10;
constexpr qreal arrowHalfWidth = 4.5;
constexpr qreal dotRadius = 5.5;

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

qreal length(const QPolygonF &line)
{
    qreal total = 0;
    for (int i = 1; i < line.size(); ++i)
        total += QLineF(line.at(i - 1), line.at(i)).length();
    return total;
}

/// The point `fraction` of the way along the pieces; the gaps between pieces take no time.
QPointF pointAlong(const QList<QPolygonF> &pieces, qreal fraction)
{
    qreal total = 0;
    for (const QPolygonF &piece : pieces)
        total += length(piece);
    qreal left = std::clamp(fraction, 0.0, 1.0) * total;
    for (const QPolygonF &piece : pieces) {
        for (int i = 1; i < piece.size(); ++i) {
            const QLineF step(piece.at(i - 1), piece.at(i));
            if (left <= step.length())
                return step.length() > 0 ? step.pointAt(left / step.length()) : step.p1();
            left -= step.length();
        }
    }
    return pieces.isEmpty() || pieces.last().isEmpty() ? QPointF() : pieces.last().last();
}

/// The tunnel device that holds the VIP on a real server reached by `type`.
QString tunnelDevice(TunnelType type, bool v6)
{
    switch (type) {
    case TunnelType::Ipip:
    case TunnelType::Gue: // GUE is IP-in-IP inside UDP: the same device receives it
        return v6 ? QStringLiteral("ip6tnl0") : QStringLiteral("tunl0");
    case TunnelType::Gre:
        return v6 ? QStringLiteral("ip6gre0") : QStringLiteral("gre0");
    }
    return {};
}

QString tunnelName(const RealServer &server)
{
    switch (server.tunnelType) {
    case TunnelType::Ipip:
        return server.address.isV6() ? TopologyPainter::tr("IPv6-in-IPv6") : TopologyPainter::tr("IP-in-IP");
    case TunnelType::Gue:
        return server.tunnelPort ? TopologyPainter::tr("GUE, UDP %1").arg(server.tunnelPort) : TopologyPainter::tr("GUE");
    case TunnelType::Gre:
        return TopologyPainter::tr("GRE");
    }
    return {};
}

/// What the methods in use amount to, for the header's second line.
QString methodSummary(const VirtualService &service)
{
    if (service.realServers.isEmpty())
        return TopologyPainter::tr("No real servers yet: the director has nobody to send a new connection to.");
    const ForwardingMethod first = service.realServers.first().forwarding;
    const bool same = std::all_of(service.realServers.cbegin(), service.realServers.cend(),
                                  [first](const RealServer &server) { return server.forwarding == first; });
    if (!same)
        return TopologyPainter::tr("Mixed forwarding: each real server's paths follow its own method.");
    switch (first) {
    case ForwardingMethod::Masquerading:
        return TopologyPainter::tr("VS/NAT: the director rewrites addresses both ways, so replies return through it.");
    case ForwardingMethod::DirectRouting:
        return TopologyPainter::tr("VS/DR: the director only rewrites the MAC address; replies go straight to the client.");
    case ForwardingMethod::Tunnelling:
        return TopologyPainter::tr("VS/TUN: the director tunnels requests to the real servers; replies go straight to the client.");
    case ForwardingMethod::Local:
        return TopologyPainter::tr("Local: the director serves the requests itself.");
    }
    return {};
}
/// Where the real servers live, which is what each method demands of them.
QString serversCaption(const VirtualService &service)
{
    const auto all = [&service](ForwardingMethod method) {
        return !service.realServers.isEmpty()
               && std::all_of(service.realServers.cbegin(), service.realServers.cend(),
                              [method](const RealServer &server) { return server.forwarding == method; });
    };
    if (all(ForwardingMethod::Masquerading))
        return TopologyPainter::tr("Real servers on a private network");
    if (all(ForwardingMethod::DirectRouting))
        return TopologyPainter::tr("Real servers on the director's LAN");
    if (all(ForwardingMethod::Tunnelling))
        return TopologyPainter::tr("Real servers wherever a tunnel reaches");
    return TopologyPainter::tr("Real servers");
}
} // namespace

TopologyPainter::TopologyPainter(const QPalette &palette, const QFont &font)
    : m_palette(palette)
    , m_font(font)
    , m_bold(font)
    , m_small(font)
{
    m_bold.setBold(true);
    m_small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.92 : font.pointSizeF());
    m_request = palette.color(QPalette::Highlight);
    // An orange far from any highlight blue; lighter on dark backgrounds to keep the contrast.
    m_reply = isDark(palette) ? QColor(0xff, 0xab, 0x40) : QColor(0xd8, 0x43, 0x15);
    m_quiet = mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
    m_border = mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

int TopologyPainter::headerHeight() const
{
    return int(std::ceil(QFontMetricsF(m_bold).height() + QFontMetricsF(m_small).height() + 16));
}

TopologyLayout TopologyPainter::layout(const VirtualService &service, const QSizeF &size) const
{
    const qreal legend = QFontMetricsF(m_small).height() + 16;
    const QRectF area(margin, headerHeight() + 4, size.width() - 2 * margin,
                      size.height() - headerHeight() - 4 - legend);
    return TopologyLayout(service, area, QFontMetricsF(m_font).height());
}

void TopologyPainter::paint(QPainter &painter, const QSizeF &size, const VirtualService *service,
                            const Facts &facts, const QList<Dot> &dots)
{
    m_texts.clear();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size), m_palette.color(QPalette::Window));

    if (!service) {
        painter.setFont(m_font);
        painter.setPen(m_palette.color(QPalette::PlaceholderText));
        drawText(painter, QRectF(QPointF(0, 0), size), Qt::AlignCenter,
                 tr("No virtual service to draw. Add one, or load the how-to's Listing 1."));
        painter.restore();
        return;
    }

    const TopologyLayout layout = this->layout(*service, size);
    paintHeader(painter, QRectF(0, 0, size.width(), headerHeight()), *service);
    paintLegs(painter, layout);
    paintClient(painter, layout.client(), facts);
    paintDirector(painter, layout.director(), *service, facts);
    paintServers(painter, layout, *service, facts);
    paintLegLabels(painter, layout, *service);
    paintDots(painter, layout, *service, dots);
    const qreal legend = QFontMetricsF(m_small).height() + 16;
    paintLegend(painter, QRectF(margin, size.height() - legend, size.width() - 2 * margin, legend));
    painter.restore();
}

void TopologyPainter::paintHeader(QPainter &painter, const QRectF &area, const VirtualService &service)
{
    const QFontMetricsF bold(m_bold);
    painter.setPen(m_palette.color(QPalette::WindowText));
    painter.setFont(m_bold);
    const QString title = service.displayName();
    const QRectF titleBox(margin, 8, area.width() - 2 * margin, bold.height());
    drawText(painter, titleBox, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(m_font);
    const QString scheduler = tr("scheduler %1").arg(Schedulers::name(service.scheduler));
    drawText(painter, titleBox.adjusted(bold.horizontalAdvance(title) + 12, 0, 0, 0),
             Qt::AlignLeft | Qt::AlignVCenter, scheduler);

    painter.setFont(m_small);
    painter.setPen(mix(m_palette.color(QPalette::WindowText), m_palette.color(QPalette::Window), 0.75));
    drawText(painter, QRectF(margin, titleBox.bottom() + 2, area.width() - 2 * margin, QFontMetricsF(m_small).height()),
             Qt::AlignLeft | Qt::AlignVCenter, methodSummary(service));
}

QColor TopologyPainter::legColour(bool request, bool quiesced) const
{
    if (quiesced)
        return m_quiet;
    return request ? m_request : m_reply;
}

namespace {
QPen legPen(const QColor &colour, bool request, bool quiesced)
{
    QPen pen(colour, quiesced ? 1.5 : 2.0);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (!request)
        pen.setDashPattern({4, 2.5});
    return pen;
}

void drawArrowHead(QPainter &painter, const QPointF &from, const QPointF &tip, const QColor &colour)
{
    const QLineF back = QLineF(tip, from).unitVector();
    const QPointF along = back.p2() - back.p1();
    const QPointF across(-along.y(), along.x());
    const QPointF base = tip + along * arrowLength;
    const QPolygonF head{tip, base + across * arrowHalfWidth, base - across * arrowHalfWidth};
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(head);
}
} // namespace

void TopologyPainter::paintLegs(QPainter &painter, const TopologyLayout &layout)
{
    // Quiesced legs first, so live ones stay on top where they cross.
    for (const bool quiet : {true, false}) {
        for (const TopologyLayout::Leg &leg : layout.legs()) {
            if (leg.quiesced != quiet || leg.points.size() < 2)
                continue;
            const bool request = leg.kind == TopologyLayout::LegKind::Request;
            const QColor colour = legColour(request, leg.quiesced);
            QPolygonF line = leg.points;
            const QPointF tip = line.last();
            const QPointF from = line.at(line.size() - 2);
            if (leg.arrow) {
                // Stop the line inside the head, so a dashed end does not poke past the tip.
                const QLineF last(from, tip);
                if (last.length() > arrowLength)
                    line.last() = last.pointAt(1 - (arrowLength * 0.7) / last.length());
            }
            painter.setPen(legPen(colour, request, leg.quiesced));
            painter.setBrush(Qt::NoBrush);
            painter.drawPolyline(line);
            if (leg.arrow)
                drawArrowHead(painter, from, tip, colour);
        }
    }
    for (const TopologyLayout::Mark &mark : layout.marks())
        drawArrowHead(painter, mark.direction.p1(), mark.direction.p2(), legColour(false, mark.quiesced));
}

void TopologyPainter::drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text)
{
    const QString shown = QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, flags, shown);
    m_texts.append(shown);
}

void TopologyPainter::drawLines(QPainter &painter, const QRectF &box, const QList<QString> &lines, int boldLines,
                                const QColor &colour)
{
    const qreal lineHeight = QFontMetricsF(m_font).height();
    const int fitting = std::max(1, int((box.height() - 8) / lineHeight));
    const int count = std::min(int(lines.size()), fitting);
    qreal y = box.center().y() - count * lineHeight / 2;
    painter.setPen(colour);
    for (int i = 0; i < count; ++i) {
        painter.setFont(i < boldLines ? m_bold : m_font);
        drawText(painter, QRectF(box.left() + 8, y, box.width() - 16, lineHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                 lines.at(i));
        y += lineHeight;
    }
}

void TopologyPainter::drawPill(QPainter &painter, const QPointF &centre, const QString &text, const QColor &colour)
{
    painter.setFont(m_small);
    const QFontMetricsF metrics(m_small);
    const QRectF box(centre.x() - metrics.horizontalAdvance(text) / 2 - 6, centre.y() - metrics.height() / 2 - 1,
                     metrics.horizontalAdvance(text) + 12, metrics.height() + 2);
    QColor fill = m_palette.color(QPalette::Window);
    fill.setAlphaF(0.92f);
    painter.setPen(QPen(colour, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.setPen(colour);
    drawText(painter, box, Qt::AlignCenter, text);
}

void TopologyPainter::paintClient(QPainter &painter, const QRectF &box, const Facts &facts)
{
    painter.setPen(QPen(m_border, 1.2));
    painter.setBrush(m_palette.color(QPalette::Base));
    painter.drawRoundedRect(box, 10, 10);
    drawLines(painter, box,
              {tr("Client"), tr("on the Internet"),
               facts.lastClient.isNull() ? tr("any address") : facts.lastClient.toString()},
              1, m_palette.color(QPalette::Text));
}

void TopologyPainter::paintDirector(QPainter &painter, const QRectF &box, const VirtualService &service,
                                    const Facts &facts)
{
    painter.setPen(QPen(m_request, 1.6));
    painter.setBrush(mix(m_request, m_palette.color(QPalette::Base), 0.14));
    painter.drawRoundedRect(box, 6, 6);

    bool nat = false;
    bool dr = false;
    bool tun = false;
    for (const RealServer &server : service.realServers) {
        nat = nat || server.forwarding == ForwardingMethod::Masquerading;
        dr = dr || server.forwarding == ForwardingMethod::DirectRouting;
        tun = tun || server.forwarding == ForwardingMethod::Tunnelling;
    }
    QList<QString> lines{tr("Director")};
    lines.append(service.isFirewallMark() ? tr("VIP: packets marked %1").arg(service.firewallMark)
                                          : tr("VIP %1").arg(service.address.toStringWithPort(service.port)));
    if (nat && !facts.directorInside.isNull())
        lines.append(tr("inside %1").arg(facts.directorInside.toString()));
    lines.append(tr("scheduler %1").arg(Schedulers::name(service.scheduler)));
    // What the director does to a request's packet, which is what tells the methods apart.
    if (int(nat) + int(dr) + int(tun) > 1)
        lines.append(tr("forwards per real server"));
    else if (nat)
        lines.append(tr("NAT: rewrites the addresses"));
    else if (dr)
        lines.append(tr("DR: rewrites the MAC only"));
    else if (tun)
        lines.append(tr("TUN: wraps in a tunnel"));
    drawLines(painter, box, lines, 1, m_palette.color(QPalette::Text));
}

void TopologyPainter::paintServers(QPainter &painter, const TopologyLayout &layout, const VirtualService &service,
                                   const Facts &facts)
{
    for (const TopologyLayout::Server &server : layout.servers()) {
        const RealServer &real = service.realServers.at(server.realServer);
        const bool isDirector = !facts.directorInside.isNull() && real.address == facts.directorInside;
        QPen border(server.quiesced ? m_quiet : m_border, 1.2);
        if (server.quiesced)
            border.setStyle(Qt::DashLine);
        painter.setPen(border);
        painter.setBrush(server.quiesced ? m_palette.color(QPalette::Window) : m_palette.color(QPalette::Base));
        painter.drawRoundedRect(server.box, 6, 6);

        QString how;
        const bool v6 = real.address.isV6();
        switch (real.forwarding) {
        case ForwardingMethod::Masquerading:
            how = facts.directorInside.isNull() ? tr("NAT \u00b7 gateway: the director")
                                                : tr("NAT \u00b7 gateway %1").arg(facts.directorInside.toString());
            if (isDirector)
                how = tr("NAT \u00b7 the director itself");
            break;
        case ForwardingMethod::DirectRouting:
            how = tr("DR \u00b7 VIP on %1").arg(QStringLiteral("lo"));
            break;
        case ForwardingMethod::Tunnelling:
            how = tr("TUN \u00b7 VIP on %1").arg(tunnelDevice(real.tunnelType, v6));
            break;
        case ForwardingMethod::Local:
            how = tr("local: the director itself");
            break;
        }
        const QString weight = server.quiesced ? tr("weight 0: no new connections") : tr("weight %1").arg(real.weight);
        const QString counts = tr("%1 active \u00b7 %2 inactive").arg(real.connections.active).arg(real.connections.inactive);

        // A small box keeps the address and, for a quiesced server, why it gets nothing.
        QList<QString> lines{real.endpoint(), how, weight, counts};
        const qreal lineHeight = QFontMetricsF(m_font).height();
        if (server.box.height() - 8 < 3 * lineHeight)
            lines = server.quiesced ? QList<QString>{real.endpoint(), weight} : QList<QString>{real.endpoint(), how};
        drawLines(painter, server.box, lines, 1,
                  server.quiesced ? m_quiet : m_palette.color(QPalette::Text));
    }

    painter.setFont(m_small);
    painter.setPen(mix(m_palette.color(QPalette::WindowText), m_palette.color(QPalette::Window), 0.75));
    drawText(painter, layout.serversCaption(), Qt::AlignHCenter | Qt::AlignBottom, serversCaption(service));

    if (!layout.moreNote().isNull()) {
        painter.setFont(m_font);
        painter.setPen(m_palette.color(QPalette::PlaceholderText));
        const QString note = layout.servers().isEmpty() && layout.hiddenServers() == 0
                                 ? tr("no real servers")
                                 : tr("+%1 more real servers").arg(layout.hiddenServers());
        drawText(painter, layout.moreNote(), Qt::AlignCenter, note);
    }
}

void TopologyPainter::paintLegLabels(QPainter &painter, const TopologyLayout &layout, const VirtualService &service)
{
    for (const TopologyLayout::Server &server : layout.servers()) {
        const RealServer &real = service.realServers.at(server.realServer);
        if (real.forwarding == ForwardingMethod::Tunnelling)
            drawPill(painter, server.labelAnchor, tunnelName(real), legColour(true, server.quiesced));
    }
    if (!layout.directRun().isNull()) {
        // Centred under the director: the point is that the reply passes it by.
        const QPointF centre(std::clamp(layout.director().center().x(), layout.directRun().x2() + 140,
                                        layout.directRun().x1() - 140),
                             layout.directRun().y1());
        drawPill(painter, centre, tr("reply from the VIP straight to the client, bypassing the director"), m_reply);
    }
}

void TopologyPainter::paintDots(QPainter &painter, const TopologyLayout &layout, const VirtualService &service,
                                const QList<Dot> &dots)
{
    for (const Dot &dot : dots) {
        const TopologyLayout::Server *server = layout.serverFor(dot.realServer, dot.port, service);
        if (!server)
            continue;
        const bool request = dot.progress < 0.5;
        const QPointF at = request ? pointAlong(server->request, dot.progress * 2)
                                   : pointAlong(server->replyRoute, dot.progress * 2 - 1);
        painter.setPen(QPen(m_palette.color(QPalette::Base), 1.5));
        painter.setBrush(request ? m_request : m_reply);
        painter.drawEllipse(at, dotRadius, dotRadius);
    }
}

void TopologyPainter::paintLegend(QPainter &painter, const QRectF &area)
{
    painter.setFont(m_small);
    const QFontMetricsF metrics(m_small);
    const qreal y = area.center().y();
    const qreal sample = 30;
    const qreal spacing = 22;
    const qreal dots = 4 * dotRadius + 9;
    const qreal quiesced = 28;

    // The long request label teaches the order of the hops; narrow views get the short one.
    QString request = tr("request (client \u2192 director \u2192 real server)");
    const QString reply = tr("reply");
    const QString connection = tr("a new connection");
    const QString quiet = tr("quiesced (weight 0)");
    const auto width = [&](const QString &first, bool withQuiet) {
        qreal total = 2 * (sample + 6) + dots + metrics.horizontalAdvance(first) + metrics.horizontalAdvance(reply)
                      + metrics.horizontalAdvance(connection) + 3 * spacing;
        if (withQuiet)
            total += quiesced + metrics.horizontalAdvance(quiet) + spacing;
        return total;
    };
    if (width(request, true) > area.width())
        request = tr("request");
    const bool showQuiet = width(request, true) <= area.width();

    qreal x = area.left();
    const auto label = [&](const QString &text) {
        painter.setPen(m_palette.color(QPalette::WindowText));
        const qreal textWidth = metrics.horizontalAdvance(text) + 2;
        drawText(painter, QRectF(x, y - metrics.height() / 2, textWidth, metrics.height()),
                 Qt::AlignLeft | Qt::AlignVCenter, text);
        x += textWidth + spacing;
    };
    const auto line = [&](bool isRequest) {
        const QColor colour = legColour(isRequest, false);
        painter.setPen(legPen(colour, isRequest, false));
        painter.drawLine(QPointF(x, y), QPointF(x + sample - arrowLength * 0.7, y));
        drawArrowHead(painter, QPointF(x, y), QPointF(x + sample, y), colour);
        x += sample + 6;
    };

    line(true);
    label(request);
    line(false);
    label(reply);
    painter.setPen(QPen(m_palette.color(QPalette::Base), 1.5));
    painter.setBrush(m_request);
    painter.drawEllipse(QPointF(x + dotRadius, y), dotRadius, dotRadius);
    painter.setBrush(m_reply);
    painter.drawEllipse(QPointF(x + 3 * dotRadius + 3, y), dotRadius, dotRadius);
    x += dots;
    label(connection);
    if (showQuiet) {
        painter.setPen(QPen(m_quiet, 1.2, Qt::DashLine));
        painter.setBrush(m_palette.color(QPalette::Window));
        painter.drawRoundedRect(QRectF(x, y - 7, 22, 14), 3, 3);
        x += quiesced;
        label(quiet);
    }
}
