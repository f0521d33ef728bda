// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "keepaliveddiagnostic.h"
#include "keepalivedfiles.h"

#include <QList>
#include <QString>
#include <QStringList>

/// One statement of a keepalived configuration: its words and, when it opens one, its block.
struct KeepalivedStatement {
    QStringList words; ///< quotes removed; never empty
    QString file;
    int line = 0;
    bool hasBlock = false;
    QList<KeepalivedStatement> children;

    const QString &keyword() const { return words.first(); }
};

/**
 * keepalived's configuration syntax, without meaning: lines, comments (`#` and `!`),
 * double-quoted words, `{` and `}` wherever they stand, and `include` (glob patterns,
 * relative to the including file, read through KeepalivedFiles), giving a tree of
 * statements that remember their file and line.
 *
 * Errors are syntax errors (unbalanced braces, an unterminated quote) and include
 * problems (a missing file, an include loop). Conditional lines are read as for a
 * director whose config-id no `@id` names: `@id ...` is skipped and `@^id ...` read,
 * each with a note. Parameter definitions (`$NAME=...`, `~SEQ`) are errors.
 */
namespace KeepalivedSyntax {
struct Result {
    QList<KeepalivedStatement> statements;
    QList<KeepalivedDiagnostic> errors;
    QList<KeepalivedDiagnostic> notes;
};

Result parse(const QString &text, const QString &fileName, const KeepalivedFiles &files);
}
