// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "commandsupport.h"
#include "helperclient.h"
#include "filecommands.h"
#include "helpercommands.h"
#include "simulatecommand.h"

using CommandSupport::Tr;

namespace {
const char *const overview = QT_TRANSLATE_NOOP("lvsctl",
    "Usage: lvsctl COMMAND [OPTIONS] [ARGUMENTS]\n"
    "\n"
    "Manage and convert Linux Virtual Server (IPVS) tables.\n"
    "\n"
    "Commands working on files (FILE may be - for standard input):\n"
    "  check FILE                     validate a rules file, ipvsadm script or\n"
    "                                 keepalived.conf\n"
    "  convert --to FORMAT FILE       print the table FILE describes as ipvsadm -S -n\n"
    "                                 rules, an ipvsadm script or keepalived.conf\n"
    "                                 (FORMAT: rules, script, keepalived)\n"
    "  plan FROM TO                   the fewest ipvsadm commands that turn the table\n"
    "                                 FROM describes into the one TO describes\n"
    "  realserver-setup FILE --os OS  what each real server (or --director) needs for\n"
    "                                 NAT, DR or TUN, per OS (linux, freebsd, solaris)\n"
    "  simulate TABLE SCRIPT          which real server the kernel's scheduler picks\n"
    "                                 for each scripted connection (no kernel needed)\n"
    "\n"
    "Commands on the kernel's table, through LVS Studio's helper (polkit decides):\n"
    "  list [--stats|--rate|...]      the table, as ipvsadm -Ln prints it\n"
    "  save                           the table as rules, as ipvsadm -S -n prints them\n"
    "  restore [--dry-run] FILE       make the table the one FILE describes, in one\n"
    "                                 transaction\n"
    "  generation                     the table's generation, for restore --if-generation\n"
    "  zero [SERVICE]                 zero the counters\n"
    "  clear                          delete every service\n"
    "  timeout [TCP TCPFIN UDP]       show or set the connection timeouts\n"
    "  daemon [start|stop ...]        list, start or stop sync daemons\n"
    "  connections [--service ...]    the connection table, as ipvsadm -Lnc prints it\n"
    "  sysctl [get|set ...]           forwarding, IPVS and ARP kernel settings\n"
    "  boot show|save                 the table restored at boot; Runtime to Boot\n"
    "  interrupted [rollback|forget]  a batch a stopped helper left half made\n"
    "lvsctl --lab COMMAND works on the local lab director's table (Lab > Build a\n"
    "Lab in the window) instead of this machine's.\n"
    "\n"
    "lvsctl COMMAND --help describes a command.\n"
    "\n"
    "Exit status: 0 success, 1 invalid input, 2 usage error, 3 file could not be\n"
    "read or written, 4 the change was refused, 5 not authorized, 6 helper or\n"
    "IPVS unavailable.\n");

} // namespace

int LvsctlCommands::run(const QStringList &arguments, Streams streams)
{
    if (arguments.isEmpty()) {
        streams.err << Tr::tr(overview);
        return ExitUsage;
    }
    if (arguments.first() == QLatin1String("--lab")) {
        HelperClient::setDefaultEndpoint(HelperClient::labDirector());
        return run(arguments.mid(1), streams);
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        streams.out << Tr::tr(overview);
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        streams.out << "lvsctl " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    if (command == QLatin1String("check"))
        return FileCommands::check(rest, streams);
    if (command == QLatin1String("convert"))
        return FileCommands::convert(rest, streams);
    if (command == QLatin1String("plan"))
        return FileCommands::plan(rest, streams);
    if (command == QLatin1String("simulate"))
        return SimulateCommand::run(rest, streams);
    if (command == QLatin1String("realserver-setup"))
        return FileCommands::realServerSetup(rest, streams);
    using Command = int (*)(const QStringList &, Streams);
    const std::pair<const char *, Command> helperCommands[] = {
        {"list", HelperCommands::list},   {"save", HelperCommands::save},       {"restore", HelperCommands::restore},
        {"generation", HelperCommands::generation},
        {"zero", HelperCommands::zero},   {"clear", HelperCommands::clear},     {"timeout", HelperCommands::timeout},
        {"daemon", HelperCommands::daemon}, {"connections", HelperCommands::connections},
        {"sysctl", HelperCommands::sysctl}, {"boot", HelperCommands::boot},
        {"interrupted", HelperCommands::interrupted},
    };
    for (const auto &[name, function] : helperCommands) {
        if (command == QLatin1String(name))
            return function(rest, streams);
    }
    streams.err << Tr::tr("lvsctl: unknown command '%1'").arg(command) << "\n" << Tr::tr("Try 'lvsctl --help'.") << "\n";
    return ExitUsage;
}
