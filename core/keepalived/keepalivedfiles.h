// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/**
 * Where the keepalived reader finds the files an `include` names: the disk for real
 * use, a map of path to text for tests and for configurations held in memory.
 *
 * Paths reach these functions already made absolute or relative to the including
 * file's folder, and cleaned (QDir::cleanPath).
 */
struct KeepalivedFiles {
    /// The paths a glob pattern (`*`, `?`, `[...]`) matches, sorted as glob(3) sorts them.
    std::function<QStringList(const QString &pattern)> glob;
    /// A file's text, or nothing when it cannot be read.
    std::function<std::optional<QString>(const QString &path)> read;

    /// Regular files on disk; glob(3) with brace expansion where the C library has it.
    static KeepalivedFiles disk();
    /// Files held in memory, keyed by path; nothing else exists.
    static KeepalivedFiles memory(const QHash<QString, QString> &files);
};
