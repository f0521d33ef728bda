// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

/**
 * The kernel settings LVS Studio may read and change, and nothing else: forwarding, every
 * net.ipv4.vs.* the kernel exposes, and the real-server ARP settings (arp_ignore,
 * arp_announce, rp_filter) for all, default, lo and existing interfaces. Names are
 * checked against that list before anything touches /proc/sys, so a caller can never
 * name another file.
 */
class Sysctls
{
public:
    /// root: where the sysctl tree is (/proc/sys; tests use a directory of their own).
    /// persistFile: the drop-in written for --persist.
    explicit Sysctls(QString root = QStringLiteral("/proc/sys"),
                     QString persistFile = QStringLiteral("/etc/sysctl.d/90-lvs-studio.conf"));

    /// Why `name` is not allowed, or empty when it is.
    QString refusal(const QString &name) const;
    /// Why `value` cannot be written to `name`, or empty: every allowed setting is one integer.
    static QString valueRefusal(const QString &name, const QString &value);
    /// Every allowed name that exists here, with its value.
    QMap<QString, QString> readAll() const;
    bool read(const QString &name, QString *value, QString *error) const;
    /// Checks `value` (digits, at most 20 characters: every allowed setting is a number).
    bool write(const QString &name, const QString &value, QString *error) const;
    /// Records name = value in the drop-in file (replacing an earlier line for it),
    /// written atomically.
    bool persist(const QString &name, const QString &value, QString *error) const;

    QString persistFile() const { return m_persistFile; }

private:
    QString pathOf(const QString &name) const;

    QString m_root;
    QString m_persistFile;
};
