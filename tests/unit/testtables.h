// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rulesparser.h"

/// A table written as ipvsadm -S rules, for tests; a rule that does not parse is the
/// test's own mistake and stops it.
inline IpvsTable parseTable(const char *text)
{
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(text));
    if (!result.ok())
        qFatal("bad test table");
    return result.table;
}
