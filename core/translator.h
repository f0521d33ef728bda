// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLocale>
#include <QString>

/**
 * Installs LVS Studio's catalogue (lvs-studio_<lang>.qm, compiled from translations/ and
 * embedded in each program under :/i18n) and Qt's own for the standard dialogs' buttons,
 * for the user's locale. Both programs call it before they build any text.
 */
namespace Translator {
/// The locale's catalogue, if there is one; true when LVS Studio's own was found.
bool install(const QLocale &locale = QLocale::system(), const QString &directory = QStringLiteral(":/i18n"));
}
