// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "validation.h"

#include <QHash>
#include <QLabel>

/// Shows core's validation messages beside the fields they are about.
class FieldErrors
{
public:
    /// A label (hidden until needed) for `field`, to put beside its widget.
    QLabel *labelFor(ValidationIssue::Field field);
    /// Shows the issues; each field's label gets its messages, the rest are hidden.
    /// Messages lose their "real server X: " prefix, which the dialog's title says.
    void show(const QList<ValidationIssue> &issues);

private:
    QHash<ValidationIssue::Field, QLabel *> m_labels;
};
