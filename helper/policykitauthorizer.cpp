// SPDX-License-Identifier: GPL-2.0-or-later
#include "policykitauthorizer.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QTimer>

namespace {
const QString polkitService = QStringLiteral("org.freedesktop.PolicyKit1");
const QString authorityPath = QStringLiteral("/org/freedesktop/PolicyKit1/Authority");
const QString authorityInterface = QStringLiteral("org.freedesktop.PolicyKit1.Authority");
constexpr uint allowUserInteraction = 0x1; // PolkitCheckAuthorizationFlags
// polkit keeps cancellation ids per connection: unique in the process, whichever
// authorizer made them.
quint64 cancellationSequence = 0;

// polkit's subject: ("system-bus-name", {"name": <":1.42">}), type (sa{sv}).
QDBusArgument busNameSubject(const QString &busName)
{
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name") << QVariantMap{{QStringLiteral("name"), busName}};
    subject.endStructure();
    return subject;
}

QDBusArgument noDetails() // a{ss}
{
    QDBusArgument details;
    details.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    details.endMap();
    return details;
}

// The reply's (bba{ss}): is_authorized, is_challenge, details.
struct AuthorizationResult {
    bool authorized = false;
    bool challenge = false;
    bool valid = false;
};

void cancelInPolkit(QDBusConnection &bus, const QString &cancellationId)
{
    QDBusMessage cancel = QDBusMessage::createMethodCall(polkitService, authorityPath, authorityInterface,
                                                         QStringLiteral("CancelCheckAuthorization"));
    cancel << cancellationId;
    bus.send(cancel);
}

AuthorizationResult readResult(const QDBusMessage &reply)
{
    AuthorizationResult result;
    if (reply.arguments().size() != 1 || reply.signature() != QLatin1String("(bba{ss})"))
        return result;
    const auto argument = reply.arguments().constFirst().value<QDBusArgument>();
    QMap<QString, QString> details;
    argument.beginStructure();
    argument >> result.authorized >> result.challenge >> details;
    argument.endStructure();
    result.valid = true;
    return result;
}
} // namespace

PolicyKitAuthorizer::PolicyKitAuthorizer(const QDBusConnection &bus, QObject *parent)
    : PolicyKitAuthorizer(bus, Limits{}, parent)
{
}

