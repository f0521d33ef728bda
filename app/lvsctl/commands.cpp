// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "planner.h"
#include "rulesparser.h"
#include "ruleswriter.h"
#include "tablefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lvsctl", text, disambiguation, n);
}

const char *const overview = QT_TRANSLATE_NOOP("lvsctl",
    "Usage: lvsctl COMMAND [OPTIONS] [ARGUMENTS]\n"
    "\n"
    "Manage and convert Linux Virtual Server (IPVS) tables.\n"
    "\n"
    "Commands working on files (FILE may be - for standard input):\n"
    "  check FILE                     validate a rules file or ipvsadm script\n"
    "  convert --to rules|script FILE print the table FILE describes, as ipvsadm -S -n\n"
    "                                 rules or as an ipvsadm shell script\n"
    "  plan FROM TO                   the fewest ipvsadm commands that turn the table\n"
    "                                 FROM describes into the one TO describes\n"
    "\n"
    "lvsctl COMMAND --help describes a command.\n"
    "\n"
    "Exit status: 0 success, 1 invalid input, 2 usage error, 3 file could not be\n"
    "read or written.\n");

struct CommandLine {
    QCommandLineParser parser;
    QString name;
};

// Parses a command's own options. Returns an exit code when the command must stop
// here (help shown, usage error), or -1 to go on.
int parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                     const QString &help, LvsctlCommands::Streams streams, int positionalCount = 1)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("lvsctl")} + arguments)) {
        streams.err << "lvsctl " << command << ": " << parser.errorText() << "\n"
                    << tr("Try 'lvsctl %1 --help'.").arg(command) << "\n";
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        streams.out << help;
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        streams.err << "lvsctl " << command << ": "
                    << (positionalCount == 1 ? tr("expected exactly one FILE argument (- for standard input)")
                                             : tr("expected %1 file arguments").arg(positionalCount))
                    << "\n"
                    << tr("Try 'lvsctl %1 --help'.").arg(command) << "\n";
        return ExitUsage;
    }
    return -1;
}

// Reads and parses FILE; prints every error as FILE:LINE: message.
int loadTable(const QString &path, RulesParseResult *result, LvsctlCommands::Streams streams)
{
    QString text, error;
    if (!TableFile::read(path, &text, &error)) {
        streams.err << "lvsctl: " << error << "\n";
        return ExitIoFailure;
    }
    *result = RulesParser::parse(text);
    for (const RulesDiagnostic &diagnostic : std::as_const(result->errors))
        streams.err << TableFile::displayName(path) << ':' << diagnostic.line << ": " << diagnostic.message << "\n";
    return result->ok() ? ExitOk : ExitInvalidInput;
}

int check(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QString help = tr("Usage: lvsctl check FILE\n"
                            "\n"
                            "Validates a table file: ipvsadm -S rules, or an ipvsadm command script\n"
                            "such as the how-to's listings. Prints every mistake as FILE:LINE: message.\n"
                            "Exit status: 0 valid, 1 mistakes found, 2 usage error, 3 unreadable file.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("check"), arguments, help, streams, 1); code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    RulesParseResult result;
    const int code = loadTable(path, &result, streams);
    if (code == ExitOk) {
        streams.out << tr("%1: valid: %2 services, %3 real servers")
                           .arg(TableFile::displayName(path))
                           .arg(result.table.services.size())
                           .arg(result.table.realServerCount())
                    << "\n";
    } else if (code == ExitInvalidInput) {
        streams.err << tr("%1: %2 mistakes").arg(TableFile::displayName(path)).arg(result.errors.size()) << "\n";
    }
    return code;
}

int convert(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Output format: rules or script."), tr("format"));
    parser.addOption(toOption);
    const QString help = tr("Usage: lvsctl convert --to rules|script FILE\n"
                            "\n"
                            "Prints the table that FILE describes:\n"
                            "  rules   exactly what ipvsadm -S -n prints for that table (the format of\n"
                            "          /etc/sysconfig/ipvsadm); thresholds, timeouts and sync daemons\n"
                            "          are dropped, as ipvsadm drops them\n"
                            "  script  an ipvsadm shell script that builds the whole table\n"
                            "Nothing is printed if FILE has mistakes.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("convert"), arguments, help, streams, 1); code >= 0)
        return code;
    const QString format = parser.value(toOption);
    if (format != QLatin1String("rules") && format != QLatin1String("script")) {
        streams.err << "lvsctl convert: "
                    << (format.isEmpty() ? tr("--to is required: rules or script")
                                         : tr("unknown format '%1': rules or script").arg(format))
                    << "\n";
        return ExitUsage;
    }
    RulesParseResult result;
    if (int code = loadTable(parser.positionalArguments().constFirst(), &result, streams); code != ExitOk)
        return code;
    streams.out << (format == QLatin1String("rules") ? RulesWriter::rules(result.table)
                                                     : RulesWriter::script(result.table));
    return ExitOk;
}
int plan(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QString help = tr("Usage: lvsctl plan FROM TO\n"
                            "\n"
                            "Prints the fewest ipvsadm commands that turn the table FROM describes into\n"
                            "the one TO describes, each with a comment saying what it does. An edit is\n"
                            "used wherever one does it (scheduler, persistence, weight, forwarding,\n"
                            "thresholds); only a changed address or port deletes and adds. The output\n"
                            "is a shell script. Either file may be - for standard input.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("plan"), arguments, help, streams, 2); code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.count(QStringLiteral("-")) > 1) {
        streams.err << "lvsctl plan: " << tr("only one of FROM and TO can be standard input") << "\n";
        return ExitUsage;
    }
    RulesParseResult from, to;
    const int fromCode = loadTable(paths.at(0), &from, streams);
    const int toCode = loadTable(paths.at(1), &to, streams);
    if (fromCode != ExitOk || toCode != ExitOk)
        return std::max(fromCode, toCode);

    const QList<TableChange> changes = Planner::plan(from.table, to.table);
    const QString fromName = TableFile::displayName(paths.at(0));
    const QString toName = TableFile::displayName(paths.at(1));
    if (changes.isEmpty()) {
        streams.out << "# " << tr("nothing to do: %1 and %2 describe the same table").arg(fromName, toName) << "\n";
        return ExitOk;
    }
    streams.out << "# " << tr("%1 changes turn %2 into %3").arg(changes.size()).arg(fromName, toName) << "\n";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        streams.out << "# " << (i + 1) << ". " << changes.at(i).describe() << "\n"
                    << changes.at(i).ipvsadmCommand() << "\n";
    }
    return ExitOk;
}
} // namespace

int LvsctlCommands::run(const QStringList &arguments, Streams streams)
{
    if (arguments.isEmpty()) {
        streams.err << tr(overview);
        return ExitUsage;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        streams.out << tr(overview);
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        streams.out << "lvsctl " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    if (command == QLatin1String("check"))
        return check(rest, streams);
    if (command == QLatin1String("convert"))
        return convert(rest, streams);
    if (command == QLatin1String("plan"))
        return plan(rest, streams);
    streams.err << tr("lvsctl: unknown command '%1'").arg(command) << "\n" << tr("Try 'lvsctl --help'.") << "\n";
    return ExitUsage;
}
