// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "realserverplan.h"

/// A Solaris real server's part: the how-to's Solaris 10 files, and ipadm for Solaris 11 and illumos.
namespace SolarisSetup {
QList<RealServerSetup::Snippet> realServer(const RealServerPlan &plan, const RealServerSetup::Options &options,
                                           QStringList &warnings);
}
