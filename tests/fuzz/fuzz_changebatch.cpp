// SPDX-License-Identifier: GPL-2.0-or-later
// The helper decodes the change batch any caller on the system bus may send to Apply,
// before polkit is asked: it must decode or be refused with a message, never crash,
// and what decodes must encode back to itself.
#include "changebatch.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<TableChange> changes;
    QString error;
    if (!ChangeBatch::decode(bytes, &changes, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QByteArray again = ChangeBatch::encode(changes);
    QList<TableChange> twice;
    if (!ChangeBatch::decode(again, &twice, &error) || ChangeBatch::encode(twice) != again)
        std::abort();
    // Each change is described alike: the first ones say all a large batch would.
    for (const TableChange &change : changes.first(std::min<qsizetype>(changes.size(), 256)))
        (void)change.describe();
    return 0;
}
