// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's authorizer against a fake org.freedesktop.PolicyKit1 on a private
// dbus-daemon: each check its own call, an error or a silence ending only that check,
// a caller leaving cancelling its own, and the bounds refusing before polkit is asked.
#include "policykitauthorizer.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QProcess>
#include <QTest>

#include <memory>
#include <optional>

namespace {
const QString authorityPath = QStringLiteral("/org/freedesktop/PolicyKit1/Authority");

/// Answers CheckAuthorization by the action's name: "yes", "no", "challenge", "error",
/// "malformed", or "silent" (never). Records what it was asked and what was cancelled.
class FakePolkit : public QDBusVirtualObject
{
public:
    struct Call {
        QString subjectKind;
        QString busName;
        QString action;
        uint flags = 0;
        QString cancellationId;
    };

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.member() == QLatin1String("CancelCheckAuthorization")) {
            cancelled.append(message.arguments().value(0).toString());
            connection.send(message.createReply());
            return true;
        }
        if (message.member() != QLatin1String("CheckAuthorization") || message.arguments().size() != 5)
            return false;
        Call call;
        const auto subject = message.arguments().at(0).value<QDBusArgument>();
        QVariantMap details;
        subject.beginStructure();
        subject >> call.subjectKind >> details;
        subject.endStructure();
        call.busName = details.value(QStringLiteral("name")).toString();
        call.action = message.arguments().at(1).toString();
        call.flags = message.arguments().at(3).toUInt();
        call.cancellationId = message.arguments().at(4).toString();
        calls.append(call);

        if (call.action == QLatin1String("silent"))
            return true;
        if (call.action == QLatin1String("error")) {
            connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.PolicyKit1.Error.Failed"),
                                                     QStringLiteral("the fake polkit failed")));
            return true;
        }
        if (call.action == QLatin1String("malformed")) {
            connection.send(message.createReply(QStringLiteral("not a result")));
            return true;
        }
        QDBusArgument result;
        result.beginStructure();
        result << (call.action == QLatin1String("yes")) << (call.action == QLatin1String("challenge"));
        result.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
        result.endMap();
        result.endStructure();
        connection.send(message.createReply(QVariant::fromValue(result)));
        return true;
    }
    QString introspect(const QString &) const override { return {}; }

    QList<Call> calls;
    QStringList cancelled;
};

/// What one check's callback received.
struct Outcome {
    std::optional<Authorizer::Decision> decision;
    Authorizer::Callback callback()
    {
        return [this](const Authorizer::Decision &d) { decision = d; };
    }
};
} // namespace

class TestPolicyKitAuthorizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void answers_data();
    void answers();
    void asksAboutTheCallersBusName();
    void anErrorEndsOnlyItsOwnCheck();
    void checksRunSideBySide();
    void aSilentPolkitTimesOutAndIsCancelled();
    void aCallerLeavingCancelsItsCheck();
    void boundsRefuseBeforeAsking();

private:
    /// A caller's own connection to the bus; its unique name is what polkit is asked about.
    QString connectCaller(const QString &name);
    std::unique_ptr<PolicyKitAuthorizer> makeAuthorizer(const PolicyKitAuthorizer::Limits &limits = {});

    QProcess m_daemon;
    QString m_address;
    FakePolkit m_polkit;
    QStringList m_callers;
};

void TestPolicyKitAuthorizer::initTestCase()
{
    // A bus of the test's own: the authorizer needs a real daemon for names and their owners.
    m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                   QStringLiteral("--print-address=1")});
    if (!m_daemon.waitForStarted(10000))
        QSKIP("dbus-daemon is not installed (scripts/install-deps.sh installs it)");
    QVERIFY(m_daemon.waitForReadyRead(10000));
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());

    QDBusConnection polkit = QDBusConnection::connectToBus(m_address, QStringLiteral("polkit"));
    QVERIFY(polkit.isConnected());
    QVERIFY(polkit.registerVirtualObject(authorityPath, &m_polkit));
    QVERIFY(polkit.registerService(QStringLiteral("org.freedesktop.PolicyKit1")));
}

void TestPolicyKitAuthorizer::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("polkit"));
    QDBusConnection::disconnectFromBus(QStringLiteral("helper"));
    m_daemon.kill();
    m_daemon.waitForFinished();
}

