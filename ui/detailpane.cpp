// SPDX-License-Identifier: GPL-2.0-or-later
#include "detailpane.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
// More bars than this would be unreadable; the rest are summed in one.
constexpr int maxShareBars = 12;

/// A unit prefix that keeps an axis' numbers under a thousand: the divisor and its letter.
std::pair<double, QString> prefixFor(double maximum)
{
    if (maximum >= 1e9)
        return {1e9, QStringLiteral("G")};
    if (maximum >= 1e6)
        return {1e6, QStringLiteral("M")};
    if (maximum >= 1e3)
        return {1e3, QStringLiteral("k")};
    return {1, QString()};
}

/// The next 1, 2 or 5 times a power of ten at or above `value` (at least 1).
double niceCeiling(double value)
{
    if (!(value > 1))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * power * 1.0000001)
            return step * power;
    }
    return 10 * power;
}

// No chart title: the axis and legend say what is drawn, and a dock is short of height.
QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // redrawn every second
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChartView *newView(QChart *chart)
{
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(120);
    return view;
}

QValueAxis *newTimeAxis(QChart *chart)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f s")); // seconds before now, so negative
    axis->setTickCount(6);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *newValueAxis(QChart *chart)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.4g"));
    axis->setMin(0);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_rateChart(newChart())
    , m_connections(new QLineSeries)
    , m_throughputChart(newChart())
    , m_in(new QLineSeries)
    , m_out(new QLineSeries)
    , m_shareChart(newChart())
    , m_shares(new QHorizontalBarSeries)
    , m_connectionShare(new QBarSet(tr("% of new connections")))
    , m_weightShare(new QBarSet(tr("% of weight")))
    , m_servers(new QBarCategoryAxis)
    , m_percent(new QValueAxis)
{
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_rateTime = newTimeAxis(m_rateChart);
    m_rateAxis = newValueAxis(m_rateChart);
    m_connections->setName(tr("new connections per second"));
    attach(m_rateChart, m_connections, m_rateTime, m_rateAxis);

    m_throughputTime = newTimeAxis(m_throughputChart);
    m_throughputAxis = newValueAxis(m_throughputChart);
    m_in->setName(tr("in (client to service)"));
    m_out->setName(tr("out (replies through the director)"));
    attach(m_throughputChart, m_in, m_throughputTime, m_throughputAxis);
    attach(m_throughputChart, m_out, m_throughputTime, m_throughputAxis);

    m_shares->append(m_connectionShare);
    m_shares->append(m_weightShare);
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(QStringLiteral("%.0f"));
    m_percent->setTickCount(6);
    m_shareChart->addAxis(m_percent, Qt::AlignBottom);
    m_shareChart->addAxis(m_servers, Qt::AlignLeft);
    attach(m_shareChart, m_shares, m_percent, m_servers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(newView(m_rateChart), 1);
    layout->addWidget(newView(m_throughputChart), 1);
    layout->addWidget(newView(m_shareChart), 1);

    setSpan(m_spanMs);
    setThroughputInBits(false);
    showNothing();
}

DetailPane::~DetailPane() = default;

void DetailPane::showService(const ServiceKey &key)
{
    m_selection = Selection{key, false, {}, 0};
}

void DetailPane::showRealServer(const ServiceKey &key, const IpAddress &address, std::uint16_t port)
{
    m_selection = Selection{key, true, address, port};
}

void DetailPane::showNothing()
{
    m_selection.reset();
    m_title->setText(tr("Select a service or real server to chart it."));
    m_connections->clear();
    m_in->clear();
    m_out->clear();
    m_servers->clear();
    m_connectionShare->remove(0, m_connectionShare->count());
    m_weightShare->remove(0, m_weightShare->count());
}

void DetailPane::setThroughputInBits(bool bits)
{
    m_bits = bits;
    m_throughputAxis->setTitleText(bits ? tr("bit/s") : tr("B/s"));
}

void DetailPane::setSpan(qint64 milliseconds)
{
    m_spanMs = std::max<qint64>(milliseconds, 10'000);
    m_rateTime->setRange(-double(m_spanMs) / 1000.0, 0);
    m_throughputTime->setRange(-double(m_spanMs) / 1000.0, 0);
}

QStringList DetailPane::shareCategories() const
{
    return m_servers->categories();
}

QString DetailPane::throughputAxisTitle() const
{
    return m_throughputAxis->titleText();
}

void DetailPane::redraw(const RateHistory &history, const IpvsTable &table)
{
    if (!m_selection)
        return;
    const Selection &selected = *m_selection;
    const VirtualService *service = table.find(selected.service);
    if (!service) {
        showNothing();
        return;
    }
    const QString spanText = tr("last %n minute(s)", nullptr, int((m_spanMs + 59'999) / 60'000));
    if (selected.isRealServer) {
        drawRates(history.realServer(selected.service, selected.address, selected.port),
                  tr("Real server %1 of %2, %3")
                      .arg(selected.address.toStringWithPort(selected.port), service->displayName(), spanText));
    } else {
        drawRates(history.service(selected.service), tr("Service %1, %2").arg(service->displayName(), spanText));
    }
    drawShares(history, service);
}

void DetailPane::drawRates(const RateHistory::Samples *samples, const QString &name)
{
    m_title->setText(name);
    if (!samples || samples->empty()) {
        m_connections->clear();
        m_in->clear();
        m_out->clear();
        return;
    }
    const qint64 now = samples->back().timestampMs;
    const double bitsOrBytes = m_bits ? 8 : 1;
    QList<QPointF> connections, in, out;
    double maxConnections = 0, maxThroughput = 0;
    for (const RateHistory::Sample &sample : *samples) {
        if (sample.timestampMs < now - m_spanMs)
            continue;
        const double x = double(sample.timestampMs - now) / 1000.0;
        connections.append({x, sample.connectionsPerSecond});
        in.append({x, sample.inBytesPerSecond * bitsOrBytes});
        out.append({x, sample.outBytesPerSecond * bitsOrBytes});
        maxConnections = std::max(maxConnections, sample.connectionsPerSecond);
        maxThroughput = std::max({maxThroughput, in.last().y(), out.last().y()});
    }

    // Big numbers scaled to a prefix the axis title names, so labels stay short.
    auto scaled = [](QList<QPointF> points, double divisor) {
        for (QPointF &point : points)
            point.setY(point.y() / divisor);
        return points;
    };
    const auto [connectionDivisor, connectionPrefix] = prefixFor(maxConnections);
    m_connections->replace(scaled(connections, connectionDivisor));
    m_rateAxis->setRange(0, niceCeiling(maxConnections / connectionDivisor));
    m_rateAxis->setTitleText(connectionPrefix.isEmpty() ? tr("conn/s") : tr("%1 conn/s").arg(connectionPrefix));

    const auto [throughputDivisor, throughputPrefix] = prefixFor(maxThroughput);
    m_in->replace(scaled(in, throughputDivisor));
    m_out->replace(scaled(out, throughputDivisor));
    m_throughputAxis->setRange(0, niceCeiling(maxThroughput / throughputDivisor));
    m_throughputAxis->setTitleText(throughputPrefix + (m_bits ? tr("bit/s") : tr("B/s")));
}

void DetailPane::drawShares(const RateHistory &history, const VirtualService *service)
{
    struct Share {
        QString name;
        double connections = 0;
        double weight = 0;
    };
    QList<Share> shares;
    double totalConnections = 0, totalWeight = 0;
    for (const RealServer &server : service->realServers) {
        const RateHistory::Samples *samples = history.realServer(service->key(), server.address, server.port);
        Share share{server.endpoint(), samples ? double(RateHistory::newConnections(*samples, m_spanMs)) : 0.0,
                    double(server.weight)};
        totalConnections += share.connections;
        totalWeight += share.weight;
        shares.append(share);
    }
    std::stable_sort(shares.begin(), shares.end(),
                     [](const Share &a, const Share &b) { return a.connections > b.connections; });
    if (shares.size() > maxShareBars) {
        Share others{tr("%n other(s)", nullptr, int(shares.size()) - (maxShareBars - 1)), 0, 0};
        for (qsizetype i = maxShareBars - 1; i < shares.size(); ++i) {
            others.connections += shares[i].connections;
            others.weight += shares[i].weight;
        }
        shares.resize(maxShareBars - 1);
        shares.append(others);
    }
    // Horizontal bars grow upwards: the biggest share goes on top.
    std::reverse(shares.begin(), shares.end());

    QStringList names;
    QList<qreal> connectionPercent, weightPercent;
    for (const Share &share : shares) {
        names.append(share.name);
        connectionPercent.append(totalConnections > 0 ? 100.0 * share.connections / totalConnections : 0.0);
        weightPercent.append(totalWeight > 0 ? 100.0 * share.weight / totalWeight : 0.0);
    }
    if (names != m_servers->categories()) {
        m_servers->setCategories(names);
        m_connectionShare->remove(0, m_connectionShare->count());
        m_weightShare->remove(0, m_weightShare->count());
        m_connectionShare->append(connectionPercent);
        m_weightShare->append(weightPercent);
        return;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        m_connectionShare->replace(i, connectionPercent[i]);
        m_weightShare->replace(i, weightPercent[i]);
    }
}
