// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "ratehistory.h"

#include <QWidget>

#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QLineSeries;
class QValueAxis;

/**
 * The selected service or real server over the last minutes, as HAProxy's stats page
 * and a monitoring graph would show it: new connections per second, throughput in and
 * out, and how the service's new connections split among its real servers next to how
 * their weights say they should.
 */
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    void showService(const ServiceKey &key);
    void showRealServer(const ServiceKey &key, const IpAddress &address, std::uint16_t port);
    void showNothing();

    /// Draws the chosen row from `history`, and the share among the service's real
    /// servers in `table` (the weights). Called after every refresh.
    void redraw(const RateHistory &history, const IpvsTable &table);

    void setThroughputInBits(bool bits);
    /// How far back the charts reach (the history may hold more).
    void setSpan(qint64 milliseconds);
    qint64 span() const { return m_spanMs; }

    // For tests and the screenshot: what is drawn.
    QLineSeries *connectionsSeries() const { return m_connections; }
    QLineSeries *inSeries() const { return m_in; }
    QLineSeries *outSeries() const { return m_out; }
    QBarSet *connectionShare() const { return m_connectionShare; }
    QBarSet *weightShare() const { return m_weightShare; }
    QStringList shareCategories() const;
    QString throughputAxisTitle() const;

private:
    struct Selection {
        ServiceKey service;
        bool isRealServer = false;
        IpAddress address;
        std::uint16_t port = 0;
    };
    void drawRates(const RateHistory::Samples *samples, const QString &name);
    void drawShares(const RateHistory &history, const VirtualService *service);

    std::optional<Selection> m_selection;
    qint64 m_spanMs = 5 * 60 * 1000;
    bool m_bits = false;

    QLabel *m_title;
    QChart *m_rateChart;
    QLineSeries *m_connections;
    QValueAxis *m_rateTime;
    QValueAxis *m_rateAxis;
    QChart *m_throughputChart;
    QLineSeries *m_in;
    QLineSeries *m_out;
    QValueAxis *m_throughputTime;
    QValueAxis *m_throughputAxis;
    QChart *m_shareChart;
    QHorizontalBarSeries *m_shares;
    QBarSet *m_connectionShare;
    QBarSet *m_weightShare;
    QBarCategoryAxis *m_servers;
    QValueAxis *m_percent;
};
