// SPDX-License-Identifier: GPL-2.0-or-later
#include "labpanel.h"

#include "backend.h"
#include "dbuserrors.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { ServerColumn, WeightColumn, AnsweredColumn, KernelColumn, ColumnCount };
// Answers kept in view: enough to watch the rotation, bounded however long it runs.
constexpr int shownAnswers = 500;
} // namespace

LabPanel::LabPanel(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
{
    m_lab->setParent(this);
    setWindowTitle(tr("Lab"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *controls = new QHBoxLayout;
    m_count = new QSpinBox;
    m_count->setRange(1, Lab::maxRequests);
    m_count->setValue(60);
    m_rate = new QSpinBox;
    m_rate->setRange(0, 100);
    m_rate->setValue(0);
    m_rate->setSpecialValueText(tr("at once"));
    m_rate->setSuffix(tr(" per second"));
    m_send = new QPushButton(tr("&Send Requests"));
    m_remove = new QPushButton(tr("&Remove Lab"));
    controls->addWidget(new QLabel(tr("Requests:")));
    controls->addWidget(m_count);
    controls->addWidget(new QLabel(tr("Rate:")));
    controls->addWidget(m_rate);
    controls->addWidget(m_send);
    controls->addStretch();
    controls->addWidget(m_remove);
    layout->addLayout(controls);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Real server"), tr("Weight"), tr("Answered the client"),
                                        tr("Kernel's connections")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);
    layout->addWidget(new QLabel(tr("Answers, newest last:")));
    m_answers = new QPlainTextEdit;
    m_answers->setReadOnly(true);
    m_answers->setMaximumBlockCount(shownAnswers);
    m_answers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_answers, 1);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &LabPanel::sendNext);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_lab->director())
            m_lab->director()->refresh();
    });
    connect(m_send, &QPushButton::clicked, this, &LabPanel::send);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_pace.stop();
        m_poll.stop();
        m_send->setEnabled(false);
        m_remove->setEnabled(false);
        m_status->setText(tr("Removing the lab..."));
        m_lab->destroy();
    });
    connect(m_lab, &Lab::created, this, &LabPanel::showLab);
    connect(m_lab, &Lab::answered, this, &LabPanel::takeAnswers);
    connect(m_lab, &Lab::failed, this, &LabPanel::fail);
    connect(m_lab, &Lab::removed, this, [this] {
        m_status->setText(tr("The lab was removed."));
        Q_EMIT finished();
    });
    m_send->setEnabled(m_lab->exists());
    m_remove->setEnabled(m_lab->exists());
    if (m_lab->exists())
        showLab();
    else
        m_status->setText(tr("Building the lab..."));
    resize(720, 560);
}

LabPanel::~LabPanel() = default;

void LabPanel::showLab()
{
    const LabDescription &lab = m_lab->description();
    setWindowTitle(tr("%1 Lab").arg(lab.methodName()));
    m_summary->setText(tr("VS/%1 on %2: the client %3 fetches http://%4/ through the director; real servers %5 "
                          "(gateway %6). Scheduler %7.")
                           .arg(lab.methodName(),
                                m_lab->isSimulated() ? tr("the simulated kernel") : tr("this machine's kernel"),
                                LabDescription::clientAddress().toString(), lab.vip().toString(),
                                [&lab] {
                                    QStringList servers;
                                    for (const LabServer &server : lab.servers)
                                        servers << LabDescription::serverAddress(server.host).toString();
                                    return servers.join(QStringLiteral(", "));
                                }(),
                                lab.serverGateway().toString(), Schedulers::name(lab.scheduler)));
    m_weights.clear();
    for (const LabServer &server : lab.servers)
        m_weights.insert(server.host, server.weight);
    if (Backend *director = m_lab->director()) {
        connect(director, &Backend::tableRead, this, [this](const IpvsTable &table) { takeTable(table); });
        director->refresh();
        m_poll.start();
    }
    m_send->setEnabled(true);
    m_remove->setEnabled(true);
    m_status->setText(tr("The lab is running."));
    updateTable();
}

void LabPanel::send()
{
    m_toSend = m_count->value();
    m_send->setEnabled(false);
    sendNext();
}

void LabPanel::sendNext()
{
    if (m_toSend <= 0) {
        m_send->setEnabled(m_lab->exists());
        return;
    }
    if (m_rate->value() == 0) {
        m_lab->sendRequests(m_toSend);
        m_toSend = 0;
    } else {
        m_lab->sendRequests(1);
        --m_toSend;
    }
}

void LabPanel::takeAnswers(const QList<LabAnswer> &answers)
{
    QStringList lines;
    for (const LabAnswer &answer : answers) {
        ++m_counts[answer.host];
        lines << (answer.ok() ? QStringLiteral("%1: %2").arg(LabDescription::serverAddress(answer.host).toString(),
                                                                  answer.text)
                              : tr("no answer: %1").arg(answer.text));
    }
    m_answers->appendPlainText(lines.join(QLatin1Char('\n')));
    updateTable();
    if (Backend *director = m_lab->director())
        director->refresh();
    if (m_toSend > 0)
        m_pace.start(1000 / std::max(1, m_rate->value()));
    else
        m_send->setEnabled(m_lab->exists());
}

void LabPanel::takeTable(const IpvsTable &table)
{
    m_kernelCounts.clear();
    for (const VirtualService &service : table.services) {
        for (const RealServer &server : service.realServers) {
            const int host = int(server.address.v4() & 0xffu);
            m_kernelCounts[host] += server.stats.connections;
            m_weights[host] = server.weight; // edited in the main window, perhaps
        }
    }
    updateTable();
}

void LabPanel::updateTable()
{
    const QList<int> hosts = m_weights.keys();
    m_table->setRowCount(int(hosts.size()) + (m_counts.contains(0) ? 1 : 0));
    int row = 0;
    const auto set = [this](int row, int column, const QString &text) {
        auto *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(text);
        if (column != ServerColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    };
    for (int host : hosts) {
        set(row, ServerColumn, LabDescription::serverAddress(host).toString());
        set(row, WeightColumn, QString::number(m_weights.value(host)));
        set(row, AnsweredColumn, QString::number(m_counts.value(host)));
        set(row, KernelColumn, QString::number(m_kernelCounts.value(host)));
        ++row;
    }
    if (m_counts.contains(0)) {
        set(row, ServerColumn, tr("no answer"));
        set(row, WeightColumn, QString());
        set(row, AnsweredColumn, QString::number(m_counts.value(0)));
        set(row, KernelColumn, QString());
    }
}

void LabPanel::fail(const QString &errorName, const QString &message)
{
    m_toSend = 0;
    QString headline;
    if (errorName == DBusErrors::notAuthorized)
        headline = tr("Not allowed: polkit refused building or using a lab (org.lvsstudio.lab). Nothing was created.");
    else if (errorName == DBusErrors::labExists)
        headline = tr("A lab is already running on this machine; remove it first.");
    else if (errorName == DBusErrors::noSuchLab)
        headline = tr("The lab is no longer there.");
    else if (errorName == DBusErrors::labBusy)
        headline = tr("The lab is still busy with the previous request.");
    else if (errorName == DBusErrors::kernelError)
        headline = tr("The lab could not be built; nothing of it was left behind.");
    else
        headline = tr("The lab failed.");
    // The helper's own sentence, in English, names the step and the reason.
    m_status->setText(message.isEmpty() ? headline : headline + QLatin1Char('\n') + message);
    m_send->setEnabled(m_lab->exists());
    m_remove->setEnabled(m_lab->exists());
    if (!m_lab->exists())
        Q_EMIT finished();
}
