// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

/// One thing said about a keepalived configuration: in which file, on which line, and what.
struct KeepalivedDiagnostic {
    QString file;
    int line = 0; ///< 1-based
    QString message;

    /// "keepalived.conf:12: message", as compilers and keepalived -t point at a line.
    QString toString() const;

    friend bool operator==(const KeepalivedDiagnostic &, const KeepalivedDiagnostic &) = default;
};
