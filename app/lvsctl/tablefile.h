// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rulesparser.h"

#include <QString>

/// Reading the table files lvsctl is given: a path, or "-" for standard input.
namespace TableFile {
/// Reads the whole file as UTF-8. False, with *error naming the file and the reason, on failure.
bool read(const QString &path, QString *text, QString *error);
/// The name to print in diagnostics: the path, or "<stdin>" for "-".
QString displayName(const QString &path);
}
