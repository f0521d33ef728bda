// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

/**
 * SIGTERM, SIGINT and SIGHUP (systemctl stop, shutdown, a terminal) as an event: the
 * signals are blocked in every thread and read from a signalfd by the event loop, so a
 * signal that arrives while a batch is being applied waits until the batch has finished
 * (or was rolled back) and its reply went out; then the program leaves as on idle.
 * Blocked signals are inherited by children: LabNamespaces::run unblocks them for ip
 * and modprobe.
 */
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    /// Blocks the signals in the calling thread: first thing in main(), before any other
    /// thread exists (threads inherit the mask; one that did not would die of them).
    static void block();
    /// Reads what block() held back; requested() comes from the event loop.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isValid() const { return m_fd >= 0; }

Q_SIGNALS:
    void requested(int signalNumber);

private:
    void readPending();

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
