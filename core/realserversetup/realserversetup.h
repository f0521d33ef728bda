// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/**
 * What the director and the real servers of a table need outside IPVS itself, per
 * operating system, as the how-to sets it up by hand (sections 2.3 and 3.3) and as those
 * systems are configured today:
 *
 * - the director (Linux): forwarding sysctls and, for DR and TUN, the VIP on its interface;
 * - NAT real servers: the director's inside address as their default router;
 * - DR real servers: the VIP on a device that does not answer ARP, and on Linux the ARP
 *   sysctls that keep the other interfaces from answering for it;
 * - TUN real servers: a tunnel device that unwraps the director's packets, and the VIP.
 *
 * The result is a list of snippets (files, lines to add to a file, commands, notes), each
 * commented with why it is needed. "Apply now" command snippets are POSIX shell scripts
 * that can be run as they are (`sh FILE`) and again without harm.
 */
namespace RealServerSetup {

/// The translation context of every message of the setup, whichever system's file makes it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RealServerSetup)
};

enum class OperatingSystem { Linux, FreeBsd, Solaris };

QList<OperatingSystem> operatingSystems();
/// "linux", "freebsd", "solaris": the words of `lvsctl realserver-setup --os`.
QString operatingSystemName(OperatingSystem system);
/// "Linux", "FreeBSD", "Solaris".
QString operatingSystemDisplayName(OperatingSystem system);
/// The inverse of operatingSystemName, case-insensitive.
std::optional<OperatingSystem> operatingSystemFromName(QStringView name);

/// What cannot be read from the table. Defaults are today's usual names.
struct Options {
    /// forRealServers: only this real server; null: every real server in the table.
    IpAddress server;

    /// The director's own address on the real servers' network (not the VIP), IPv4 and
    /// IPv6: NAT real servers' default router (the how-to's 192.168.0.254), and the far
    /// end of FreeBSD's and Solaris' tunnels. Never guessed: where it is needed and
    /// missing, the output says DIRECTOR_INSIDE_ADDRESS or DIRECTOR_ADDRESS and a warning
    /// says so.
    IpAddress directorAddress;
    IpAddress directorAddress6;

    /// DR and TUN real servers' own default router, which must not be the director (the
    /// how-to's RouterB, 192.168.0.252). Null: the real servers' routes are left alone.
    IpAddress gateway;
    IpAddress gateway6;

    /// The director's interface that gets the VIP for DR and TUN.
    QString directorInterface = QStringLiteral("eth0");
    /// Each real server's own interface, per system (the how-to's are eth0, lnc0, pcn0).
    QString linuxInterface = QStringLiteral("eth0");
    QString freeBsdInterface = QStringLiteral("em0");
    QString solarisInterface = QStringLiteral("e1000g0");
    /// The dummy interface NetworkManager gives a Linux DR real server's VIP.
    QString linuxVipInterface = QStringLiteral("lvs-vip");

    /// The real servers' own network prefix, for the address files the how-to writes.
    int prefixLength = 24;
    int prefixLength6 = 64;

    /// Host names by real server address, for the files the how-to writes them to;
    /// a server without one keeps its name.
    QHash<IpAddress, QString> hostNames;
};

/// One piece of the setup: a file, lines for an existing file, commands, or a note.
struct Snippet {
    enum class Kind {
        File,     ///< a whole file at path
        AddLines, ///< lines to add to (or change in) the existing file at path
        Commands, ///< a shell script to run
        Note,     ///< comment lines only: an explanation, nothing to install
    };
    /// What the snippet is for, so a window can group them.
    enum class Use {
        About,    ///< what the machine does in the setup, and what else it needs
        ApplyNow, ///< changes the running system; lost at reboot
        Boot,     ///< makes it permanent, the way the system is configured today
        HowTo,    ///< the how-to's way, for the systems it was written for
    };

    Kind kind = Kind::Note;
    Use use = Use::About;
    QString title;
    IpAddress server; ///< the real server it is for; null for the director
    OperatingSystem system = OperatingSystem::Linux;
    QString path;     ///< File and AddLines: where; empty otherwise
    QString text;     ///< exactly what goes there, ending with a newline

    bool isForDirector() const { return server.isNull(); }
    /// A snippet of `system` with these parts (server null: the director).
    static Snippet make(OperatingSystem system, Kind kind, Use use, const QString &title, const QString &path,
                        const QString &text, const IpAddress &server = {});
    /// "director" or "real server 192.168.0.160".
    QString targetName() const;
};

struct Result {
    QList<Snippet> snippets;
    QStringList warnings; ///< generated, but something needs the reader's attention
    QStringList errors;   ///< nothing was generated
    bool ok() const { return errors.isEmpty(); }
};

/// The director's part (always Linux: IPVS is Linux's).
Result forDirector(const IpvsTable &table, const Options &options = {});
/// Every real server's part (or options.server's), as if each ran `system`.
Result forRealServers(const IpvsTable &table, OperatingSystem system, const Options &options = {});
/// Convenience for one service.
Result forDirector(const VirtualService &service, const Options &options = {});
Result forRealServers(const VirtualService &service, OperatingSystem system, const Options &options = {});

/// The distinct real server addresses of a table, sorted.
QList<IpAddress> realServerAddresses(const IpvsTable &table);

/**
 * One document: per machine a "# ==== real server ADDRESS (SYSTEM) ====" line, then each
 * snippet after a separator line: "# ---- file: PATH ----", "# ---- file: PATH (add these
 * lines) ----", "# ---- commands to run: TITLE ----" or "# ---- note: TITLE ----". A
 * snippet's text runs to the next line starting "# ---- " or "# ==== ".
 */
QString render(const QList<Snippet> &snippets);
}
