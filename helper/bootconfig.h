// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QString>
#include <QStringList>

#include <functional>

class BootFileClient;

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
    /// The same, answering through `done` with the path written or an error: itself, or
    /// through the writer given to writeThrough(), which answers later.
    using Done = std::function<void(const QString &path, const QString &error)>;
    void write(const IpvsTable &table, Done done) const;
    /// Installed, the helper's unit keeps /etc read-only and this writer (a unit of its
    /// own, org.lvsstudio.BootFile1) writes the file; it writes the path it knows itself.
    void writeThrough(BootFileClient *writer) { m_writer = writer; }
    bool writesThroughService() const { return m_writer != nullptr; }
    /// Debian's layout: AUTO from default/ipvsadm beside the file (BootFile::debianAuto);
    /// empty in Fedora's.
    QString debianAuto() const;
    /// What a person must know before relying on the file for `table`.
    QStringList warnings(const IpvsTable &table) const;

private:
    QString m_path;
    BootFileClient *m_writer = nullptr;
};
