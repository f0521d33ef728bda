// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "authorizer.h"
#include "labrunner.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <thread>

class HelperService;

/**
 * The object behind /org/lvsstudio/Lab1 (resources/dbus/org.lvsstudio.Lab1.xml): per
 * method, validate, ask polkit for org.lvsstudio.lab on behalf of the caller's bus name
 * (delayed reply), then let the runner work on a thread of its own, so the helper keeps
 * serving the host's table meanwhile, and reply. While a lab exists its director's
 * table is a second HelperService at /org/lvsstudio/Lab1/Director, on the same bus.
 *
 * Idle: the helper exits on idle only while isIdle(): no lab, nothing at work, no polkit
 * check pending (its namespaces' responders and director socket live in this
 * process; helper/lab/main.cpp asks again later otherwise). A lab outlives its window
 * (it may be looked at with ip netns and ipvsadm) until DestroyLab, or until a later
 * helper start finds it without an owner and removes it (removeLeftovers()).
 */
class LabService : public QObject, protected QDBusContext
{
    Q_OBJECT
public:
    LabService(LabRunner &runner, Authorizer &authorizer, QObject *parent = nullptr);
    ~LabService() override;

    /// The director's table's object path.
    static QString directorPath();
    /// At helper start: removes lvs-lab-* namespaces a killed helper left. Returns their names.
    QStringList removeLeftovers();
    /// When the service is stopped: the lab's sockets closed and its namespaces removed
    /// (after a build under way has finished). Returns the namespaces removed.
    QStringList shutDown();
    bool hasLab() const { return m_lab.has_value(); }
    bool isIdle() const { return !m_lab && !m_busy && m_authorizer.pendingChecks() == 0; }
    /// idle() comes when no call came for this long (the lab's program may then exit,
    /// if isIdle()).
    void setIdleTimeout(int milliseconds);

Q_SIGNALS:
    void idle();

public Q_SLOTS:
    QDBusObjectPath CreateLab(const QString &method, const QString &scheduler, uint persistence_timeout,
                              const QList<uint> &hosts, const QList<uint> &weights, bool interactive);
    void DestroyLab(bool interactive);
    bool LabStatus(QString &method, QString &scheduler, uint &persistence_timeout, QList<uint> &hosts,
                   QList<uint> &weights, QDBusObjectPath &director);
    QList<uint> SendLabRequests(uint count, bool interactive, QStringList &texts);

private:
    /// Runs `work` on the worker thread, then `done` with the request on this one.
    void inBackground(std::function<void()> work, std::function<void()> done);
    /// Delays the reply, checks `action`, then runs `act` (which sends the reply itself).
    using Act = std::function<void(const QDBusMessage &request, QDBusConnection bus)>;
    /// exclusive: refused while another lab call is at work (all but LabStatus).
    void authorizeThen(const QString &action, bool interactive, Act act, bool exclusive = true);
    void stopDirector();

    LabRunner &m_runner;
    Authorizer &m_authorizer;
    std::optional<LabDescription> m_lab;
    std::unique_ptr<HelperService> m_director;
    QDBusConnection m_directorBus{QString()};
    std::thread m_worker;
    bool m_busy = false;
    bool m_stopping = false; ///< shutDown() was called: no completion acts any more
    std::uint16_t m_nextPort = 0;
    QTimer m_idleTimer;
};
