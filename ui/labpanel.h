// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "lab.h"

#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

/**
 * A running lab: the client's requests (a number, all at once or at a rate), each
 * answer as the real server gave it, and per real server how many it answered beside
 * the director kernel's own count of connections, so the scheduler's spread is seen
 * twice. Remove takes the lab down. Owns the lab.
 */
class LabPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LabPanel(Lab *lab, QWidget *parent = nullptr);
    ~LabPanel() override;

    Lab *lab() const { return m_lab; }
    /// What the client has been answered so far, by host number.
    const QMap<int, int> &answered() const { return m_counts; }
    QSpinBox *countBox() const { return m_count; }
    QSpinBox *rateBox() const { return m_rate; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *removeButton() const { return m_remove; }
    QTableWidget *serverTable() const { return m_table; }

Q_SIGNALS:
    /// The lab is gone (removed here, or failed to build); the panel may close.
    void finished();

private:
    void showLab();
    void send();
    void sendNext();
    void takeAnswers(const QList<LabAnswer> &answers);
    void takeTable(const IpvsTable &table);
    void updateTable();
    void fail(const QString &errorName, const QString &message);

    Lab *m_lab;
    QLabel *m_summary = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_rate = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_answers = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_pace;
    QTimer m_poll;
    int m_toSend = 0;
    QMap<int, int> m_counts;
    QMap<int, std::uint64_t> m_kernelCounts;
    QMap<int, std::uint32_t> m_weights;
};
