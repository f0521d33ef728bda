// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "topologylayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QStringList>

class QPainter;

/**
 * Draws the topology picture of one virtual service: a header naming the service and
 * its forwarding, the client, the director and the real servers with the paths between
 * them, the connections in flight, and a legend. The widget, the PNG and the SVG export
 * all paint through here, so they cannot disagree.
 *
 * Colours come from the palette, so the picture follows a dark theme.
 */
class TopologyPainter
{
    Q_DECLARE_TR_FUNCTIONS(TopologyPainter)
public:
    /// What the picture knows beyond the table.
    struct Facts {
        IpAddress directorInside; ///< the director's address on the real servers' side (NAT), if known
        IpAddress lastClient;     ///< the client of the latest connection shown, if any
    };

    /// A connection in flight to one real server; progress runs from 0 to 1.
    struct Dot {
        IpAddress realServer;
        std::uint16_t port = 0;
        qreal progress = 0;
    };

    TopologyPainter(const QPalette &palette, const QFont &font);

    /// The header's height; a widget may put its own controls in the header's right end.
    int headerHeight() const;
    /// The layout of `service` in a picture of `size`.
    TopologyLayout layout(const VirtualService &service, const QSizeF &size) const;

    /// Paints the picture filling `size`; `service` null draws the "nothing to show" note.
    void paint(QPainter &painter, const QSizeF &size, const VirtualService *service, const Facts &facts,
               const QList<Dot> &dots);

    /// Every text the last paint() drew, in drawing order (for tests and accessibility).
    const QStringList &texts() const { return m_texts; }

private:
    void paintHeader(QPainter &painter, const QRectF &area, const VirtualService &service);
    void paintLegs(QPainter &painter, const TopologyLayout &layout);
    void paintLegLabels(QPainter &painter, const TopologyLayout &layout, const VirtualService &service);
    void paintClient(QPainter &painter, const QRectF &box, const Facts &facts);
    void paintDirector(QPainter &painter, const QRectF &box, const VirtualService &service, const Facts &facts);
    void paintServers(QPainter &painter, const TopologyLayout &layout, const VirtualService &service,
                      const Facts &facts);
    void paintDots(QPainter &painter, const TopologyLayout &layout, const VirtualService &service,
                   const QList<Dot> &dots);
    void paintLegend(QPainter &painter, const QRectF &area);

    void drawLines(QPainter &painter, const QRectF &box, const QList<QString> &lines, int boldLines,
                   const QColor &colour);
    void drawPill(QPainter &painter, const QPointF &centre, const QString &text, const QColor &colour);
    void drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text);
    QColor legColour(bool request, bool quiesced) const;

    QPalette m_palette;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    QColor m_request;
    QColor m_reply;
    QColor m_quiet;
    QColor m_border;
    QStringList m_texts;
};
