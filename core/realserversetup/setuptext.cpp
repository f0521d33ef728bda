// SPDX-License-Identifier: GPL-2.0-or-later
#include "setuptext.h"

namespace {
// Wide enough for a sentence and a command, narrow enough for a terminal and a diff.
constexpr int textWidth = 80;
} // namespace

SetupText &SetupText::line(const QString &text)
{
    m_lines.append(text);
    return *this;
}

SetupText &SetupText::lines(const QStringList &texts)
{
    m_lines.append(texts);
    return *this;
}

SetupText &SetupText::blank()
{
    m_lines.append(QString());
    return *this;
}

SetupText &SetupText::comment(const QString &text)
{
    if (text.isEmpty()) {
        m_lines.append(QStringLiteral("#"));
        return *this;
    }
    wrapped(QStringLiteral("# "), QStringLiteral("# "), text);
    return *this;
}

SetupText &SetupText::bullet(const QString &text)
{
    wrapped(QStringLiteral("#   - "), QStringLiteral("#     "), text);
    return *this;
}

SetupText &SetupText::quoted(const QString &text)
{
    m_lines.append(QStringLiteral("#     ") + text);
    return *this;
}

SetupText &SetupText::scriptStart(const QStringList &commentParagraphs, bool stopOnError)
{
    line(QStringLiteral("#!/bin/sh"));
    for (qsizetype i = 0; i < commentParagraphs.size(); ++i) {
        if (i > 0)
            comment(QString());
        comment(commentParagraphs.at(i));
    }
    if (stopOnError)
        line(QStringLiteral("set -e"));
    return *this;
}

SetupText &SetupText::placeholderGuard(const QStringList &placeholders)
{
    if (placeholders.isEmpty())
        return *this;
    // A half-applied setup is worse than none: stop before the first change.
    line(QStringLiteral("echo \"Replace %1 in this script first.\" >&2")
             .arg(placeholders.join(QStringLiteral(" and "))));
    line(QStringLiteral("exit 1"));
    return *this;
}

QString SetupText::text() const
{
    if (m_lines.isEmpty())
        return {};
    return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void SetupText::wrapped(const QString &firstPrefix, const QString &nextPrefix, const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString current = firstPrefix;
    bool empty = true;
    for (const QString &word : words) {
        if (!empty && current.size() + 1 + word.size() > textWidth) {
            m_lines.append(current);
            current = nextPrefix;
            empty = true;
        }
        if (!empty)
            current += QLatin1Char(' ');
        current += word;
        empty = false;
    }
    m_lines.append(current);
}

QString SetupWords::netmask(int prefixLength)
{
    const std::uint32_t mask = prefixLength <= 0 ? 0u : ~std::uint32_t(0) << (32 - prefixLength);
    return IpAddress::fromV4(mask).toString();
}

QString SetupWords::hexNetmask(int prefixLength)
{
    const std::uint32_t mask = prefixLength <= 0 ? 0u : ~std::uint32_t(0) << (32 - prefixLength);
    return QStringLiteral("0x%1").arg(mask, 8, 16, QLatin1Char('0'));
}

QString SetupWords::broadcast(const IpAddress &address, int prefixLength)
{
    const std::uint32_t mask = prefixLength <= 0 ? 0u : ~std::uint32_t(0) << (32 - prefixLength);
    return IpAddress::fromV4(address.v4() | ~mask).toString();
}

QString SetupWords::hostPrefix(const IpAddress &address)
{
    return address.toString() + (address.isV6() ? QStringLiteral("/128") : QStringLiteral("/32"));
}

QString SetupWords::portWords(const VirtualService &service)
{
    if (service.isFirewallMark())
        return QStringLiteral("the ports firewall mark %1 selects").arg(service.firewallMark);
    if (service.port == 0)
        return QStringLiteral("every %1 port").arg(Protocols::name(service.protocol));
    return QStringLiteral("%1 port %2").arg(Protocols::name(service.protocol)).arg(service.port);
}

QString SetupWords::joinedWords(const QStringList &words)
{
    if (words.size() <= 1)
        return words.value(0);
    return QStringList(words.mid(0, words.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ")
        + words.last();
}

QString SetupWords::joinedAddresses(const QList<IpAddress> &addresses)
{
    QStringList words;
    for (const IpAddress &address : addresses)
        words.append(address.toString());
    return joinedWords(words);
}

QString SetupWords::familyName(IpAddress::Family family)
{
    return family == IpAddress::Family::V6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}
