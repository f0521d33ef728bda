// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QString>
#include <QStringList>

#include <functional>

/**
 * The table restored at boot: /etc/sysconfig/ipvsadm, which Fedora's ipvsadm.service
 * restores at start (and overwrites with the live table when it stops), or
 * /etc/ipvsadm.rules on Debian, which its init script restores only when
 * /etc/default/ipvsadm (beside it) sets AUTO="true". Written atomically, the previous
 * version kept as .bak.
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
    /// The same, answering through `done` (an empty error when written). The form the
    /// helper uses, so that a writer outside its sandbox can answer later.
    void write(const IpvsTable &table, const std::function<void(const QString &error)> &done) const;
    /// Debian's layout: AUTO from default/ipvsadm beside the file (BootFile::debianAuto);
    /// empty in Fedora's.
    QString debianAuto() const;
    /// What a person must know before relying on the file for `table`.
    QStringList warnings(const IpvsTable &table) const;

private:
    QString m_path;
};
