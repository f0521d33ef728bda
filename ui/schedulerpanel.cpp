// SPDX-License-Identifier: GPL-2.0-or-later
#include "schedulerpanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

SchedulerPanel::SchedulerPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel)
    , m_picks(new QListWidget)
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setText(tr("No service chosen."));
    // Picks arrive by the hundred per second; uniform rows keep the list cheap to lay out.
    m_picks->setUniformItemSizes(true);
    m_picks->setWordWrap(false);
    m_picks->setSelectionMode(QAbstractItemView::NoSelection);
    m_picks->setAccessibleName(tr("Scheduler picks, newest first"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_picks, 1);
}

void SchedulerPanel::setService(const VirtualService &service)
{
    if (!m_hasService || service.key() != m_service)
        m_picks->clear();
    m_hasService = true;
    m_service = service.key();
    m_header->setText(tr("%1 schedules with %2. %3")
                          .arg(service.displayName(), Schedulers::name(service.scheduler),
                               Schedulers::description(service.scheduler)));
}

void SchedulerPanel::addPick(const ServiceKey &service, const QString &explanation)
{
    if (!m_hasService || service != m_service)
        return;
    m_picks->insertItem(0, explanation);
    while (m_picks->count() > maximumPicks)
        delete m_picks->takeItem(m_picks->count() - 1);
}

void SchedulerPanel::clear()
{
    m_picks->clear();
}

QStringList SchedulerPanel::picks() const
{
    QStringList texts;
    for (int row = 0; row < m_picks->count(); ++row)
        texts.append(m_picks->item(row)->text());
    return texts;
}

QString SchedulerPanel::headerText() const
{
    return m_header->text();
}
