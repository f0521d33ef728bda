// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

/// lvsctl's exit codes: distinct for "your input is wrong", "your command line is
/// wrong", "a file could not be read or written", and for the helper's answers.
enum LvsctlExit : int {
    ExitOk = 0,
    ExitInvalidInput = 1,
    ExitUsage = 2,
    ExitIoFailure = 3,
    ExitFailed = 4,        ///< the helper or the kernel refused the change
    ExitNotAuthorized = 5, ///< polkit said no
    ExitUnavailable = 6,   ///< no helper on the system bus, or no IPVS in the kernel
};

/// lvsctl's commands, each taking its own arguments (after the command name).
namespace LvsctlCommands {
struct Streams {
    QTextStream &out;
    QTextStream &err;
};

/// Runs "lvsctl ARGS..." (arguments without the program name).
int run(const QStringList &arguments, Streams streams);
}
