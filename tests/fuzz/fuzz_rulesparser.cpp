// SPDX-License-Identifier: GPL-2.0-or-later
// Rules files and ipvsadm scripts come from users and from /etc/sysconfig/ipvsadm; the
// helper reads /etc/default/ipvsadm beside Debian's rules file.
#include "bootfile.h"
#include "planner.h"
#include "rulesparser.h"
#include "ruleswriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString debianAuto = BootFile::debianAutoSetting(text);
    if (!debianAuto.startsWith(QLatin1String("AUTO=\"")) || !debianAuto.endsWith(QLatin1Char('"')))
        std::abort();
    const RulesParseResult result = RulesParser::parse(text);
    if (!result.ok())
        return 0;
    (void)BootFile::warnings(QStringLiteral("/etc/ipvsadm.rules"), result.table, debianAuto);
    // What was accepted must write and read back to the same table.
    const RulesParseResult again = RulesParser::parse(RulesWriter::script(result.table));
    if (!again.ok() || !again.table.sameConfiguration(result.table))
        std::abort();
    if (!Planner::plan(result.table, again.table).isEmpty())
        std::abort();
    return 0;
}