void TestPolicyKitAuthorizer::init()
{
    m_polkit.calls.clear();
    m_polkit.cancelled.clear();
}

void TestPolicyKitAuthorizer::cleanup()
{
    for (const QString &caller : std::as_const(m_callers))
        QDBusConnection::disconnectFromBus(caller);
    m_callers.clear();
}

QString TestPolicyKitAuthorizer::connectCaller(const QString &name)
{
    QDBusConnection caller = QDBusConnection::connectToBus(m_address, name);
    m_callers.append(name);
    return caller.baseService();
}

std::unique_ptr<PolicyKitAuthorizer> TestPolicyKitAuthorizer::makeAuthorizer(const PolicyKitAuthorizer::Limits &limits)
{
    return std::make_unique<PolicyKitAuthorizer>(QDBusConnection::connectToBus(m_address, QStringLiteral("helper")),
                                                 limits);
}

void TestPolicyKitAuthorizer::answers_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("authorized") << "yes" << true << QString();
    QTest::newRow("not authorized") << "no" << false << "not authorized for no";
    QTest::newRow("a challenge without interaction") << "challenge" << false
                                                     << "challenge needs authentication, and interaction was not allowed";
    QTest::newRow("an error from polkit") << "error" << false << "polkit could not check error: the fake polkit failed";
    QTest::newRow("an answer of the wrong type") << "malformed" << false
                                                 << "polkit answered malformed with s, not (bba{ss})";
}

void TestPolicyKitAuthorizer::answers()
{
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    auto authorizer = makeAuthorizer();
    Outcome outcome;
    authorizer->authorize(action, connectCaller(QStringLiteral("caller")), false, outcome.callback());
    QTRY_VERIFY(outcome.decision.has_value());
    QCOMPARE(outcome.decision->allowed, allowed);
    QCOMPARE(outcome.decision->reason, reason);
    QCOMPARE(authorizer->pendingChecks(), 0);
}

void TestPolicyKitAuthorizer::asksAboutTheCallersBusName()
{
    auto authorizer = makeAuthorizer();
    const QString caller = connectCaller(QStringLiteral("caller"));
    Outcome quiet, interactive;
    authorizer->authorize(QStringLiteral("yes"), caller, false, quiet.callback());
    authorizer->authorize(QStringLiteral("yes"), caller, true, interactive.callback());
    QTRY_VERIFY(quiet.decision && interactive.decision);
    QCOMPARE(m_polkit.calls.size(), 2);
    QCOMPARE(m_polkit.calls[0].subjectKind, QStringLiteral("system-bus-name"));
    QCOMPARE(m_polkit.calls[0].busName, caller);
    QCOMPARE(m_polkit.calls[0].flags, 0u);
    QCOMPARE(m_polkit.calls[1].flags, 1u); // AllowUserInteraction
    QVERIFY(m_polkit.calls[0].cancellationId != m_polkit.calls[1].cancellationId);
}

void TestPolicyKitAuthorizer::anErrorEndsOnlyItsOwnCheck()
{
    // PolkitQt6-1 emitted nothing after an error, and every later check waited for ever.
    auto authorizer = makeAuthorizer();
    const QString caller = connectCaller(QStringLiteral("caller"));
    Outcome failed, next, after;
    authorizer->authorize(QStringLiteral("error"), caller, false, failed.callback());
    authorizer->authorize(QStringLiteral("yes"), caller, false, next.callback());
    QTRY_VERIFY(failed.decision && next.decision);
    QVERIFY(!failed.decision->allowed);
    QVERIFY(next.decision->allowed);
    authorizer->authorize(QStringLiteral("yes"), caller, false, after.callback());
    QTRY_VERIFY(after.decision);
    QVERIFY(after.decision->allowed);
    QCOMPARE(authorizer->pendingChecks(), 0);
}

void TestPolicyKitAuthorizer::checksRunSideBySide()
{
    // One user's password dialog stays open; another caller's read is answered meanwhile.
    auto authorizer = makeAuthorizer();
    Outcome dialog, reader;
    authorizer->authorize(QStringLiteral("silent"), connectCaller(QStringLiteral("admin")), true, dialog.callback());
    authorizer->authorize(QStringLiteral("yes"), connectCaller(QStringLiteral("reader")), false, reader.callback());
    QTRY_VERIFY(reader.decision);
    QVERIFY(reader.decision->allowed);
    QVERIFY(!dialog.decision);
    QCOMPARE(authorizer->pendingChecks(), 1);
}

