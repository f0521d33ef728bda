// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * Replaces a file so that a crash at any moment leaves either the old file whole or the
 * new one whole: write a temporary file in the same directory, fsync it, rename it over
 * the old one, fsync the directory. Optionally keeps the old file as PATH.bak.
 */
namespace AtomicFile {
bool write(const QString &path, const QByteArray &contents, bool keepBackup, QString *error);
}
