// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tablechange.h"

#include <QString>

/// Which org.lvsstudio.Error a kernel refusal of a change becomes (from its errno).
namespace KernelErrors {
QString dbusErrorName(TableChange::Kind kind, int errnoValue);
}
