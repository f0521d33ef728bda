// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "realserverplan.h"

/// A FreeBSD real server's part: rc.conf lines and the same applied now.
namespace FreeBsdSetup {
QList<RealServerSetup::Snippet> realServer(const RealServerPlan &plan, const RealServerSetup::Options &options,
                                           QStringList &warnings);
}
