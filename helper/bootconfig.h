// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QString>
#include <QStringList>

/**
 * The table restored at boot: /etc/sysconfig/ipvsadm, which Fedora's ipvsadm.service
 * restores at start (and overwrites with the live table when it stops), or
 * /etc/ipvsadm.rules on Debian. Written atomically, the previous version kept as .bak.
 */
class BootConfig
{
public:
    explicit BootConfig(QString path = defaultPath());

    /// /etc/sysconfig/ipvsadm where /etc/sysconfig exists, else /etc/ipvsadm.rules.
    static QString defaultPath();
    QString path() const { return m_path; }

    /// The file's text; *exists is false (and text empty) when there is none yet.
    bool read(QString *text, bool *exists, QString *error) const;
    /// Writes the table as ipvsadm -S -n rules.
    bool write(const IpvsTable &table, QString *error) const;
    /// What a person must know before relying on the file for `table`.
    QStringList warnings(const IpvsTable &table) const;

private:
    QString m_path;
};
