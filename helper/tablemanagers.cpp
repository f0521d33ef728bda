// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablemanagers.h"

#include <QDir>
#include <QFile>

QStringList TableManagers::running(const QString &procRoot)
{
    static const QStringList managers{QStringLiteral("keepalived"), QStringLiteral("ldirectord"),
                                      QStringLiteral("kube-proxy")};
    QStringList found;
    const QStringList entries = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile comm(procRoot + QLatin1Char('/') + entry + QStringLiteral("/comm"));
        if (!comm.open(QIODevice::ReadOnly))
            continue; // the process may have gone meanwhile
        const QString name = QString::fromUtf8(comm.readAll()).trimmed();
        if (managers.contains(name) && !found.contains(name))
            found.append(name);
    }
    found.sort();
    return found;
}
