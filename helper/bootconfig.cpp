// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootconfig.h"

#include "atomicfile.h"
#include "bootfileclient.h"
#include "bootfile.h"
#include "ruleswriter.h"

#include <QFile>
#include <QFileInfo>

BootConfig::BootConfig(QString path)
    : m_path(std::move(path))
{
}

QString BootConfig::defaultPath()
{
    return QFileInfo(QStringLiteral("/etc/sysconfig")).isDir() ? QStringLiteral("/etc/sysconfig/ipvsadm")
                                                                : QStringLiteral("/etc/ipvsadm.rules");
}

bool BootConfig::read(QString *text, bool *exists, QString *error) const
{
    QFile file(m_path);
    *exists = file.exists();
    text->clear();
    if (!*exists)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

bool BootConfig::write(const IpvsTable &table, QString *error) const
{
    return AtomicFile::write(m_path, RulesWriter::rules(table).toUtf8(), true, error);
}

void BootConfig::write(const IpvsTable &table, Done done) const
{
    if (m_writer) {
        m_writer->write(RulesWriter::rules(table), std::move(done));
        return;
    }
    QString error;
    if (write(table, &error))
        done(m_path, {});
    else
        done({}, error);
}

QString BootConfig::debianAuto() const
{
    const QFileInfo info(m_path);
    if (info.fileName() != QLatin1String("ipvsadm.rules"))
        return {};
    QFile defaults(info.absolutePath() + QStringLiteral("/default/ipvsadm"));
    // An unreadable file reads as none: the init script would not restore either.
    const QString text = defaults.open(QIODevice::ReadOnly) ? QString::fromUtf8(defaults.read(64 * 1024)) : QString();
    return BootFile::debianAutoSetting(text);
}

QStringList BootConfig::warnings(const IpvsTable &table) const
{
    return BootFile::warnings(m_path, table, debianAuto());
}
