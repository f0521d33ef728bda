// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tablechange.h"

#include <QString>

/// What a kernel refusal of a change means: which org.lvsstudio.Error it becomes, and
/// the sentence that names what was wrong ("service TCP 10.0.0.1:80 already exists").
namespace KernelErrors {
QString dbusErrorName(TableChange::Kind kind, int errnoValue);
QString explain(const TableChange &change, int errnoValue);
}
