// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commands.h"

/// lvsctl simulate: the simulated kernel's picks for a scripted sequence of connections.
namespace SimulateCommand {
int run(const QStringList &arguments, LvsctlCommands::Streams streams);
}
