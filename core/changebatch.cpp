// SPDX-License-Identifier: GPL-2.0-or-later
#include "changebatch.h"

#include "compactcodec.h"

namespace {
using CompactCodec::Reader;
using CompactCodec::Writer;
using Kind = TableChange::Kind;
constexpr char magic[4] = {'L', 'V', 'S', 'C'};
constexpr std::uint64_t version = 1;

bool isServerChange(Kind kind)
{
    return kind == Kind::AddServer || kind == Kind::EditServer || kind == Kind::DeleteServer;
}

} // namespace

QByteArray ChangeBatch::encode(const QList<TableChange> &changes)
{
    using u64 = std::uint64_t;
    Writer out(16 + changes.size() * 40);
    out.raw(magic, sizeof magic);
    out << version << u64(changes.size());
    for (const TableChange &change : changes) {
        out << u64(change.kind);
        if (change.kind == Kind::SetTimeouts) {
            out << change.timeouts.tcp << change.timeouts.tcpFin << change.timeouts.udp;
            continue;
        }
        CompactCodec::writeServiceConfiguration(out, change.service);
        if (isServerChange(change.kind))
            CompactCodec::writeRealServerConfiguration(out, change.server);
    }
    return out.take();
}

bool ChangeBatch::decode(const QByteArray &bytes, QList<TableChange> *changes, QString *error)
{
    Reader in(bytes);
    char header[sizeof magic] = {};
    if (in.bytes(header, sizeof header) && !std::equal(header, header + sizeof header, magic))
        in.fail(QStringLiteral("it is not an LVS Studio change batch"));
    const std::uint64_t format = in.varint();
    if (in.ok() && format != version)
        in.fail(QStringLiteral("it is in format %1; this helper reads format %2").arg(format).arg(version));
    const quint32 count = in.count("changes");
    QList<TableChange> result;
    result.reserve(std::min<quint32>(count, 65536));
    quint32 index = 0;
    for (; index < count && in.ok(); ++index) {
        TableChange change;
        change.kind = in.enumeration<Kind>(std::uint64_t(Kind::SetTimeouts), "change kind");
        if (in.ok() && change.kind == Kind::SetTimeouts) {
            change.timeouts.tcp = in.number<std::uint32_t>("TCP timeout");
            change.timeouts.tcpFin = in.number<std::uint32_t>("TCP FIN timeout");
            change.timeouts.udp = in.number<std::uint32_t>("UDP timeout");
        } else if (in.ok()) {
            CompactCodec::readServiceConfiguration(in, change.service);
            if (isServerChange(change.kind))
                CompactCodec::readRealServerConfiguration(in, change.server);
        }
        result.append(change);
    }
    if (in.ok() && !in.atEnd())
        in.fail(QStringLiteral("it has bytes after the last change"));
    if (!in.ok()) {
        *error = index > 0 && index <= count
            ? QStringLiteral("the change batch cannot be read: change %1 of %2: %3").arg(index).arg(count).arg(in.problem())
            : QStringLiteral("the change batch cannot be read: %1").arg(in.problem());
        return false;
    }
    *changes = std::move(result);
    return true;
}
