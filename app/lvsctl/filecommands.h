// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commands.h"

/// The lvsctl commands that work on files only: no helper, no root.
namespace FileCommands {
int check(const QStringList &arguments, LvsctlCommands::Streams streams);
int convert(const QStringList &arguments, LvsctlCommands::Streams streams);
int plan(const QStringList &arguments, LvsctlCommands::Streams streams);
int realServerSetup(const QStringList &arguments, LvsctlCommands::Streams streams);
}
