// SPDX-License-Identifier: GPL-2.0-or-later
// lvs-studio: the window. Argument parsing and wiring only.
#include "helperbackend.h"
#include "mainwindow.h"
#include "memorybackend.h"
#include "simulatedbackend.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lvs-studio"));
    QApplication::setOrganizationName(QStringLiteral("lvs-studio")); // ~/.config/lvs-studio/lvs-studio.conf
    QApplication::setApplicationDisplayName(QStringLiteral("LVS Studio"));
    // Wayland matches the window to its desktop entry (and icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lvsstudio.LVSStudio"));
    QApplication::setApplicationVersion(QStringLiteral(LVS_STUDIO_VERSION));
    Translator::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administer the Linux Virtual Server (IPVS)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to FILE (PNG) once loaded, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"), QApplication::translate("main", "Edit a table in memory, without a kernel or the helper."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Use the simulated kernel with the how-to's NAT table and traffic running."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QApplication::translate("main", "Open on this page: services, connections, kernel, setup or boot."),
        QStringLiteral("NAME"));
    parser.addOptions({screenshotOption, offlineOption, demoOption, pageOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A rules file, ipvsadm script or keepalived.conf to import."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // The helper when it is installed; otherwise the simulated kernel (the status bar
    // says which). --offline edits a table in memory with no kernel at all.
    std::unique_ptr<Backend> backend;
    SimulatedBackend *demo = nullptr;
    if (parser.isSet(offlineOption)) {
        backend = std::make_unique<MemoryBackend>();
    } else if (!parser.isSet(demoOption) && HelperBackend::isAvailable()) {
        backend = std::make_unique<HelperBackend>();
    } else {
        auto simulated = std::make_unique<SimulatedBackend>();
        if (parser.isSet(demoOption)) {
            simulated->load(SimulatedBackend::demoTable());
            demo = simulated.get();
        }
        backend = std::move(simulated);
    }

    // A screenshot shows the defaults, not this user's window.
    MainWindow window(backend.get(), parser.isSet(screenshotOption) ? MainWindow::SettingsUse::Defaults
                                                                    : MainWindow::SettingsUse::Remembered);

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.importFile(files.first()) && parser.isSet(screenshotOption))
        return 1;
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        std::fprintf(stderr, "lvs-studio: no page '%s' (there are: %s)\n", qPrintable(parser.value(pageOption)),
                     qPrintable(window.pageNames().join(QStringLiteral(", "))));
        return 2;
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        const bool demo = parser.isSet(demoOption);
        QObject::connect(&window, &MainWindow::firstTableShown, &window, [&window, path, demo] {
            // Time for the view to lay itself out; with --demo, for the traffic to draw
            // a few connections on the topology too.
            QTimer::singleShot(demo ? 1500 : 50, &window, [&window, path] {
                const bool saved = window.grab().save(path, "PNG");
                if (!saved)
                    std::fprintf(stderr, "lvs-studio: cannot write %s\n", qPrintable(path));
                QApplication::exit(saved ? 0 : 3);
            });
        });
    }
    if (demo) {
        // A minute of traffic at once, read every second, so the window opens on a busy
        // director: counts, totals, settled rates and a minute of charts.
        demo->warmUp(60000, 1000);
    }
    return app.exec();
}
