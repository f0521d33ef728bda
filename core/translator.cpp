// SPDX-License-Identifier: GPL-2.0-or-later
#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool Translator::install(const QLocale &locale, const QString &directory)
{
    // English is the source language: nothing to load (and nothing to probe on the disk,
    // which every lvsctl start would pay for).
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return false;
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("lvs-studio"), QStringLiteral("_"), directory)) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own catalogue (QDialogButtonBox's "Cancel" ...), where the distribution ships it.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}
