// SPDX-License-Identifier: GPL-2.0-or-later
// /proc/net/ip_vs_conn is read by the privileged helper.
#include "connectiontable.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
    const ConnectionTable::ParseResult result = ConnectionTable::parse(text);
    ConnectionTable::Filter filter;
    filter.limit = 5;
    (void)ConnectionTable::listing(ConnectionTable::filter(result.entries, filter));
    return 0;
}
