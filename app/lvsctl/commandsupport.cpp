// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandsupport.h"

#include "tablefile.h"
#include "tablereader.h"

using CommandSupport::Tr;

int CommandSupport::parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                     const QString &help, LvsctlCommands::Streams streams, int positionalCount)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(helpOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("lvsctl")} + arguments)) {
        streams.err << "lvsctl " << command << ": " << parser.errorText() << "\n"
                    << Tr::tr("Try 'lvsctl %1 --help'.").arg(command) << "\n";
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        streams.out << help;
        return ExitOk;
    }
    if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount) {
        streams.err << "lvsctl " << command << ": "
                    << (positionalCount == 1 ? Tr::tr("expected exactly one FILE argument (- for standard input)")
                                             : Tr::tr("expected %1 file arguments").arg(positionalCount))
                    << "\n"
                    << Tr::tr("Try 'lvsctl %1 --help'.").arg(command) << "\n";
        return ExitUsage;
    }
    return -1;
}

int CommandSupport::loadTable(const QString &path, IpvsTable *table, LvsctlCommands::Streams streams, int *mistakes)
{
    QString text, error;
    if (!TableFile::read(path, &text, &error)) {
        streams.err << "lvsctl: " << error << "\n";
        return ExitIoFailure;
    }
    const TableReader::Result result = TableReader::read(text, path);
    for (const TableReader::Diagnostic &note : result.notes)
        streams.err << note.file << ':' << note.line << ": " << Tr::tr("note: %1").arg(note.message) << "\n";
    for (const TableReader::Diagnostic &diagnostic : result.errors)
        streams.err << diagnostic.toString() << "\n";
    if (mistakes)
        *mistakes = int(result.errors.size());
    *table = result.table;
    return result.ok() ? ExitOk : ExitInvalidInput;
}
