// SPDX-License-Identifier: GPL-2.0-or-later
#include "simulatecommand.h"

#include "commandsupport.h"
#include "connectionscript.h"
#include "planner.h"
#include "simulatedkernel.h"
#include "tablefile.h"

using CommandSupport::loadTable;
using CommandSupport::parseCommandLine;
using CommandSupport::Tr;

int SimulateCommand::run(const QStringList &arguments, LvsctlCommands::Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption explainOption(QStringLiteral("explain"), Tr::tr("Say why the scheduler chose each server."));
    parser.addOption(explainOption);
    const QString help = Tr::tr("Usage: lvsctl simulate [--explain] TABLE SCRIPT\n"
                                "\n"
                                "Builds the table TABLE describes (rules, ipvsadm script or keepalived.conf)\n"
                                "in LVS Studio's simulated kernel, in the file's order, and runs the\n"
                                "connections SCRIPT describes, one step per line:\n"
                                "  open CLIENT:PORT VIRTUAL:PORT [tcp|udp|sctp]   a new connection, held open\n"
                                "  close CLIENT:PORT                              the client closes it\n"
                                "  wait SECONDS                                   time passes\n"
                                "For each 'open' it prints the client and the real server the kernel's\n"
                                "scheduler chose (- when none was available), as CLIENT:PORT SERVER:PORT.\n"
                                "No root, no kernel: the simulator follows the kernel's own rules.\n");
    if (int code = parseCommandLine(parser, QStringLiteral("simulate"), arguments, help, streams, 2); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    IpvsTable table;
    if (int code = loadTable(files.at(0), &table, streams); code != ExitOk)
        return code;
    QString text;
    QString error;
    if (!TableFile::read(files.at(1), &text, &error)) {
        streams.err << error << "\n";
        return ExitIoFailure;
    }
    const ConnectionScript::Parsed script = ConnectionScript::parse(text);
    if (!script.error.isEmpty()) {
        streams.err << TableFile::displayName(files.at(1)) << ": " << script.error << "\n";
        return ExitInvalidInput;
    }

    SimulatedKernel kernel;
    // Added one by one in the file's order: the order real servers are added is the
    // order the kernel's schedulers walk them in (newest first).
    if (const QStringList refusals = kernel.apply(Planner::plan(IpvsTable{}, table)); !refusals.isEmpty()) {
        streams.err << TableFile::displayName(files.at(0)) << ": " << refusals.join(QStringLiteral("; ")) << "\n";
        return ExitFailed;
    }
    const bool explain = parser.isSet(explainOption);
    const QList<ConnectionScript::Outcome> outcomes = ConnectionScript::run(kernel, script.steps, explain, &error);
    for (const ConnectionScript::Outcome &outcome : outcomes) {
        streams.out << outcome.step.client.toStringWithPort(outcome.step.clientPort) << ' '
                    << (outcome.scheduled ? outcome.server.toStringWithPort(outcome.serverPort) : QStringLiteral("-"));
        if (explain && !outcome.why.isEmpty())
            streams.out << "  # " << outcome.why;
        streams.out << "\n";
    }
    if (!error.isEmpty()) {
        streams.err << TableFile::displayName(files.at(1)) << ": " << error << "\n";
        return ExitInvalidInput;
    }
    return ExitOk;
}
