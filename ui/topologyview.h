// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "topologylayout.h"
#include "topologypainter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>

class QComboBox;

/**
 * One virtual service as a network picture, for teaching: the client, the director and
 * the real servers, the path a request takes and the path its reply takes, which is
 * what tells NAT from DR and TUN. New connections can be animated as dots travelling
 * those paths.
 *
 * A combo box in the header picks the service; by default the first in table order.
 */
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    /// At most this many connections are animated at once; more are not drawn.
    static constexpr int maximumAnimations = 30;
    /// How long one connection's round trip takes on screen.
    static constexpr int animationMilliseconds = 1000;

    explicit TopologyView(QWidget *parent = nullptr);
    ~TopologyView() override;

    /// The current table (a refresh): keeps the chosen service and the animations.
    void setTable(const IpvsTable &table);
    /// Draws this service when the table has it; otherwise the first one until it appears.
    void setService(const ServiceKey &key);
    /// The service drawn; false when the table is empty.
    bool hasService() const;
    ServiceKey service() const;

    /// The director's address on the real servers' network (NAT), shown when known.
    void setDirectorInsideAddress(const IpAddress &address);

    /// Animates a new connection of `service` from `client` to a real server; other
    /// services' connections and those beyond maximumAnimations are ignored.
    void showConnection(const ServiceKey &service, const IpAddress &client, const IpAddress &realServer,
                        std::uint16_t realServerPort);
    /// Connections being animated now.
    int animationCount() const { return int(m_dots.size()); }
    /// Moves every animation on as if `milliseconds` had passed (tests, screenshots).
    void advanceAnimations(int milliseconds);

    /// The picture at the widget's size, as PNG or SVG; false when the file cannot be written.
    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;

    /// How the reply of `server` gets back to the client.
    static ReplyPath replyPath(const RealServer &server);
    /// The texts the picture shows now, in drawing order.
    QStringList drawnTexts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user picked another service in the view's combo box.
    void serviceChosen(const ServiceKey &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const VirtualService *shown() const;
    void updateChooser();
    void tick();
    /// Paints the picture in `size`; returns the texts drawn.
    QStringList paintPicture(QPainter &painter, const QSize &size) const;
    QImage blankImage(const QSize &size) const;

    IpvsTable m_table;
    ServiceKey m_wanted;
    bool m_hasWanted = false;
    QList<ServiceKey> m_chooserKeys;
    QComboBox *m_chooser;
    TopologyPainter::Facts m_facts;
    QList<TopologyPainter::Dot> m_dots;
    QTimer m_timer;
    QElapsedTimer m_clock;
};
