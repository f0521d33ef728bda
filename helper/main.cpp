// SPDX-License-Identifier: GPL-2.0-or-later
// lvs-studio-helper: the privileged D-Bus service, started by D-Bus activation.
// Wiring only: the kernel, polkit and the service object live beside.
#include "helper1adaptor.h"
#include "helperservice.h"
#include "lab1adaptor.h"
#include "labservice.h"
#include "namespacelab.h"
#include "netlinkipvs.h"
#include "polkitauthorizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lvs-studio-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LVS_STUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LVS Studio's privileged helper (started by D-Bus activation)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout"),
                                        QStringLiteral("Exit after SECONDS without calls (default 60)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOption(idleOption);
    parser.process(app);

    DBusTypes::registerTypes();
    NetlinkIpvs kernel;
    PolkitAuthorizer authorizer;
    HelperService service(kernel, authorizer);
    new Helper1Adaptor(&service);
    const int idleMs = parser.value(idleOption).toInt() * 1000;
    service.setIdleTimeout(idleMs);
    NamespaceLab labRunner;
    LabService lab(labRunner, authorizer);
    new Lab1Adaptor(&lab);
    // The lab's responders and director socket live in this process: not while it exists.
    QObject::connect(&service, &HelperService::idle, &app, [&] {
        if (lab.isIdle())
            QCoreApplication::quit();
        else
            service.setIdleTimeout(idleMs);
    });

    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.registerObject(QStringLiteral("/org/lvsstudio/Helper1"), &service)) {
        std::fprintf(stderr, "lvs-studio-helper: cannot register the object: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    if (!bus.registerObject(QStringLiteral("/org/lvsstudio/Lab1"), &lab)) {
        std::fprintf(stderr, "lvs-studio-helper: cannot register the lab: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.lvsstudio.Helper1"))) {
        std::fprintf(stderr, "lvs-studio-helper: cannot own org.lvsstudio.Helper1: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    // A helper killed with a lab running left its namespaces behind; owning the name, this
    // one knows that nobody else uses them now.
    lab.removeLeftovers();
    return app.exec();
}
