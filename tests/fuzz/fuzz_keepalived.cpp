// SPDX-License-Identifier: GPL-2.0-or-later
// keepalived.conf files come from users and from /etc/keepalived.
#include "keepalivedreader.h"
#include "keepalivedwriter.h"

#include <QHash>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Includes resolve to the input itself, so include loops are exercised too.
    const KeepalivedFiles files = KeepalivedFiles::memory({{QStringLiteral("keepalived.conf"), text}});
    const KeepalivedReadResult result = KeepalivedReader::parse(text, QStringLiteral("keepalived.conf"), files);
    if (!result.ok())
        return 0;
    const KeepalivedReadResult again = KeepalivedReader::parse(KeepalivedWriter::write(result.table),
                                                               QStringLiteral("again.conf"), files);
    if (!again.ok())
        std::abort();
    return 0;
}
