// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The table restored at boot, as the window sees it: Fedora's /etc/sysconfig/ipvsadm
 * (or Debian's /etc/ipvsadm.rules), in ipvsadm -S -n rules. The helper reads and writes
 * the real one; without a kernel the window keeps one in memory, so "Runtime to Boot"
 * can be tried and taught on the simulated kernel too.
 */
struct BootFile {
    QString path;
    bool exists = false;
    QString text;
    /// Debian only: AUTO in /etc/default/ipvsadm as its init script reads it, written
    /// AUTO="value". The script restores /etc/ipvsadm.rules at boot only with AUTO="true";
    /// the package ships AUTO="false". Empty where the file is not Debian's.
    QString debianAuto;

    /// What a person must know before relying on the file for `live`: Debian restores it
    /// only with AUTO="true", Fedora's service overwrites it at shutdown, and the format
    /// cannot hold thresholds, timeouts or sync daemons.
    static QStringList warnings(const QString &path, const IpvsTable &live, const QString &debianAuto = {});
    /// AUTO as Debian's /etc/init.d/ipvsadm sees it after sourcing `defaults` (the text of
    /// /etc/default/ipvsadm, empty when there is none), as AUTO="value": the last
    /// assignment's value, AUTO="false" (the script's own default) when there is none.
    static QString debianAutoSetting(const QString &defaults);

    /// How the file's table differs from `live`, rule by rule in ipvsadm -S -n form.
    struct Difference {
        QStringList errors;      ///< the file's mistakes ("line 3: ..."); then nothing is compared
        QStringList onlyAtBoot;  ///< rules the file has and the kernel has not
        QStringList onlyRunning; ///< rules the kernel has and the file has not
        bool same() const { return errors.isEmpty() && onlyAtBoot.isEmpty() && onlyRunning.isEmpty(); }
    };
    Difference compareWith(const IpvsTable &live) const;
    /// The file's table, when it reads without mistakes.
    std::optional<IpvsTable> table() const;
};

/// A boot file that lives in memory, for the backends without a kernel.
class InMemoryBootFile
{
public:
    BootFile read() const { return m_file; }
    /// Writes `live` as ipvsadm -S -n would; returns the path.
    QString save(const IpvsTable &live);

private:
    BootFile m_file{QStringLiteral("/etc/sysconfig/ipvsadm"), false, QString(), QString()};
};
