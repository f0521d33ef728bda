// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commands.h"
#include "ipvstable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

/// What every lvsctl command shares: translation, its own command line, reading tables.
namespace CommandSupport {
/// The translation context of every lvsctl message, whichever command prints it ("lvsctl").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lvsctl)
};

/// Parses a command's own options (--help included). Returns an exit code when the
/// command must stop here (help shown, usage error), or -1 to go on. positionalCount
/// is the exact number of file arguments, or -1 for "any".
int parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                     const QString &help, LvsctlCommands::Streams streams, int positionalCount = 1);

/// Reads FILE (rules, ipvsadm script or keepalived.conf); prints every error as
/// FILE:LINE: message, and keepalived's notes as FILE:LINE: note: ... Returns an exit
/// code; *mistakes counts the errors.
int loadTable(const QString &path, IpvsTable *table, LvsctlCommands::Streams streams, int *mistakes = nullptr);
}
