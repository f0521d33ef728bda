// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cstdio>

bool TableFile::read(const QString &path, QString *text, QString *error)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QCoreApplication::translate("TableFile", "%1: cannot open: %2").arg(displayName(path), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("TableFile", "%1: cannot read: %2").arg(displayName(path), file.errorString());
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder(bytes);
    if (decoder.hasError()) {
        *error = QCoreApplication::translate("TableFile", "%1: not UTF-8 text").arg(displayName(path));
        return false;
    }
    return true;
}

QString TableFile::displayName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
}
