// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/**
 * Splits one line of a shell script into words the way sh would for the simple
 * commands found in ipvsadm scripts: blanks separate words, single and double quotes
 * group, a backslash escapes, and a word starting with # begins a comment.
 * Nothing is expanded or executed.
 */
namespace ShellWords {
/// nullopt (and *error) for an unterminated quote.
std::optional<QStringList> split(QStringView line, QString *error);
}
