// SPDX-License-Identifier: GPL-2.0-or-later
// lvs-studio-lab: the local lab (org.lvsstudio.Lab1), started by D-Bus activation through
// lvs-studio-lab.service. A program and unit of its own: building namespaces needs rights
// the helper's unit does not have (CAP_SYS_ADMIN, the host's mount namespace so that
// /run/netns is seen by ip netns and the next start). Wiring only.
#include "dbustypes.h"
#include "lab1adaptor.h"
#include "labservice.h"
#include "namespacelab.h"
#include "policykitauthorizer.h"
#include "idleoption.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    TerminationSignals::block();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lvs-studio-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LVS_STUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LVS Studio's local lab service (started by D-Bus activation)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption idleOption = IdleOption::make(60, QStringLiteral(" and without a lab"));
    parser.addOption(idleOption);
    parser.process(app);

    DBusTypes::registerTypes();
    PolicyKitAuthorizer authorizer(QDBusConnection::systemBus());
    NamespaceLab runner;
    LabService lab(runner, authorizer);
    new Lab1Adaptor(&lab);
    QDBusConnection bus = QDBusConnection::systemBus();
    const std::optional<int> idleMs = IdleOption::milliseconds(parser, idleOption, "lvs-studio-lab");
    if (!idleMs)
        return 2;
    lab.setIdleTimeout(*idleMs);
    // The lab's responders and director socket live in this process: it stays while a lab
    // exists. Otherwise the name goes first, so that a call from then on activates a new
    // one instead of reaching this one as it leaves; what had already arrived is answered.
    QTimer leaving;
    leaving.setInterval(50);
    QObject::connect(&leaving, &QTimer::timeout, &app, [&] {
        if (lab.isIdle()) {
            QCoreApplication::quit();
        } else if (lab.hasLab()) {
            // A call that came before the name went built a lab: this process must live
            // on with it, so it takes its name back (under systemd no other can hold it).
            leaving.stop();
            bus.registerService(QStringLiteral("org.lvsstudio.Lab1"));
            lab.setIdleTimeout(*idleMs);
        }
    });
    QObject::connect(&lab, &LabService::idle, &app, [&] {
        if (!lab.isIdle()) {
            lab.setIdleTimeout(*idleMs);
            return;
        }
        bus.unregisterService(QStringLiteral("org.lvsstudio.Lab1"));
        leaving.start();
    });

    // systemctl stop or shutdown: the lab goes with the service, so that no namespace
    // outlives it (the next start would remove them, but a shutdown has no next start).
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::requested, &app, [&] {
        bus.unregisterService(QStringLiteral("org.lvsstudio.Lab1"));
        for (const QString &removed : lab.shutDown())
            std::fprintf(stderr, "lvs-studio-lab: stopping: removed the namespace %s\n", qPrintable(removed));
        QCoreApplication::quit();
    });

    if (!bus.registerObject(QStringLiteral("/org/lvsstudio/Lab1"), &lab)) {
        std::fprintf(stderr, "lvs-studio-lab: cannot register the lab: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.lvsstudio.Lab1"))) {
        std::fprintf(stderr, "lvs-studio-lab: cannot own org.lvsstudio.Lab1: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    // A lab service killed with a lab running left its namespaces behind; owning the
    // name, this one knows that nobody else uses them now.
    for (const QString &leftover : lab.removeLeftovers())
        std::fprintf(stderr, "lvs-studio-lab: removed the namespace %s, left by a lab service that was stopped\n",
                     qPrintable(leftover));
    const int status = app.exec();
    // A connection table read still on the thread pool answers through the application's
    // event loop: let it end while the application exists.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
