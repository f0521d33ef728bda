// SPDX-License-Identifier: GPL-2.0-or-later
// /proc/net/ip_vs_conn is read by the privileged helper: whole (the window's tests and
// the simulation) and page by page, line by line (GetConnections), where lines outside
// the page are judged from their bytes. Both readings must agree on every input.
#include "connectiontable.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ConnectionTable::ParseResult result = ConnectionTable::parse(QString::fromLatin1(bytes));
    ConnectionTable::Filter filter;
    filter.limit = 5;
    (void)ConnectionTable::listing(ConnectionTable::filter(result.entries, filter));

    // A filter on the service (IPv4 at 192.168.10.254:80, as the seeds' NAT lab), read
    // from the second match on. A line longer than the page reader's buffer is read
    // differently on purpose, and the bytes-only judgement knows the kernel's spaces,
    // not the tabs or carriage returns a whole parse trims: the kernel writes neither.
    for (const char control : {'\0', '\t', '\r', '\v', '\f'})
        if (bytes.contains(control))
            return 0;
    for (const QByteArray &line : bytes.split('\n'))
        if (line.size() >= 510)
            return 0;
    ConnectionTable::Filter service;
    service.virtualAddress = IpAddress::fromV4(0xc0a80afeu);
    service.virtualPort = 80;
    const QList<ConnectionEntry> expected = ConnectionTable::filter(result.entries, service);
    QBuffer file;
    file.setData(bytes);
    file.open(QIODevice::ReadOnly);
    const ConnectionTable::Page page = ConnectionTable::readPage(file, service, 1, 3);
    if (page.entries != expected.mid(1, 3))
        std::abort();
    return 0;
}
