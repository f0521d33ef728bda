// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virtualservice.h"

#include <QWidget>

class QLabel;
class QListWidget;

/**
 * Says in words why the scheduler sent each new connection where it did: the shown
 * service's scheduler with its one-sentence description, then the latest picks, newest
 * first, as sentences the simulator writes.
 */
class SchedulerPanel : public QWidget
{
    Q_OBJECT
public:
    /// Older picks than this many are dropped.
    static constexpr int maximumPicks = 200;

    explicit SchedulerPanel(QWidget *parent = nullptr);

    /// The service whose picks to show; another service than before clears the list.
    void setService(const VirtualService &service);
    /// Adds a pick on top; picks of other services are ignored.
    void addPick(const ServiceKey &service, const QString &explanation);
    void clear();

    /// The picks shown, newest first.
    QStringList picks() const;
    /// The header's text (scheduler and its description).
    QString headerText() const;

private:
    bool m_hasService = false;
    ServiceKey m_service;
    QLabel *m_header;
    QListWidget *m_picks;
};
