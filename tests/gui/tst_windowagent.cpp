// SPDX-License-Identifier: GPL-2.0-or-later
// The window's lock and Apply answered by a real polkit agent: run inside the VM rig by
// tests/vm/checks/installed-agent.sh, as an unprivileged user in an active local
// session (logind, seat0), with the shipped policy and no rules.d file, and with
// pkttyagent registered for this process on a pty the script types into. There
// org.lvsstudio.read is "yes" and org.lvsstudio.modify "auth_admin_keep". Each function
// runs in a process of its own (the script names it): the agent is registered for one
// process, and polkit keeps a password for the process that gave it.
#include "dbuserrors.h"
#include "helperbackend.h"
#include "servicedialog.h"
#include "windowtesting.h"

#include <PolkitQt1/Authority>

#include <optional>

using namespace WindowTesting;

namespace {
/// Clicks the lock, as a user would, and waits for polkit's answer to the check it
/// starts (the agent's password, typed by the script, or its refusal).
PolkitQt1::Authority::Result clickTheLock(QAction *lock)
{
    std::optional<PolkitQt1::Authority::Result> answer;
    PolkitQt1::Authority *authority = PolkitQt1::Authority::instance();
    // Connected before the lock's own connection: this runs before its recheck.
    const QMetaObject::Connection connection =
        QObject::connect(authority, &PolkitQt1::Authority::checkAuthorizationFinished,
                         [&answer](PolkitQt1::Authority::Result result) { answer = result; });
    QElapsedTimer took;
    took.start();
    lock->trigger();
    // The interactive check waits for the person at the agent: up to the helper's 110 s.
    const bool answered = QTest::qWaitFor([&answer] { return answer.has_value(); }, 120000);
    QObject::disconnect(connection);
    qInfo("window agent: the lock's check was answered in %.1f s", took.elapsed() / 1000.0);
    if (!answered)
        qFatal("polkit did not answer the lock's check within 120 s");
    return *answer;
}

void addService(MainWindow &window, const char *rules)
{
    answerNextDialog<ServiceDialog>([rules](ServiceDialog *dialog) { dialog->setService(parseService(rules)); });
    window.action(QStringLiteral("newService"))->trigger();
    QVERIFY(window.session().hasPending());
}
} // namespace

class TestWindowAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unlockWithThePasswordThenApply();
    void wrongPasswordKeepsItLockedAndCancelRefusesApply();
};

void TestWindowAgent::unlockWithThePasswordThenApply()
{
    QVERIFY2(HelperBackend::isAvailable(), "the helper is not on the system bus");
    HelperBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window); // reading is allowed to the active local user, no agent asked
    const int servicesBefore = window.model().rowCount();
    QAction *lock = window.action(QStringLiteral("lock"));
    QVERIFY(lock);
    QCOMPARE(lock->text(), u"Unlock…"); // auth_admin_keep: polkit would ask

    QCOMPARE(clickTheLock(lock), PolkitQt1::Authority::Yes);
    // polkit kept the password for this process (auth_admin_keep): the lock shows it.
    QTRY_COMPARE_WITH_TIMEOUT(lock->text(), u"Unlocked", 30000);
    qInfo("window agent: the right password unlocked the lock");

    // Apply is checked by the helper for this process's bus name: the kept password
    // lets it through, and the agent is not asked again (the script counts its prompts).
    addService(window, "-A -t 10.77.0.1:80 -s wrr\n");
    QElapsedTimer took;
    took.start();
    applyAndWait(window, backend);
    qInfo("window agent: Apply after the unlock took %.1f s", took.elapsed() / 1000.0);
    QCOMPARE(window.model().rowCount(), servicesBefore + 1);
}

void TestWindowAgent::wrongPasswordKeepsItLockedAndCancelRefusesApply()
{
    QVERIFY2(HelperBackend::isAvailable(), "the helper is not on the system bus");
    HelperBackend backend;
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    const int servicesBefore = window.model().rowCount();
    QAction *lock = window.action(QStringLiteral("lock"));
    QVERIFY(lock);
    QCOMPARE(lock->text(), u"Unlock…");

    // A wrong password: polkit says no to this check, and the lock stays as it was,
    // still offering to ask (not "Locked": polkit would ask again).
    QVERIFY(clickTheLock(lock) != PolkitQt1::Authority::Yes);
    QCOMPARE(lock->text(), u"Unlock…");
    QVERIFY(lock->isEnabled());
    qInfo("window agent: the wrong password left the lock at \"%s\"", qPrintable(lock->text()));

    // Apply asks again (the agent's second prompt), and the script cancels it (Ctrl-C to
    // the agent): refused as not authorized, the edit still pending, the table as it was.
    addService(window, "-A -t 10.77.0.2:80 -s rr\n");
    QSignalSpy failed(&backend, &Backend::applyFailed);
    QSignalSpy applied(&backend, &Backend::applied);
    answerNextMessage(QStringLiteral("OK"), 120000); // the window's "Not Applied" box, after the agent
    QElapsedTimer took;
    took.start();
    window.action(QStringLiteral("apply"))->trigger();
    QVERIFY(failed.count() > 0 || failed.wait(120000));
    qInfo("window agent: Apply was refused in %.1f s: %s: %s", took.elapsed() / 1000.0,
          qPrintable(failed.first().at(0).toString()), qPrintable(failed.first().at(1).toString()));
    QCOMPARE(failed.first().at(0).toString(), DBusErrors::notAuthorized);
    QCOMPARE(applied.count(), 0);
    QVERIFY(window.session().hasPending());
    QSignalSpy read(&backend, &Backend::tableRead);
    backend.refresh();
    QVERIFY(read.count() > 0 || read.wait(30000));
    QCOMPARE(window.session().kernelTable().services.size(), servicesBefore);
}

QTEST_MAIN(TestWindowAgent)
#include "tst_windowagent.moc"
