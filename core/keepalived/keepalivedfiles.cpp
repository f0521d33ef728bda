// SPDX-License-Identifier: GPL-2.0-or-later
#include "keepalivedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <glob.h>

#include <algorithm>

KeepalivedFiles KeepalivedFiles::disk()
{
    KeepalivedFiles files;
    files.glob = [](const QString &pattern) {
        QStringList paths;
        glob_t matches{};
        int flags = GLOB_MARK;
#ifdef GLOB_BRACE
        flags |= GLOB_BRACE; // keepalived globs with braces where glibc offers them
#endif
        if (::glob(QFile::encodeName(pattern).constData(), flags, nullptr, &matches) == 0) {
            for (size_t i = 0; i < matches.gl_pathc; ++i) {
                const QString path = QFile::decodeName(matches.gl_pathv[i]);
                // GLOB_MARK ends directories with '/': keepalived skips them, and so do we.
                if (!path.endsWith(QLatin1Char('/')))
                    paths.append(path);
            }
        }
        globfree(&matches);
        return paths;
    };
    files.read = [](const QString &path) -> std::optional<QString> {
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return QString::fromUtf8(file.readAll());
    };
    return files;
}

KeepalivedFiles KeepalivedFiles::memory(const QHash<QString, QString> &contents)
{
    QHash<QString, QString> cleaned;
    for (auto it = contents.cbegin(); it != contents.cend(); ++it)
        cleaned.insert(QDir::cleanPath(it.key()), it.value());

    KeepalivedFiles files;
    files.glob = [cleaned](const QString &pattern) {
        // Qt's wildcard conversion keeps '*' within one path component, as glob(3) does.
        const QRegularExpression expression(QRegularExpression::wildcardToRegularExpression(pattern));
        QStringList paths;
        for (auto it = cleaned.cbegin(); it != cleaned.cend(); ++it) {
            if (expression.match(it.key()).hasMatch())
                paths.append(it.key());
        }
        std::sort(paths.begin(), paths.end());
        return paths;
    };
    files.read = [cleaned](const QString &path) -> std::optional<QString> {
        const auto it = cleaned.constFind(QDir::cleanPath(path));
        if (it == cleaned.cend())
            return std::nullopt;
        return it.value();
    };
    return files;
}
