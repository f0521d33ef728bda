// SPDX-License-Identifier: GPL-2.0-or-later
// lvsctl: the command-line face of LVS Studio. Wiring only; the commands live beside.
#include "commands.h"
#include "translator.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lvsctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LVS_STUDIO_VERSION));
    Translator::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = LvsctlCommands::run(app.arguments().mid(1), {out, err});
    out.flush();
    err.flush();
    if (std::ferror(stdout))
        return ExitIoFailure;
    return code;
}
