// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

/**
 * What the director's kernel settings mean, for the Kernel page: forwarding and each
 * net.ipv4.vs.* sysctl with its default on Linux 6.1 and one line on what it does
 * (after the kernel's Documentation/networking/ipvs-sysctl.rst), and the presets
 * others rely on, with why.
 */
namespace KernelSettings {
struct Setting {
    QString name;        ///< "net.ipv4.vs.expire_nodest_conn"
    QString defaultValue;
    QString explanation; ///< translated
};

/// Every setting the page explains, forwarding first.
QList<Setting> all();
/// The explanation of one setting; an empty Setting (no name) when it is not known.
Setting find(const QString &name);

struct Preset {
    QString name;  ///< translated, e.g. "As kube-proxy sets them"
    QString why;   ///< translated
    QList<std::pair<QString, QString>> values;
};
QList<Preset> presets();

/// What the three timeouts do, with their defaults (900, 120, 300 s), for the page.
QString timeoutsExplanation();
}

/// Kernel settings kept in memory at their defaults, for the backends without a kernel.
class InMemorySysctls
{
public:
    InMemorySysctls();
    QMap<QString, QString> values() const { return m_values; }
    /// The reason it was refused (an unknown name, a value that is not a number), or
    /// nothing.
    QString set(const QString &name, const QString &value);

private:
    QMap<QString, QString> m_values;
};
