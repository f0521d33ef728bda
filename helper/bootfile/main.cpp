// SPDX-License-Identifier: GPL-2.0-or-later
// lvs-studio-bootfile: writes the boot file for the helper (org.lvsstudio.BootFile1),
// started by D-Bus activation through lvs-studio-bootfile.service. Wiring only.
#include "bootconfig.h"
#include "bootfile1adaptor.h"
#include "bootfileservice.h"
#include "idleoption.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    TerminationSignals::block();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lvs-studio-bootfile"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LVS_STUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes LVS Studio's boot file for its helper (started by D-Bus activation)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption idleOption = IdleOption::make(10);
    parser.addOption(idleOption);
    parser.process(app);
    const std::optional<int> idleMs = IdleOption::milliseconds(parser, idleOption, "lvs-studio-bootfile");
    if (!idleMs)
        return 2;

    QDBusConnection bus = QDBusConnection::systemBus();
    BootFileService service(BootConfig::defaultPath(), [bus](const QString &busName) -> std::optional<uint> {
        const QDBusReply<uint> uid = bus.interface()->serviceUid(busName);
        return uid.isValid() ? std::optional<uint>(uid.value()) : std::nullopt;
    });
    new BootFile1Adaptor(&service);
    service.setIdleTimeout(*idleMs);
    // The name goes first, so that a call from then on starts a new writer; a call that
    // arrived before it went is still answered by the event loop's last turns.
    QObject::connect(&service, &BootFileService::idle, &app, [&] {
        bus.unregisterService(QStringLiteral("org.lvsstudio.BootFile1"));
        QTimer::singleShot(50, &app, &QCoreApplication::quit);
    });

    // systemd stops a Type=dbus service that gave up its name, and at shutdown: a Write
    // under way runs to its end before the event loop reads the signal.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::requested, &app, &QCoreApplication::quit);

    if (!bus.registerObject(QStringLiteral("/org/lvsstudio/BootFile1"), &service)) {
        std::fprintf(stderr, "lvs-studio-bootfile: cannot register the object: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.lvsstudio.BootFile1"))) {
        std::fprintf(stderr, "lvs-studio-bootfile: cannot own org.lvsstudio.BootFile1: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    for (const QString &leftover : service.removeLeftovers())
        std::fprintf(stderr, "lvs-studio-bootfile: removed %s, left by a write that was cut short\n",
                     qPrintable(leftover));
    return app.exec();
}
