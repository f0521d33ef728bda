// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipaddress.h"
#include "virtualservice.h"

#include <QString>
#include <QStringList>

/// Builds the text of a snippet: verbatim lines, and comments wrapped to 80 columns.
class SetupText
{
public:
    /// Placeholders for what the caller did not give; they make any command using them fail.
    static QString directorInsidePlaceholder() { return QStringLiteral("DIRECTOR_INSIDE_ADDRESS"); }
    static QString directorPlaceholder() { return QStringLiteral("DIRECTOR_ADDRESS"); }

    SetupText &line(const QString &text);
    SetupText &lines(const QStringList &texts);
    SetupText &blank();
    /// "# " + text, wrapped; an empty text gives a lone "#".
    SetupText &comment(const QString &text);
    /// "#   - " + text, wrapped with a hanging indent.
    SetupText &bullet(const QString &text);
    /// "#     " + text unwrapped: a command or a value quoted in a comment.
    SetupText &quoted(const QString &text);
    /// A "#!/bin/sh" script's opening: the shebang, its comment, "set -e" unless told not to,
    /// and a stop when a placeholder stands in a command.
    SetupText &scriptStart(const QStringList &commentParagraphs, bool stopOnError = true);
    /// When placeholders are used, a line that stops the script before it changes anything.
    SetupText &placeholderGuard(const QStringList &placeholders);

    bool isEmpty() const { return m_lines.isEmpty(); }
    QString text() const;

private:
    void wrapped(const QString &firstPrefix, const QString &nextPrefix, const QString &text);

    QStringList m_lines;
};

/// Words and numbers the generators share.
namespace SetupWords {
QString netmask(int prefixLength);    ///< 24 → "255.255.255.0"
QString hexNetmask(int prefixLength); ///< 32 → "0xffffffff"
QString broadcast(const IpAddress &address, int prefixLength);
/// "192.168.0.200/32", "2001:db8::200/128"
QString hostPrefix(const IpAddress &address);
/// "TCP port 80", "UDP port 53", "the ports firewall mark 1 selects"
QString portWords(const VirtualService &service);
/// "192.168.0.160, 192.168.0.170 and 192.168.0.180"
QString joinedAddresses(const QList<IpAddress> &addresses);
QString joinedWords(const QStringList &words);
QString familyName(IpAddress::Family family); ///< "IPv4", "IPv6"
}
