// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablereader.h"

#include "keepalivedreader.h"
#include "rulesparser.h"

#include <QSet>

QString TableReader::Diagnostic::toString() const
{
    return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
}

TableReader::Format TableReader::detect(QStringView text)
{
    // Words that start keepalived statements and never start an ipvsadm line.
    static const QSet<QString> keepalivedWords{
        QStringLiteral("virtual_server"), QStringLiteral("virtual_server_group"), QStringLiteral("global_defs"),
        QStringLiteral("vrrp_instance"),  QStringLiteral("vrrp_sync_group"),      QStringLiteral("vrrp_script"),
        QStringLiteral("static_ipaddress"), QStringLiteral("static_routes"),      QStringLiteral("include"),
        QStringLiteral("real_server"),
    };
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        const qsizetype end = line.indexOf(QLatin1Char(' '));
        const QStringView first = end < 0 ? line : line.left(end);
        if (keepalivedWords.contains(first.toString()))
            return Format::Keepalived;
    }
    return Format::Rules;
}

TableReader::Result TableReader::read(const QString &text, const QString &fileName)
{
    Result result;
    const QString shownName = fileName == QLatin1String("-") ? QStringLiteral("<stdin>") : fileName;
    result.format = detect(text);
    if (result.format == Format::Keepalived) {
        const KeepalivedReadResult read = KeepalivedReader::parse(text, fileName);
        result.table = read.table;
        for (const KeepalivedDiagnostic &error : read.errors)
            result.errors.append({error.file == QLatin1String("-") ? shownName : error.file, error.line, error.message});
        for (const KeepalivedDiagnostic &note : read.notes)
            result.notes.append({note.file == QLatin1String("-") ? shownName : note.file, note.line, note.message});
        return result;
    }
    const RulesParseResult parsed = RulesParser::parse(text);
    result.table = parsed.table;
    for (const RulesDiagnostic &error : parsed.errors)
        result.errors.append({shownName, error.line, error.message});
    return result;
}
