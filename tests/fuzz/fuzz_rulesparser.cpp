// SPDX-License-Identifier: GPL-2.0-or-later
// Rules files and ipvsadm scripts come from users and from /etc/sysconfig/ipvsadm.
#include "planner.h"
#include "rulesparser.h"
#include "ruleswriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const RulesParseResult result = RulesParser::parse(text);
    if (!result.ok())
        return 0;
    // What was accepted must write and read back to the same table.
    const RulesParseResult again = RulesParser::parse(RulesWriter::script(result.table));
    if (!again.ok() || !again.table.sameConfiguration(result.table))
        std::abort();
    if (!Planner::plan(result.table, again.table).isEmpty())
        std::abort();
    return 0;
}
