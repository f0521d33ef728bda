// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

/// Numbers as people read them in a busy table: "7.4", "21", "12.3k", "4.1M".
namespace HumanUnits {
/// Three significant figures at most, with k, M, G, T for thousands and up; a value
/// under 10 keeps one decimal, so a slow rate does not read as 0.
QString compact(double value);
}
