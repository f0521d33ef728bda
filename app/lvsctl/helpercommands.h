// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commands.h"

/// The lvsctl commands that reach the kernel through LVS Studio's helper (D-Bus, polkit).
namespace HelperCommands {
int list(const QStringList &arguments, LvsctlCommands::Streams streams);
int save(const QStringList &arguments, LvsctlCommands::Streams streams);
int restore(const QStringList &arguments, LvsctlCommands::Streams streams);
int generation(const QStringList &arguments, LvsctlCommands::Streams streams);
int zero(const QStringList &arguments, LvsctlCommands::Streams streams);
int clear(const QStringList &arguments, LvsctlCommands::Streams streams);
int timeout(const QStringList &arguments, LvsctlCommands::Streams streams);
int daemon(const QStringList &arguments, LvsctlCommands::Streams streams);
int connections(const QStringList &arguments, LvsctlCommands::Streams streams);
int sysctl(const QStringList &arguments, LvsctlCommands::Streams streams);
int boot(const QStringList &arguments, LvsctlCommands::Streams streams);
int interrupted(const QStringList &arguments, LvsctlCommands::Streams streams);
}
