// SPDX-License-Identifier: GPL-2.0-or-later
#include "shellwords.h"

#include <QCoreApplication>

std::optional<QStringList> ShellWords::split(QStringView line, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < line.size()
                       && QStringView(u"\"\\$`").contains(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else if (c == QLatin1Char('#') && !inWord) {
            break;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else {
            // A run of plain characters at once: most words are nothing else.
            qsizetype end = i + 1;
            while (end < line.size()) {
                const QChar next = line.at(end);
                if (next == QLatin1Char(' ') || next == QLatin1Char('\t') || next == QLatin1Char('\'')
                    || next == QLatin1Char('"') || next == QLatin1Char('\\'))
                    break;
                ++end;
            }
            word += line.sliced(i, end - i);
            i = end - 1;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        if (error)
            *error = QCoreApplication::translate("ShellWords", "unterminated %1 quote").arg(quote);
        return std::nullopt;
    }
    if (inWord)
        words.append(word);
    return words;
}
