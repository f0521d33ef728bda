// SPDX-License-Identifier: GPL-2.0-or-later
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString systemError(const QString &what, const QString &path)
{
    return QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

bool writeAll(int fd, const QByteArray &contents)
{
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

QString temporaryPrefix(const QFileInfo &info)
{
    return QStringLiteral(".") + info.fileName() + QStringLiteral(".");
}

bool syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &contents, bool keepBackup, QString *error)
{
    const QFileInfo info(path);
    const QString directory = info.absolutePath();
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    QByteArray temporary = QFile::encodeName(directory + QLatin1Char('/') + temporaryPrefix(info) + QStringLiteral("XXXXXX"));

    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        *error = systemError(QStringLiteral("cannot create a temporary file in"), directory);
        return false;
    }
    // Keep the old file's mode and owner; new files are world-readable like
    // /etc/sysconfig/ipvsadm and belong to the helper (root).
    struct stat old {};
    const bool existed = ::stat(target.constData(), &old) == 0;
    if (existed && ::fchown(fd, old.st_uid, old.st_gid) != 0) {
        const int chownErrno = errno;
        ::close(fd);
        ::unlink(temporary.constData());
        errno = chownErrno;
        *error = QStringLiteral("%1 belongs to uid %2 gid %3, and its replacement could not keep that owner (%4); "
                                "it was left as it was")
                     .arg(path)
                     .arg(old.st_uid)
                     .arg(old.st_gid)
                     .arg(QString::fromLocal8Bit(std::strerror(chownErrno)));
        return false;
    }
    ::fchmod(fd, existed ? (old.st_mode & 07777) : 0644);

    const bool written = writeAll(fd, contents) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written) {
        ::unlink(temporary.constData());
        errno = savedErrno;
        *error = systemError(QStringLiteral("cannot write"), QFile::decodeName(temporary));
        return false;
    }
    if (keepBackup && existed) {
        // A hard link keeps the old contents under PATH.bak without copying them.
        const QByteArray backup = target + ".bak";
        ::unlink(backup.constData());
        if (::link(target.constData(), backup.constData()) != 0) {
            ::unlink(temporary.constData());
            *error = systemError(QStringLiteral("cannot keep a backup as"), QFile::decodeName(backup));
            return false;
        }
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        ::unlink(temporary.constData());
        *error = systemError(QStringLiteral("cannot replace"), path);
        return false;
    }
    if (!syncDirectory(directory)) {
        *error = systemError(QStringLiteral("cannot sync the directory"), directory);
        return false;
    }
    return true;
}

QStringList AtomicFile::removeLeftovers(const QString &path)
{
    const QFileInfo info(path);
    // mkostemp's six characters are letters and digits.
    const QRegularExpression ours(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(temporaryPrefix(info)) + QStringLiteral("[A-Za-z0-9]{6}")));
    QStringList removed;
    const QDir directory = info.absoluteDir();
    const QStringList candidates =
        directory.entryList({temporaryPrefix(info) + QStringLiteral("??????")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : candidates) {
        if (!ours.match(name).hasMatch())
            continue;
        const QString leftover = directory.filePath(name);
        if (QFile::remove(leftover))
            removed.append(leftover);
    }
    return removed;
}
