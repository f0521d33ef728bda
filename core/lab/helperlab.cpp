// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperlab.h"

#include "helperbackend.h"
#include "lab1proxy.h"

#include <QDBusPendingCallWatcher>

namespace {
QString methodWord(ForwardingMethod method)
{
    return method == ForwardingMethod::Masquerading ? QStringLiteral("nat")
        : method == ForwardingMethod::DirectRouting ? QStringLiteral("dr")
                                                    : QStringLiteral("tun");
}

// Building under emulation, or waiting for a password, takes a while.
constexpr int timeoutMs = 600 * 1000;
// The lab's own service (lvs-studio-lab), which serves its director's table too.
const QString labName = QStringLiteral("org.lvsstudio.Lab1");
} // namespace

HelperLab::HelperLab(const QDBusConnection &bus, QObject *parent)
    : Lab(parent)
    , m_bus(bus)
    , m_proxy(std::make_unique<Lab1Proxy>(labName, QStringLiteral("/org/lvsstudio/Lab1"), bus))
{
    m_proxy->setTimeout(timeoutMs);
}

HelperLab::~HelperLab() = default;

void HelperLab::attach(const LabDescription &description, const QString &path)
{
    m_director = std::make_unique<HelperBackend>(m_bus, nullptr, path, labName);
    setExists(true, description);
    Q_EMIT created();
}

void HelperLab::create(const LabDescription &description)
{
    QList<uint> hosts;
    QList<uint> weights;
    for (const LabServer &server : description.servers) {
        hosts << uint(server.host);
        weights << server.weight;
    }
    auto *watcher = new QDBusPendingCallWatcher(
        m_proxy->CreateLab(methodWord(description.method), Schedulers::name(description.scheduler),
                           description.persistent ? description.persistenceTimeout : 0u, hosts, weights, true),
        this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, description](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        QDBusPendingReply<QDBusObjectPath> reply = *call;
        if (reply.isError())
            Q_EMIT failed(reply.error().name(), reply.error().message());
        else
            attach(description, reply.value().path());
    });
}

void HelperLab::adopt()
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->LabStatus(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        QDBusPendingReply<bool, QString, QString, uint, QList<uint>, QList<uint>, QDBusObjectPath> reply = *call;
        if (reply.isError()) {
            Q_EMIT failed(reply.error().name(), reply.error().message());
            return;
        }
        if (!reply.argumentAt<0>())
            return;
        LabDescription lab;
        const QString method = reply.argumentAt<1>();
        lab.method = method == QLatin1String("nat") ? ForwardingMethod::Masquerading
            : method == QLatin1String("dr")         ? ForwardingMethod::DirectRouting
                                                    : ForwardingMethod::Tunnelling;
        lab.scheduler = Schedulers::fromName(reply.argumentAt<2>()).value_or(Schedulers::defaultScheduler);
        lab.persistent = reply.argumentAt<3>() > 0;
        if (lab.persistent)
            lab.persistenceTimeout = reply.argumentAt<3>();
        const QList<uint> hosts = reply.argumentAt<4>();
        const QList<uint> weights = reply.argumentAt<5>();
        for (qsizetype i = 0; i < hosts.size() && i < weights.size(); ++i)
            lab.servers.append({int(hosts.at(i)), weights.at(i)});
        attach(lab, reply.argumentAt<6>().path());
    });
}

void HelperLab::destroy()
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->DestroyLab(true), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        QDBusPendingReply<> reply = *call;
        if (reply.isError()) {
            Q_EMIT failed(reply.error().name(), reply.error().message());
            return;
        }
        // A window may still hold the backend: let it go from the event loop.
        if (m_director)
            m_director.release()->deleteLater();
        setExists(false);
        Q_EMIT removed();
    });
}

void HelperLab::sendRequests(int count)
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->SendLabRequests(uint(count), true), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        QDBusPendingReply<QList<uint>, QStringList> reply = *call;
        if (reply.isError()) {
            Q_EMIT failed(reply.error().name(), reply.error().message());
            return;
        }
        const QList<uint> hosts = reply.argumentAt<0>();
        const QStringList texts = reply.argumentAt<1>();
        QList<LabAnswer> answers;
        for (qsizetype i = 0; i < hosts.size(); ++i)
            answers.append({int(hosts.at(i)), i < texts.size() ? texts.at(i) : QString()});
        Q_EMIT answered(answers);
    });
}

Backend *HelperLab::director() const
{
    return m_director.get();
}
