// SPDX-License-Identifier: GPL-2.0-or-later
#include "batchrecord.h"

#include "atomicfile.h"
#include "changebatch.h"
#include "tablesnapshot.h"

#include <QDataStream>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace {
constexpr char magic[] = "LVSR";
constexpr quint32 version = 1;
constexpr quint32 unknownUid = 0xffffffffu;
// The largest batch the helper takes (16 MiB) and a table of the same order: a note
// larger than this was not written by a helper.
constexpr qint64 maxNoteSize = 64 * 1024 * 1024;

const QString inProgressName = QStringLiteral("batch-in-progress");
const QString interruptedName = QStringLiteral("batch-interrupted");

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

BatchRecord::BatchRecord(const QString &directory)
    : m_directory(directory)
{
}

QString BatchRecord::inProgressPath() const
{
    return m_directory + QLatin1Char('/') + inProgressName;
}

QString BatchRecord::interruptedPath() const
{
    return m_directory + QLatin1Char('/') + interruptedName;
}

bool BatchRecord::ensureDirectory(QString *error) const
{
    // The unit's RuntimeDirectory= makes it; a helper started by a bare dbus-daemon makes
    // it itself, for root's eyes only, as the unit's RuntimeDirectoryMode= says.
    if (::mkdir(QFile::encodeName(m_directory).constData(), 0700) == 0 || errno == EEXIST)
        return true;
    *error = QStringLiteral("cannot make %1: %2").arg(m_directory, systemError());
    return false;
}

bool BatchRecord::begin(const Batch &batch, QString *error) const
{
    if (!isEnabled())
        return true;
    QString why;
    if (!ensureDirectory(&why) || !AtomicFile::write(inProgressPath(), encode(batch), false, &why)) {
        *error = QStringLiteral("cannot note the batch before applying it (%1), so a helper stopped in its middle "
                                "could not report it")
                     .arg(why);
        return false;
    }
    return true;
}

void BatchRecord::end() const
{
    if (isEnabled() && !QFile::remove(inProgressPath()) && QFile::exists(inProgressPath()))
        std::fprintf(stderr, "lvs-studio-helper: cannot remove %s: the next helper will report a batch that ended\n",
                     qPrintable(inProgressPath()));
}

std::optional<QString> BatchRecord::adoptLeftNote() const
{
    if (!isEnabled() || !QFile::exists(inProgressPath()))
        return std::nullopt;
    const bool replacing = QFile::exists(interruptedPath());
    // rename(2) replaces an older record in one step.
    if (::rename(QFile::encodeName(inProgressPath()).constData(), QFile::encodeName(interruptedPath()).constData()) != 0)
        return QStringLiteral("a batch was cut short when the previous helper stopped, but %1 cannot be moved to %2: %3")
            .arg(inProgressPath(), interruptedPath(), systemError());
    const std::optional<Interrupted> found = interrupted();
    const QString what = found && found->batch ? describe(*found->batch) : QStringLiteral("a batch");
    return QStringLiteral("%1 was cut short: the previous helper stopped before it ended (killed, out of memory or "
                          "crashed). `lvsctl interrupted` shows what it left; %2%3")
        .arg(what, interruptedPath(),
             replacing ? QStringLiteral(" replaces the record of an earlier one") : QStringLiteral(" keeps the record"));
}

std::optional<BatchRecord::Interrupted> BatchRecord::interrupted() const
{
    if (!isEnabled())
        return std::nullopt;
    QFile file(interruptedPath());
    if (!file.exists())
        return std::nullopt;
    Interrupted found;
    if (!file.open(QIODevice::ReadOnly)) {
        found.unreadable = QStringLiteral("%1 cannot be read: %2").arg(file.fileName(), file.errorString());
        return found;
    }
    if (file.size() > maxNoteSize) {
        found.unreadable = QStringLiteral("%1 has %2 bytes, more than a helper writes (%3)")
                               .arg(file.fileName())
                               .arg(file.size())
                               .arg(maxNoteSize);
        return found;
    }
    Batch batch;
    QString why;
    if (decode(file.readAll(), &batch, &why))
        found.batch = batch;
    else
        found.unreadable = QStringLiteral("%1 cannot be read: %2").arg(file.fileName(), why);
    return found;
}

bool BatchRecord::forgetInterrupted(QString *error) const
{
    if (!isEnabled() || QFile::remove(interruptedPath()) || !QFile::exists(interruptedPath()))
        return true;
    *error = QStringLiteral("cannot remove %1: %2").arg(interruptedPath(), systemError());
    return false;
}

QByteArray BatchRecord::encode(const Batch &batch)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out.writeRawData(magic, 4);
    out << version << qint64(batch.started.toMSecsSinceEpoch()) << quint32(batch.callerUid.value_or(unknownUid))
        << batch.callerName << TableSnapshot::encode(batch.before) << ChangeBatch::encode(batch.changes);
    return bytes;
}

bool BatchRecord::decode(const QByteArray &bytes, Batch *batch, QString *error)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    char head[4] = {};
    if (in.readRawData(head, 4) != 4 || std::memcmp(head, magic, 4) != 0) {
        *error = QStringLiteral("it does not begin with LVSR: not a batch record");
        return false;
    }
    quint32 readVersion = 0;
    qint64 started = 0;
    quint32 uid = unknownUid;
    QString callerName;
    QByteArray table;
    QByteArray changes;
    in >> readVersion;
    if (in.status() == QDataStream::Ok && readVersion != version) {
        *error = QStringLiteral("it is version %1; this helper reads version %2").arg(readVersion).arg(version);
        return false;
    }
    in >> started >> uid >> callerName >> table >> changes;
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        *error = in.status() == QDataStream::Ok ? QStringLiteral("bytes follow the batch")
                                                : QStringLiteral("it ends before its batch does");
        return false;
    }
    Batch read;
    read.started = QDateTime::fromMSecsSinceEpoch(started, Qt::UTC);
    if (uid != unknownUid)
        read.callerUid = uid;
    read.callerName = callerName;
    QString why;
    if (!TableSnapshot::decode(table, &read.before, &why)) {
        *error = QStringLiteral("its table before the batch: ") + why;
        return false;
    }
    if (!ChangeBatch::decode(changes, &read.changes, &why)) {
        *error = QStringLiteral("its batch: ") + why;
        return false;
    }
    *batch = read;
    return true;
}

QString BatchRecord::describe(const Batch &batch)
{
    const QString who = batch.callerUid ? QStringLiteral("uid %1").arg(*batch.callerUid) : QStringLiteral("a caller");
    const QString changes = batch.changes.size() == 1 ? QStringLiteral("1 change")
                                                      : QStringLiteral("%1 changes").arg(batch.changes.size());
    return QStringLiteral("a batch of %1 that %2 began at %3")
        .arg(changes, who,
             batch.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
}
