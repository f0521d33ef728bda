// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLabel>

class Backend;

/**
 * The bar above the services that says a batch was cut short: the helper applying it
 * (this window's, lvsctl's or another user's) was killed, ran out of memory or crashed,
 * so the table may hold half of it. It names the batch and what it left otherwise than
 * before, and offers what `lvsctl interrupted` does: put back what the batch touched,
 * or keep the table as it is. Hidden while there is nothing to report.
 */
class InterruptedBatchBanner : public QLabel
{
    Q_OBJECT
public:
    explicit InterruptedBatchBanner(Backend *backend, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The report was answered (rolled back or forgotten): the table is worth reading again.
    void resolved();

private:
    void report(const QString &description, const QStringList &differences);
    void showFailure(const QString &errorName, const QString &message);
    void act(const QString &link);

    Backend *m_backend;
};
