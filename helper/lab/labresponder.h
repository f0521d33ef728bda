// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

/**
 * A lab real server's web server: a listening socket on port 80 made inside the real
 * server's namespace, served by the helper's own event loop, answering every request
 * with the how-to's page ("This is 160") and closing, as HTTP/1.0 does. No process, no
 * file: nothing to leave behind but the socket, which goes with the responder.
 */
class LabResponder : public QObject
{
    Q_OBJECT
public:
    explicit LabResponder(QObject *parent = nullptr);
    ~LabResponder() override;

    /// Listens in namespace `netns` on port; false and why if it cannot.
    bool listen(const QString &netns, std::uint16_t port, const QString &page, QString *error);
    int answered() const { return m_answered; }

private:
    struct Client {
        int fd = -1;
        QByteArray request;
        std::unique_ptr<QSocketNotifier> notifier;
    };
    void accept();
    void read(int fd);
    void finish(int fd);

    int m_listener = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_reply;
    QHash<int, Client *> m_clients;
    int m_answered = 0;
};