void TestPolicyKitAuthorizer::aSilentPolkitTimesOutAndIsCancelled()
{
    PolicyKitAuthorizer::Limits limits;
    limits.timeoutMs = 300;
    auto authorizer = makeAuthorizer(limits);
    Outcome outcome;
    authorizer->authorize(QStringLiteral("silent"), connectCaller(QStringLiteral("caller")), false, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.decision.has_value(), 5000);
    QVERIFY(!outcome.decision->allowed);
    QCOMPARE(outcome.decision->reason, QStringLiteral("polkit did not answer about silent within 0.3 s"));
    QTRY_VERIFY(m_polkit.cancelled.contains(m_polkit.calls.value(0).cancellationId));
    QCOMPARE(authorizer->pendingChecks(), 0);
}

void TestPolicyKitAuthorizer::aCallerLeavingCancelsItsCheck()
{
    auto authorizer = makeAuthorizer();
    const QString leaving = connectCaller(QStringLiteral("leaving"));
    const QString staying = connectCaller(QStringLiteral("staying"));
    Outcome left, stays;
    authorizer->authorize(QStringLiteral("silent"), leaving, true, left.callback());
    authorizer->authorize(QStringLiteral("silent"), staying, true, stays.callback());
    QTRY_COMPARE(m_polkit.calls.size(), 2);
    QDBusConnection::disconnectFromBus(QStringLiteral("leaving"));
    m_callers.removeAll(QStringLiteral("leaving"));
    QTRY_VERIFY(left.decision);
    QVERIFY(!left.decision->allowed);
    QCOMPARE(left.decision->reason, QStringLiteral("the caller %1 has left the bus").arg(leaving));
    QTRY_VERIFY(m_polkit.cancelled.contains(m_polkit.calls.at(0).cancellationId));
    QVERIFY(!m_polkit.cancelled.contains(m_polkit.calls.at(1).cancellationId));
    QVERIFY(!stays.decision);
    QCOMPARE(authorizer->pendingChecks(), 1);

    // A caller that is gone before its check starts is refused without asking.
    Outcome gone;
    authorizer->authorize(QStringLiteral("yes"), leaving, false, gone.callback());
    QVERIFY(gone.decision);
    QVERIFY(!gone.decision->allowed);
    QCOMPARE(m_polkit.calls.size(), 2);
}

void TestPolicyKitAuthorizer::boundsRefuseBeforeAsking()
{
    PolicyKitAuthorizer::Limits limits;
    limits.perSender = 2;
    limits.perUser = 3; // every connection of this test is the same user
    limits.total = 100;
    auto authorizer = makeAuthorizer(limits);
    const QString first = connectCaller(QStringLiteral("first"));
    const QString second = connectCaller(QStringLiteral("second"));
    Outcome a, b, overSender, c, overUser;
    authorizer->authorize(QStringLiteral("silent"), first, true, a.callback());
    authorizer->authorize(QStringLiteral("silent"), first, true, b.callback());
    authorizer->authorize(QStringLiteral("silent"), first, true, overSender.callback());
    QVERIFY(overSender.decision);
    QCOMPARE(overSender.decision->reason, QStringLiteral("2 authorization checks of this connection are already waiting"));
    authorizer->authorize(QStringLiteral("silent"), second, true, c.callback());
    authorizer->authorize(QStringLiteral("silent"), second, true, overUser.callback());
    QVERIFY(overUser.decision);
    QCOMPARE(overUser.decision->reason, QStringLiteral("3 authorization checks of this user are already waiting"));
    QTRY_COMPARE(m_polkit.calls.size(), 3);
    QCOMPARE(authorizer->pendingChecks(), 3);
    QVERIFY(!a.decision && !b.decision && !c.decision);

    limits.total = 1;
    auto full = makeAuthorizer(limits);
    Outcome one, overTotal;
    full->authorize(QStringLiteral("silent"), first, true, one.callback());
    full->authorize(QStringLiteral("silent"), second, true, overTotal.callback());
    QVERIFY(overTotal.decision);
    QCOMPARE(overTotal.decision->reason, QStringLiteral("1 authorization checks are already waiting; try again later"));
}

QTEST_GUILESS_MAIN(TestPolicyKitAuthorizer)
#include "tst_policykitauthorizer.moc"
