// SPDX-License-Identifier: GPL-2.0-or-later
// lvs-studio-helper: the privileged D-Bus service, started by D-Bus activation.
// Wiring only: the kernel, polkit and the service object live beside.
#include "bootfileclient.h"
#include "helper1adaptor.h"
#include "helperservice.h"
#include "netlinkipvs.h"
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
    QCoreApplication::setApplicationName(QStringLiteral("lvs-studio-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LVS_STUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LVS Studio's privileged helper (started by D-Bus activation)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption idleOption = IdleOption::make(60);
    parser.addOption(idleOption);
    // Given by the installed unit, whose sandbox keeps /etc read-only: the boot file is
    // written by org.lvsstudio.BootFile1 instead. Without it (a bare dbus-daemon, a
    // developer's bus) the helper writes the file itself.
    const QCommandLineOption bootFileServiceOption(
        QStringLiteral("boot-file-service"),
        QStringLiteral("Write the boot file through org.lvsstudio.BootFile1, not directly."));
    parser.addOption(bootFileServiceOption);
    parser.process(app);

    DBusTypes::registerTypes();
    NetlinkIpvs kernel;
    PolicyKitAuthorizer authorizer(QDBusConnection::systemBus());
    HelperPaths paths;
    paths.runtimeDirectory = BatchRecord::defaultDirectory();
    HelperService service(kernel, authorizer, paths);
    new Helper1Adaptor(&service);
    BootFileClient bootFileWriter(QDBusConnection::systemBus());
    if (parser.isSet(bootFileServiceOption))
        service.writeBootFileThrough(&bootFileWriter);
    const std::optional<int> idleMs = IdleOption::milliseconds(parser, idleOption, "lvs-studio-helper");
    if (!idleMs)
        return 2;
    service.setIdleTimeout(*idleMs);
    QDBusConnection bus = QDBusConnection::systemBus();
    // The name goes first, so that a call from then on activates a new helper instead of
    // reaching this one as it leaves; what had already arrived is answered.
    QTimer leaving;
    leaving.setInterval(50);
    QObject::connect(&leaving, &QTimer::timeout, &app, [&] {
        if (!service.isBusy())
            QCoreApplication::quit();
    });
    const auto leave = [&] {
        bus.unregisterService(QStringLiteral("org.lvsstudio.Helper1"));
        leaving.start();
    };
    QObject::connect(&service, &HelperService::idle, &app, leave);
    // systemctl stop or shutdown: as on idle. A batch under way had finished (or was
    // rolled back) before the event loop read the signal.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::requested, &app, leave);

    if (!bus.registerObject(QStringLiteral("/org/lvsstudio/Helper1"), &service)) {
        std::fprintf(stderr, "lvs-studio-helper: cannot register the object: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.lvsstudio.Helper1"))) {
        std::fprintf(stderr, "lvs-studio-helper: cannot own org.lvsstudio.Helper1: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    // The bus name is ours, so no other helper is applying a batch: a note of one under
    // way is what a stopped helper left.
    if (const std::optional<QString> interrupted = service.adoptInterruptedBatch())
        std::fprintf(stderr, "lvs-studio-helper: %s\n", qPrintable(*interrupted));
    for (const QString &leftover : service.removeLeftoverFiles())
        std::fprintf(stderr, "lvs-studio-helper: removed %s, left by a write that was cut short\n", qPrintable(leftover));
    const int status = app.exec();
    // A connection table read still on the thread pool answers through the application's
    // event loop: let it end while the application exists.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