PolicyKitAuthorizer::PolicyKitAuthorizer(const QDBusConnection &bus, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_limits(limits)
    , m_callers(QString(), bus, QDBusServiceWatcher::WatchForUnregistration)
{
    connect(&m_callers, &QDBusServiceWatcher::serviceUnregistered, this, &PolicyKitAuthorizer::callerLeft);
}

PolicyKitAuthorizer::~PolicyKitAuthorizer()
{
    // The process is going, and with it whoever waited (their objects may be gone
    // already): polkit may forget these checks, nobody is called back.
    for (const Check &check : std::as_const(m_checks))
        cancelInPolkit(m_bus, check.cancellationId);
}

int PolicyKitAuthorizer::pendingChecks() const
{
    return int(m_checks.size());
}

QString PolicyKitAuthorizer::overLimit(const QString &busName, uint uid) const
{
    if (m_checks.size() >= m_limits.total)
        return QStringLiteral("%1 authorization checks are already waiting; try again later").arg(m_limits.total);
    int sameSender = 0;
    int sameUser = 0;
    for (const Check &check : m_checks) {
        sameSender += check.busName == busName;
        sameUser += check.uid == uid;
    }
    if (sameSender >= m_limits.perSender)
        return QStringLiteral("%1 authorization checks of this connection are already waiting").arg(m_limits.perSender);
    if (sameUser >= m_limits.perUser)
        return QStringLiteral("%1 authorization checks of this user are already waiting").arg(m_limits.perUser);
    return {};
}

void PolicyKitAuthorizer::authorize(const QString &action, const QString &busName, bool interactive, Callback callback)
{
    // The bus daemon answers this itself, at once: no caller can hold it up.
    const QDBusReply<uint> uid = m_bus.interface()->serviceUid(busName);
    if (!uid.isValid()) {
        callback({false, QStringLiteral("the caller %1 has left the bus").arg(busName)});
        return;
    }
    if (const QString limit = overLimit(busName, uid.value()); !limit.isEmpty()) {
        callback({false, limit});
        return;
    }

    const quint64 id = m_nextId++;
    Check check;
    check.action = action;
    check.busName = busName;
    check.uid = uid.value();
    check.cancellationId = QStringLiteral("lvs-studio-helper-%1").arg(++cancellationSequence);
    check.callback = std::move(callback);

    QDBusMessage call = QDBusMessage::createMethodCall(polkitService, authorityPath, authorityInterface,
                                                       QStringLiteral("CheckAuthorization"));
    call << QVariant::fromValue(busNameSubject(busName)) << action << QVariant::fromValue(noDetails())
         << uint(interactive ? allowUserInteraction : 0) << check.cancellationId;
    const int timeoutMs = interactive ? m_limits.interactiveTimeoutMs : m_limits.timeoutMs;
    // QtDBus's own timeout a little later than ours, so that ours (which cancels) fires first.
    check.reply = new QDBusPendingCallWatcher(m_bus.asyncCall(call, timeoutMs + 5000), this);
    connect(check.reply, &QDBusPendingCallWatcher::finished, this, [this, id] { answered(id); });
    check.timer = new QTimer(this);
    check.timer->setSingleShot(true);
    connect(check.timer, &QTimer::timeout, this, [this, id] { timedOut(id); });
    check.timer->start(timeoutMs);

    m_callers.addWatchedService(busName);
    m_checks.insert(id, std::move(check));
}

void PolicyKitAuthorizer::answered(quint64 id)
{
    const auto found = m_checks.constFind(id);
    if (found == m_checks.constEnd())
        return;
    const QDBusMessage reply = found->reply->reply();
    const QString action = found->action;
    if (reply.type() == QDBusMessage::ErrorMessage) {
        finish(id, {false, QStringLiteral("polkit could not check %1: %2").arg(action, reply.errorMessage())}, false);
        return;
    }
    const AuthorizationResult result = readResult(reply);
    if (!result.valid)
        finish(id, {false, QStringLiteral("polkit answered %1 with %2, not (bba{ss})").arg(action, reply.signature())},
               false);
    else if (result.authorized)
        finish(id, {true, {}}, false);
    else if (result.challenge)
        finish(id, {false, QStringLiteral("%1 needs authentication, and interaction was not allowed").arg(action)}, false);
    else
        finish(id, {false, QStringLiteral("not authorized for %1").arg(action)}, false);
}

void PolicyKitAuthorizer::timedOut(quint64 id)
{
    const auto found = m_checks.constFind(id);
    if (found == m_checks.constEnd())
        return;
    const QString seconds = QString::number(found->timer->interval() / 1000.0);
    finish(id, {false, QStringLiteral("polkit did not answer about %1 within %2 s").arg(found->action, seconds)}, true);
}

void PolicyKitAuthorizer::callerLeft(const QString &busName)
{
    const auto ids = m_checks.keys();
    for (quint64 id : ids) {
        if (m_checks.value(id).busName == busName)
            finish(id, {false, QStringLiteral("the caller %1 has left the bus").arg(busName)}, true);
    }
}

void PolicyKitAuthorizer::finish(quint64 id, const Decision &decision, bool cancel)
{
    Check check = m_checks.take(id);
    check.timer->deleteLater();
    // Its answer, should it still come, finds no check and is dropped.
    check.reply->deleteLater();
    if (cancel)
        cancelInPolkit(m_bus, check.cancellationId);
    bool stillWatched = false;
    for (const Check &other : std::as_const(m_checks))
        stillWatched = stillWatched || other.busName == check.busName;
    if (!stillWatched)
        m_callers.removeWatchedService(check.busName);
    check.callback(decision);
}
