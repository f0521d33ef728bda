// SPDX-License-Identifier: GPL-2.0-or-later
#include "topologyview.h"

#include <QComboBox>
#include <QEvent>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace {
// A frame every 33 ms is smooth enough for dots and cheap at a thousand connections a second.
constexpr int frameMilliseconds = 33;
} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooser->setToolTip(tr("The virtual service to draw"));
    m_chooser->hide();
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        if (index < 0 || index >= m_chooserKeys.size())
            return;
        setService(m_chooserKeys.at(index));
        Q_EMIT serviceChosen(m_chooserKeys.at(index));
    });
    m_timer.setInterval(frameMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &TopologyView::tick);
}

TopologyView::~TopologyView() = default;

void TopologyView::setTable(const IpvsTable &table)
{
    const ServiceKey before = service();
    m_table = table;
    const VirtualService *now = shown();
    if (!now || now->key() != before) {
        m_dots.clear();
    } else {
        // Connections to a real server that left have nowhere to go.
        m_dots.removeIf([now](const TopologyPainter::Dot &dot) { return !now->findRealServer(dot.realServer, dot.port); });
    }
    updateChooser();
    update();
}

void TopologyView::setService(const ServiceKey &key)
{
    const ServiceKey before = service();
    m_wanted = key;
    m_hasWanted = true;
    if (service() != before)
        m_dots.clear();
    updateChooser();
    update();
}

bool TopologyView::hasService() const
{
    return shown() != nullptr;
}

ServiceKey TopologyView::service() const
{
    const VirtualService *service = shown();
    return service ? service->key() : ServiceKey();
}

const VirtualService *TopologyView::shown() const
{
    if (m_hasWanted) {
        if (const VirtualService *wanted = m_table.find(m_wanted))
            return wanted;
    }
    return m_table.services.isEmpty() ? nullptr : &m_table.services.first();
}

void TopologyView::setDirectorInsideAddress(const IpAddress &address)
{
    m_facts.directorInside = address;
    update();
}

void TopologyView::updateChooser()
{
    QList<ServiceKey> keys;
    for (const VirtualService &service : std::as_const(m_table.services))
        keys.append(service.key());
    // Rebuilding the items on every refresh would close an open popup and flicker.
    if (keys != m_chooserKeys) {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->clear();
        for (const VirtualService &service : std::as_const(m_table.services))
            m_chooser->addItem(service.displayName());
        m_chooserKeys = keys;
    }
    m_chooser->setCurrentIndex(int(m_chooserKeys.indexOf(service())));
    m_chooser->setVisible(m_chooserKeys.size() > 1);
    m_chooser->adjustSize();
    m_chooser->move(width() - m_chooser->width() - 8, 6);
}

void TopologyView::showConnection(const ServiceKey &service, const IpAddress &client, const IpAddress &realServer,
                                  std::uint16_t realServerPort)
{
    const VirtualService *current = shown();
    if (!current || current->key() != service || !current->findRealServer(realServer, realServerPort))
        return;
    m_facts.lastClient = client;
    if (m_dots.size() >= maximumAnimations)
        return;
    m_dots.append({realServer, realServerPort, 0});
    if (!m_timer.isActive()) {
        m_clock.start();
        m_timer.start();
    }
    update();
}

void TopologyView::advanceAnimations(int milliseconds)
{
    const qreal step = qreal(milliseconds) / animationMilliseconds;
    for (TopologyPainter::Dot &dot : m_dots)
        dot.progress += step;
    m_dots.removeIf([](const TopologyPainter::Dot &dot) { return dot.progress >= 1; });
    if (m_dots.isEmpty())
        m_timer.stop();
    update();
}

void TopologyView::tick()
{
    advanceAnimations(int(m_clock.restart()));
}

ReplyPath TopologyView::replyPath(const RealServer &server)
{
    return Topology::replyPath(server.forwarding);
}

QStringList TopologyView::paintPicture(QPainter &painter, const QSize &size) const
{
    TopologyPainter picture(palette(), font());
    picture.paint(painter, size, shown(), m_facts, m_dots);
    return picture.texts();
}

QImage TopologyView::blankImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Text is measured at the screen's resolution; the image must size it the same way.
    image.setDotsPerMeterX(qRound(logicalDpiX() / 0.0254));
    image.setDotsPerMeterY(qRound(logicalDpiY() / 0.0254));
    return image;
}

QStringList TopologyView::drawnTexts() const
{
    QImage scratch = blankImage(size().expandedTo(QSize(1, 1)));
    QPainter painter(&scratch);
    return paintPicture(painter, size());
}

bool TopologyView::exportPng(const QString &path) const
{
    if (size().isEmpty())
        return false;
    QImage image = blankImage(size());
    {
        QPainter painter(&image);
        paintPicture(painter, size());
    }
    return image.save(path, "PNG");
}

bool TopologyView::exportSvg(const QString &path) const
{
    if (size().isEmpty())
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    // Text is measured at the screen's resolution; the SVG must size it the same way.
    generator.setResolution(logicalDpiX());
    generator.setTitle(tr("LVS Studio: %1").arg(shown() ? shown()->displayName() : tr("no service")));
    generator.setDescription(tr("Topology of a Linux Virtual Server service: request and reply paths."));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    paintPicture(painter, size());
    return painter.end();
}

QSize TopologyView::sizeHint() const
{
    return {800, 500};
}

QSize TopologyView::minimumSizeHint() const
{
    return {560, 340};
}

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintPicture(painter, size());
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_chooser->move(width() - m_chooser->width() - 8, 6);
}

void TopologyView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}
