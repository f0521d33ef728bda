// SPDX-License-Identifier: GPL-2.0-or-later
// The client reads the table snapshot the helper sends (GetTable); whatever arrives must
// decode or be refused with a message, and what decodes must encode back to itself.
#include "tablesnapshot.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    IpvsTable table;
    QString error;
    if (!TableSnapshot::decode(bytes, &table, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    IpvsTable again;
    if (!TableSnapshot::decode(TableSnapshot::encode(table), &again, &error)
        || TableSnapshot::encode(again) != TableSnapshot::encode(table))
        std::abort();
    return 0;
}
