// SPDX-License-Identifier: GPL-2.0-or-later
// lvs-studio: the window. Argument parsing and wiring only.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lvs-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("LVS Studio"));
    QApplication::setApplicationVersion(QStringLiteral(LVS_STUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administer the Linux Virtual Server (IPVS)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to FILE (PNG) once loaded, then exit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A rules file or ipvsadm script to show."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openFile(files.first()) && parser.isSet(screenshotOption))
        return 1;
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                std::fprintf(stderr, "lvs-studio: cannot write %s\n", qPrintable(path));
            QApplication::exit(saved ? 0 : 3);
        });
    }
    return app.exec();
}
