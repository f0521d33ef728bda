// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysctls.h"

#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {
const QStringList arpSettings{QStringLiteral("arp_ignore"), QStringLiteral("arp_announce"), QStringLiteral("rp_filter")};

// Whole-string patterns: '$' alone also matches before a final newline ("eth0\n").
bool isInterfaceName(const QString &name)
{
    // The kernel's rule (dev_valid_name): 1..15 characters, no '/', ':' or blanks, not . or ..
    static const QRegularExpression valid(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.@-]{1,15}")));
    return valid.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..");
}

// The name as sysctl.d(5) must read it. A dotted name is split at every dot, so an
// interface with a dot in its name (eth0.100) needs the slash form, whose dots stay.
QString persistedKey(const QString &name)
{
    if (!name.startsWith(QLatin1String("net.ipv4.conf.")))
        return name;
    const QString setting = name.section(QLatin1Char('.'), -1);
    const QString interface = name.mid(14, name.size() - 14 - setting.size() - 1);
    if (!interface.contains(QLatin1Char('.')))
        return name;
    return QStringLiteral("net/ipv4/conf/") + interface + QLatin1Char('/') + setting;
}
} // namespace

Sysctls::Sysctls(QString root, QString persistFile)
    : m_root(std::move(root))
    , m_persistFile(std::move(persistFile))
{
}

QString Sysctls::pathOf(const QString &name) const
{
    // An interface name may contain dots (eth0.100): only the separators become '/'.
    if (name.startsWith(QLatin1String("net.ipv4.conf."))) {
        const QString setting = name.section(QLatin1Char('.'), -1);
        const QString interface = name.mid(14, name.size() - 14 - setting.size() - 1);
        return m_root + QStringLiteral("/net/ipv4/conf/") + interface + QLatin1Char('/') + setting;
    }
    return m_root + QLatin1Char('/') + QString(name).replace(QLatin1Char('.'), QLatin1Char('/'));
}

QString Sysctls::refusal(const QString &name) const
{
    // The longest name managed: net.ipv4.conf. + a 15-character interface + a setting.
    if (name.size() > 64)
        return QStringLiteral("a sysctl name of %1 characters is longer than any this helper manages (64)").arg(name.size());
    if (name == QLatin1String("net.ipv4.ip_forward") || name == QLatin1String("net.ipv6.conf.all.forwarding"))
        return {};
    const QStringList parts = name.split(QLatin1Char('.'));
    if (parts.size() == 4 && parts[0] == QLatin1String("net") && parts[1] == QLatin1String("ipv4")
        && parts[2] == QLatin1String("vs")) {
        static const QRegularExpression setting(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9_]{1,40}")));
        if (setting.match(parts[3]).hasMatch() && QFile::exists(pathOf(name)))
            return {};
        return QStringLiteral("%1 is not an IPVS setting this kernel has").arg(name);
    }
    // net.ipv4.conf.<interface>.<setting>; an interface name may itself contain dots.
    if (name.startsWith(QLatin1String("net.ipv4.conf.")) && parts.size() >= 5) {
        const QString setting = parts.last();
        const QString interface = name.mid(14, name.size() - 14 - setting.size() - 1);
        if (!arpSettings.contains(setting))
            return QStringLiteral("%1 is not one of the real-server settings arp_ignore, arp_announce, rp_filter").arg(name);
        if (!isInterfaceName(interface))
            return QStringLiteral("'%1' is not an interface name").arg(interface);
        if (!QFile::exists(pathOf(name)))
            return QStringLiteral("interface %1 does not exist").arg(interface);
        return {};
    }
    return QStringLiteral("%1 is not a setting LVS Studio manages (forwarding, net.ipv4.vs.*, ARP settings)").arg(name);
}

QMap<QString, QString> Sysctls::readAll() const
{
    QMap<QString, QString> values;
    QStringList names{QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("net.ipv6.conf.all.forwarding")};
    for (const QString &entry : QDir(m_root + QStringLiteral("/net/ipv4/vs")).entryList(QDir::Files))
        names.append(QStringLiteral("net.ipv4.vs.") + entry);
    for (const QString &interface : QDir(m_root + QStringLiteral("/net/ipv4/conf")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &setting : arpSettings)
            names.append(QStringLiteral("net.ipv4.conf.%1.%2").arg(interface, setting));
    }
    for (const QString &name : std::as_const(names)) {
        QString value, error;
        if (refusal(name).isEmpty() && read(name, &value, &error))
            values.insert(name, value);
    }
    return values;
}

bool Sysctls::read(const QString &name, QString *value, QString *error) const
{
    if (const QString why = refusal(name); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QFile file(pathOf(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(name, file.errorString());
        return false;
    }
    *value = QString::fromLatin1(file.readAll()).trimmed();
    return true;
}

QString Sysctls::valueRefusal(const QString &name, const QString &value)
{
    // Every setting managed takes one integer; a newline could add a line to sysctl.d.
    static const QRegularExpression number(QRegularExpression::anchoredPattern(QStringLiteral("-?[0-9]{1,19}")));
    if (value.size() > 20)
        return QStringLiteral("a value of %1 characters for %2 is not a number").arg(value.size()).arg(name);
    if (!number.match(value).hasMatch())
        return QStringLiteral("value '%1' for %2 is not a number").arg(value, name);
    return {};
}

bool Sysctls::write(const QString &name, const QString &value, QString *error) const
{
    if (const QString why = refusal(name); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (const QString why = valueRefusal(name, value); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QFile file(pathOf(name));
    // Unbuffered: the kernel validates the write itself and answers with an errno.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered | QIODevice::ExistingOnly)
        || file.write(value.toLatin1() + '\n') < 0) {
        *error = QStringLiteral("the kernel refused %1 = %2: %3").arg(name, value, file.errorString());
        return false;
    }
    return true;
}

bool Sysctls::persist(const QString &name, const QString &value, QString *error) const
{
    if (const QString why = refusal(name); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QStringList lines;
    QFile existing(m_persistFile);
    if (existing.open(QIODevice::ReadOnly))
        lines = QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        lines.append(QStringLiteral("# Written by LVS Studio; applied at boot by systemd-sysctl."));
    // A line in either form (the dotted one, as older versions wrote it, or the slash
    // one) is this setting's; the first is replaced, any other dropped.
    const QString key = persistedKey(name);
    const QString entry = key + QStringLiteral(" = ") + value;
    bool replaced = false;
    for (auto line = lines.begin(); line != lines.end();) {
        const QString lineKey = line->section(QLatin1Char('='), 0, 0).trimmed();
        if (lineKey != name && lineKey != key) {
            ++line;
        } else if (!replaced) {
            *line = entry;
            replaced = true;
            ++line;
        } else {
            line = lines.erase(line);
        }
    }
    if (!replaced)
        lines.append(entry);
    return AtomicFile::write(m_persistFile, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), false, error);
}
