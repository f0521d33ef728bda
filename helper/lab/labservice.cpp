// SPDX-License-Identifier: GPL-2.0-or-later
#include "labservice.h"

#include "dbuserrors.h"
#include "helper1adaptor.h"
#include "helperservice.h"

namespace {
std::optional<ForwardingMethod> methodFromName(const QString &name)
{
    if (name == QLatin1String("nat"))
        return ForwardingMethod::Masquerading;
    if (name == QLatin1String("dr"))
        return ForwardingMethod::DirectRouting;
    if (name == QLatin1String("tun"))
        return ForwardingMethod::Tunnelling;
    return std::nullopt;
}

QString methodWord(ForwardingMethod method)
{
    return method == ForwardingMethod::Masquerading ? QStringLiteral("nat")
        : method == ForwardingMethod::DirectRouting ? QStringLiteral("dr")
                                                    : QStringLiteral("tun");
}

// The lab director's table has no files of its own and its sysctls are the lab's: point
// the host's paths somewhere that does not exist, so nothing of the host is read or written.
HelperPaths directorPaths()
{
    const QString none = QStringLiteral("/nonexistent/lvs-studio-lab");
    HelperPaths paths;
    paths.sysctlRoot = none + QStringLiteral("/sys");
    paths.sysctlPersistFile = none + QStringLiteral("/sysctl.conf");
    paths.bootConfig = none + QStringLiteral("/ipvsadm");
    paths.procRoot = none;
    return paths;
}

// The client's source ports: each request its own (see LabClient), wrapping round well
// below the kernel's ephemeral range.
constexpr std::uint16_t firstPort = 20000;
constexpr std::uint16_t lastPort = 31999;
} // namespace

LabService::LabService(LabRunner &runner, Authorizer &authorizer, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_authorizer(authorizer)
    , m_nextPort(firstPort)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &LabService::idle);
}

void LabService::setIdleTimeout(int milliseconds)
{
    m_idleTimer.setInterval(milliseconds);
    m_idleTimer.start();
}

LabService::~LabService()
{
    if (m_worker.joinable())
        m_worker.join();
    stopDirector();
}

QString LabService::directorPath()
{
    return QStringLiteral("/org/lvsstudio/Lab1/Director");
}

QStringList LabService::removeLeftovers()
{
    QString error;
    const QStringList removed = m_runner.teardown(&error);
    if (!error.isEmpty())
        qWarning("lvs-studio-lab: lab leftovers not removed: %s", qPrintable(error));
    return removed;
}

QStringList LabService::shutDown()
{
    m_stopping = true;
    if (m_worker.joinable())
        m_worker.join();
    stopDirector();
    m_lab.reset();
    return removeLeftovers();
}

void LabService::inBackground(std::function<void()> work, std::function<void()> done)
{
    m_busy = true;
    m_worker = std::thread([this, work = std::move(work), done = std::move(done)] {
        work();
        QMetaObject::invokeMethod(this, [this, done] {
            if (m_worker.joinable())
                m_worker.join();
            m_busy = false;
            // After shutDown() the lab is gone: nothing may start or register again.
            if (!m_stopping)
                done();
        }, Qt::QueuedConnection);
    });
}

void LabService::authorizeThen(const QString &action, bool interactive, Act act, bool exclusive)
{
    m_idleTimer.start();
    setDelayedReply(true);
    const QDBusMessage request = message();
    QDBusConnection bus = connection();
    m_authorizer.authorize(action, request.service(), interactive,
                           [this, request, bus, exclusive, act = std::move(act)](const Authorizer::Decision &decision) mutable {
                               if (!decision.allowed)
                                   bus.send(request.createErrorReply(DBusErrors::notAuthorized, decision.reason));
                               else if (exclusive && m_busy)
                                   bus.send(request.createErrorReply(DBusErrors::labBusy,
                                                                     QStringLiteral("another lab call is at work")));
                               else
                                   act(request, bus);
                           });
}

