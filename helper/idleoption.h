// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

/// --idle-timeout SECONDS, which the helper, the lab service and the boot-file writer share.
namespace IdleOption {
/// The option; `when` completes "Exit after SECONDS without calls" for this program.
QCommandLineOption make(int defaultSeconds, const QString &when = {});
/// Its value in milliseconds; nothing, after saying why on standard error as `program`,
/// when it is not a whole number of seconds of at least 1 (toInt() would make "abc" 0,
/// and the program leave at once).
std::optional<int> milliseconds(const QCommandLineParser &parser, const QCommandLineOption &option, const char *program);
}
