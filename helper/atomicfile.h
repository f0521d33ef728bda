// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * Replaces a file so that a crash at any moment leaves either the old file whole or the
 * new one whole: write a temporary file in the same directory, fsync it, rename it over
 * the old one, fsync the directory. Optionally keeps the old file as PATH.bak.
 *
 * The new file keeps the old one's mode, owner and group; when the owner cannot be kept
 * (the helper's unit holds no CAP_CHOWN, so a file root does not own), nothing is
 * written and the error says so. An SELinux label is not carried over: the new file has
 * the label the policy gives new files in its directory, which can differ from the old
 * file's. Copying it needs libselinux and a machine running SELinux to test it on; these
 * run none, so it is left undone.
 */
namespace AtomicFile {
bool write(const QString &path, const QByteArray &contents, bool keepBackup, QString *error);

/// Removes the temporary files a write cut short (a crash between creating and renaming)
/// left beside `path`: only names of the form .NAME.XXXXXX that write() makes. Returns
/// the paths removed.
QStringList removeLeftovers(const QString &path);
}
