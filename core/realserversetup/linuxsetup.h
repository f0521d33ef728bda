// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "realserverplan.h"

/// The Linux parts: the director's, and a Linux real server's.
namespace LinuxSetup {
QList<RealServerSetup::Snippet> director(const IpvsTable &table, const RealServerSetup::Options &options,
                                         QStringList &warnings);
QList<RealServerSetup::Snippet> realServer(const RealServerPlan &plan, const RealServerSetup::Options &options,
                                           QStringList &warnings);
}
