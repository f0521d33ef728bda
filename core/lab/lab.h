// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "labdescription.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

class Backend;

/// One HTTP request of the lab's client and what came back.
struct LabAnswer {
    int host = 0;     ///< the real server that answered (160), 0 when none did
    QString text;     ///< what it said ("This is 160"), or why nothing came back
    bool ok() const { return host != 0; }
    friend bool operator==(const LabAnswer &, const LabAnswer &) = default;
};

/**
 * A lab, wherever it runs: the helper's namespaces on the real kernel, or the simulated
 * kernel. Every call answers with a signal; the director's table is a Backend like the
 * main window's, so the window can show and edit it live.
 */
class Lab : public QObject
{
    Q_OBJECT
public:
    explicit Lab(QObject *parent = nullptr);

    /// Builds it; answers with created() or failed(). One lab at a time.
    virtual void create(const LabDescription &description) = 0;
    /// Takes it all down; answers with removed() or failed().
    virtual void destroy() = 0;
    /// The client fetches http://VIP/ this many times, one after the other; answers
    /// with answered() for the whole batch, or failed().
    virtual void sendRequests(int count) = 0;
    /// The director's table, once created; null otherwise. Owned by the lab.
    virtual Backend *director() const = 0;
    /// Whether it runs on the simulated kernel.
    virtual bool isSimulated() const = 0;

    bool exists() const { return m_exists; }
    const LabDescription &description() const { return m_description; }

    /// How many requests each real server answered, by host number (0: none answered).
    static QMap<int, int> countByServer(const QList<LabAnswer> &answers);
    /// "160=10 170=20 180=30", the form the rig's shell labs print.
    static QString countsText(const QMap<int, int> &counts);

    /// More than this in one sendRequests() is refused (a class, not a load test).
    static constexpr int maxRequests = 1000;

Q_SIGNALS:
    void created();
    void removed();
    void answered(const QList<LabAnswer> &answers);
    void failed(const QString &errorName, const QString &message);

protected:
    void setExists(bool exists, const LabDescription &description = {})
    {
        m_exists = exists;
        m_description = description;
    }

private:
    bool m_exists = false;
    LabDescription m_description;
};