QDBusObjectPath LabService::CreateLab(const QString &method, const QString &scheduler, uint persistence_timeout,
                                      const QList<uint> &hosts, const QList<uint> &weights, bool interactive)
{
    // Bounded before anything is built from the lists, and before polkit is asked.
    if (hosts.size() > LabDescription::maxServers || weights.size() > LabDescription::maxServers) {
        sendErrorReply(DBusErrors::invalidArgs, QStringLiteral("%1 hosts and %2 weights: a lab has at most %3 real servers")
                                                    .arg(hosts.size())
                                                    .arg(weights.size())
                                                    .arg(LabDescription::maxServers));
        return {};
    }
    if (method.size() > 8 || scheduler.size() > 16) {
        sendErrorReply(DBusErrors::invalidArgs, QStringLiteral("the method (nat, dr, tun) or the scheduler name is too long"));
        return {};
    }
    QStringList problems;
    LabDescription lab;
    if (const auto forwarding = methodFromName(method))
        lab.method = *forwarding;
    else
        problems << QStringLiteral("method %1: nat, dr or tun").arg(method);
    if (const auto kernelScheduler = Schedulers::fromName(scheduler))
        lab.scheduler = *kernelScheduler;
    else
        problems << QStringLiteral("scheduler %1: not one of the kernel's").arg(scheduler);
    lab.persistent = persistence_timeout > 0;
    if (lab.persistent)
        lab.persistenceTimeout = persistence_timeout;
    if (hosts.size() != weights.size())
        problems << QStringLiteral("%1 hosts but %2 weights").arg(hosts.size()).arg(weights.size());
    for (qsizetype i = 0; i < hosts.size() && i < weights.size(); ++i)
        lab.servers.append({int(std::min(hosts.at(i), 1000u)), weights.at(i)});
    if (problems.isEmpty())
        problems = lab.problems();
    if (!problems.isEmpty()) {
        sendErrorReply(DBusErrors::invalidArgs, problems.join(QStringLiteral("; ")));
        return {};
    }
    if (m_lab) {
        sendErrorReply(DBusErrors::labExists, QStringLiteral("a %1 lab exists; remove it first").arg(m_lab->methodName()));
        return {};
    }
    authorizeThen(Actions::lab, interactive, [this, lab](const QDBusMessage &request, QDBusConnection bus) {
        if (m_lab) {
            bus.send(request.createErrorReply(DBusErrors::labExists, QStringLiteral("a lab exists; remove it first")));
            return;
        }
        auto error = std::make_shared<QString>();
        auto built = std::make_shared<bool>(false);
        inBackground([this, lab, error, built] { *built = m_runner.build(lab, error.get()); },
                     [this, lab, error, built, request, bus]() mutable {
                         // The responders' notifiers and the director's socket belong to this thread.
                         if (*built && !m_runner.start(lab, error.get())) {
                             QString ignored;
                             m_runner.teardown(&ignored);
                             *built = false;
                         }
                         if (!*built) {
                             bus.send(request.createErrorReply(DBusErrors::kernelError, *error));
                             return;
                         }
                         m_lab = lab;
                         m_director = std::make_unique<HelperService>(m_runner.director(), m_authorizer, directorPaths());
                         new Helper1Adaptor(m_director.get());
                         m_directorBus = bus;
                         m_directorBus.registerObject(directorPath(), m_director.get());
                         bus.send(request.createReply(QVariant::fromValue(QDBusObjectPath(directorPath()))));
                     });
    });
    return {};
}

void LabService::stopDirector()
{
    if (m_director) {
        m_directorBus.unregisterObject(directorPath());
        m_director.reset();
    }
    m_runner.stop();
}

void LabService::DestroyLab(bool interactive)
{
    if (!m_lab) {
        sendErrorReply(DBusErrors::noSuchLab, QStringLiteral("no lab exists"));
        return;
    }
    authorizeThen(Actions::lab, interactive, [this](const QDBusMessage &request, QDBusConnection bus) {
        if (!m_lab) {
            bus.send(request.createErrorReply(DBusErrors::noSuchLab, QStringLiteral("no lab exists")));
            return;
        }
        // Sockets first: a namespace lives on while anything still holds it.
        stopDirector();
        m_lab.reset();
        auto error = std::make_shared<QString>();
        inBackground([this, error] { m_runner.teardown(error.get()); }, [request, bus, error]() mutable {
            if (error->isEmpty())
                bus.send(request.createReply());
            else
                bus.send(request.createErrorReply(DBusErrors::kernelError, *error));
        });
    });
}

bool LabService::LabStatus(QString &, QString &, uint &, QList<uint> &, QList<uint> &, QDBusObjectPath &)
{
    authorizeThen(Actions::read, false, [this](const QDBusMessage &request, QDBusConnection bus) {
        QList<uint> hosts;
        QList<uint> weights;
        if (!m_lab) {
            bus.send(request.createReply({false, QString(), QString(), 0u, QVariant::fromValue(hosts),
                                          QVariant::fromValue(weights), QVariant::fromValue(QDBusObjectPath(QStringLiteral("/")))}));
            return;
        }
        for (const LabServer &server : m_lab->servers) {
            hosts << uint(server.host);
            weights << server.weight;
        }
        bus.send(request.createReply({true, methodWord(m_lab->method), Schedulers::name(m_lab->scheduler),
                                      m_lab->persistent ? m_lab->persistenceTimeout : 0u, QVariant::fromValue(hosts),
                                      QVariant::fromValue(weights), QVariant::fromValue(QDBusObjectPath(directorPath()))}));
    }, false);
    return false;
}

QList<uint> LabService::SendLabRequests(uint count, bool interactive, QStringList &)
{
    if (count < 1 || count > uint(Lab::maxRequests)) {
        sendErrorReply(DBusErrors::invalidArgs, QStringLiteral("count %1: 1 to %2").arg(count).arg(Lab::maxRequests));
        return {};
    }
    if (!m_lab) {
        sendErrorReply(DBusErrors::noSuchLab, QStringLiteral("no lab exists"));
        return {};
    }
    authorizeThen(Actions::lab, interactive, [this, count](const QDBusMessage &request, QDBusConnection bus) {
        if (!m_lab) {
            bus.send(request.createErrorReply(DBusErrors::noSuchLab, QStringLiteral("no lab exists")));
            return;
        }
        if (m_nextPort + count > lastPort)
            m_nextPort = firstPort;
        const std::uint16_t port = m_nextPort;
        m_nextPort = std::uint16_t(m_nextPort + count);
        auto answers = std::make_shared<QList<LabAnswer>>();
        const LabDescription lab = *m_lab;
        inBackground([this, lab, count, port, answers] { *answers = m_runner.fetch(lab, int(count), port); },
                     [request, bus, answers]() mutable {
                         QList<uint> hosts;
                         QStringList texts;
                         for (const LabAnswer &answer : std::as_const(*answers)) {
                             hosts << uint(answer.host);
                             texts << answer.text;
                         }
                         bus.send(request.createReply({QVariant::fromValue(hosts), texts}));
                     });
    });
    return {};
}
