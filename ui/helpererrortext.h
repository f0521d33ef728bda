// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

/**
 * The helper answers in English with a D-Bus error name (DBusErrors). The window says
 * what the name means in the user's language and keeps the helper's own sentence, which
 * names the failing change and the kernel's reason, as the detail.
 */
namespace HelperErrorText {
/// One translated sentence for the error name; empty for a name the helper never sends.
QString headline(const QString &errorName);
/// The headline, then the helper's message; just the message for an unknown name.
QString describe(const QString &errorName, const QString &message);
}
