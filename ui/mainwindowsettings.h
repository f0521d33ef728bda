// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

/// What the main window keeps with QSettings, and the choices its View menu offers.
namespace MainWindowSettings {
inline const QString geometryKey = QStringLiteral("window/geometry");
inline const QString stateKey = QStringLiteral("window/state");
inline const QString headerKey = QStringLiteral("window/treeHeader");
inline const QString refreshKey = QStringLiteral("view/refreshIntervalMs");
inline const QString bitsKey = QStringLiteral("view/throughputInBits");
inline const QString hideIdleKey = QStringLiteral("view/hideIdle");
inline const QString spanKey = QStringLiteral("view/chartSpanMs");

inline constexpr int refreshChoicesMs[] = {500, 1000, 2000, 5000, 10000};
inline constexpr int spanChoicesMinutes[] = {1, 5, 10};
}
