// SPDX-License-Identifier: GPL-2.0-or-later
#include "realserversetup.h"

#include "freebsdsetup.h"
#include "linuxsetup.h"
#include "realserverplan.h"
#include "setuptext.h"
#include "solarissetup.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace RealServerSetup;

namespace {
// Names go into shell commands and rc.conf values unquoted: only what interface names are made of.
bool validInterfaceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,14}$"));
    return pattern.match(name).hasMatch();
}

bool validHostName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

QStringList checkOptions(const Options &options)
{
    QStringList errors;
    auto family = [&errors](const IpAddress &address, IpAddress::Family wanted, const QString &what) {
        if (!address.isNull() && address.family() != wanted)
            errors.append(Tr::tr("%1 %2 is not an %3 address")
                              .arg(what, address.toString(), wanted == IpAddress::Family::V6 ? QStringLiteral("IPv6")
                                                                                             : QStringLiteral("IPv4")));
        else if (!address.isNull() && !address.isUnicast())
            errors.append(Tr::tr("%1 %2 is not a unicast address").arg(what, address.toString()));
    };
    family(options.directorAddress, IpAddress::Family::V4, Tr::tr("the director's address"));
    family(options.directorAddress6, IpAddress::Family::V6, Tr::tr("the director's IPv6 address"));
    family(options.gateway, IpAddress::Family::V4, Tr::tr("the real servers' router"));
    family(options.gateway6, IpAddress::Family::V6, Tr::tr("the real servers' IPv6 router"));

    const std::pair<QString, QString> interfaces[] = {
        {Tr::tr("the director's interface"), options.directorInterface},
        {Tr::tr("the Linux interface"), options.linuxInterface},
        {Tr::tr("the FreeBSD interface"), options.freeBsdInterface},
        {Tr::tr("the Solaris interface"), options.solarisInterface},
        {Tr::tr("the VIP's dummy interface"), options.linuxVipInterface},
    };
    for (const auto &[what, name] : interfaces) {
        if (!validInterfaceName(name))
            errors.append(Tr::tr("%1 \"%2\" is not an interface name (a letter, then up to 14 letters, digits, "
                                 "\"_\", \".\" or \"-\")")
                              .arg(what, name));
    }
    if (options.prefixLength < 1 || options.prefixLength > 32)
        errors.append(Tr::tr("the IPv4 prefix length %1 is not from 1 to 32").arg(options.prefixLength));
    if (options.prefixLength6 < 1 || options.prefixLength6 > 128)
        errors.append(Tr::tr("the IPv6 prefix length %1 is not from 1 to 128").arg(options.prefixLength6));
    for (auto it = options.hostNames.cbegin(); it != options.hostNames.cend(); ++it) {
        if (!validHostName(it.value()))
            errors.append(Tr::tr("the host name \"%1\" of %2 is not a host name").arg(it.value(), it.key().toString()));
    }
    return errors;
}

// Problems with the table itself, the same for the director and the real servers.
// False when there is nothing to generate.
bool checkTable(const IpvsTable &table, QStringList &errors, QStringList &warnings)
{
    if (table.services.isEmpty()) {
        errors.append(Tr::tr("the table has no virtual services: there is nothing to set up"));
        return false;
    }
    if (table.realServerCount() == 0) {
        errors.append(table.services.size() == 1
                          ? Tr::tr("service %1 has no real servers: there is nothing to set up")
                                .arg(table.services.first().displayName())
                          : Tr::tr("no service has real servers: there is nothing to set up"));
        return false;
    }
    for (const VirtualService &service : table.services) {
        if (service.realServers.isEmpty())
            warnings.append(Tr::tr("service %1 has no real servers: there is nothing to set up for it")
                                .arg(service.displayName()));
    }
    return true;
}

IpvsTable tableOf(const VirtualService &service)
{
    IpvsTable table;
    table.services.append(service);
    return table;
}
} // namespace

QList<OperatingSystem> RealServerSetup::operatingSystems()
{
    return {OperatingSystem::Linux, OperatingSystem::FreeBsd, OperatingSystem::Solaris};
}

QString RealServerSetup::operatingSystemName(OperatingSystem system)
{
    switch (system) {
    case OperatingSystem::Linux:
        return QStringLiteral("linux");
    case OperatingSystem::FreeBsd:
        return QStringLiteral("freebsd");
    case OperatingSystem::Solaris:
        return QStringLiteral("solaris");
    }
    return {};
}

QString RealServerSetup::operatingSystemDisplayName(OperatingSystem system)
{
    switch (system) {
    case OperatingSystem::Linux:
        return QStringLiteral("Linux");
    case OperatingSystem::FreeBsd:
        return QStringLiteral("FreeBSD");
    case OperatingSystem::Solaris:
        return QStringLiteral("Solaris");
    }
    return {};
}

std::optional<OperatingSystem> RealServerSetup::operatingSystemFromName(QStringView name)
{
    for (OperatingSystem system : operatingSystems()) {
        if (name.compare(operatingSystemName(system), Qt::CaseInsensitive) == 0)
            return system;
    }
    return std::nullopt;
}

Snippet Snippet::make(OperatingSystem system, Kind kind, Use use, const QString &title, const QString &path,
                      const QString &text, const IpAddress &server)
{
    Snippet result;
    result.kind = kind;
    result.use = use;
    result.title = title;
    result.path = path;
    result.text = text;
    result.server = server;
    result.system = system;
    return result;
}

QString Snippet::targetName() const
{
    return server.isNull() ? QStringLiteral("director") : QStringLiteral("real server ") + server.toString();
}

Result RealServerSetup::forDirector(const IpvsTable &table, const Options &options)
{
    Result result;
    result.errors = checkOptions(options);
    if (!result.ok() || !checkTable(table, result.errors, result.warnings))
        return result;
    result.snippets = LinuxSetup::director(table, options, result.warnings);
    return result;
}

Result RealServerSetup::forRealServers(const IpvsTable &table, OperatingSystem system, const Options &options)
{
    Result result;
    result.errors = checkOptions(options);
    if (!result.ok() || !checkTable(table, result.errors, result.warnings))
        return result;

    const QList<RealServerPlan> plans = RealServerPlans::collect(table, options);
    if (!options.server.isNull()
        && std::none_of(plans.begin(), plans.end(),
                        [&options](const RealServerPlan &plan) { return plan.address == options.server; })) {
        result.errors.append(Tr::tr("%1 is not a real server of any service in the table").arg(options.server.toString()));
        return result;
    }
    for (const RealServerPlan &plan : plans) {
        if (!options.server.isNull() && plan.address != options.server)
            continue;
        const QString server = plan.address.toString();
        if (plan.nat && (plan.directRouting || plan.tunnelling))
            result.warnings.append(Tr::tr("real server %1 is a NAT real server, whose default router must be the "
                                          "director, and a direct-routing or tunnelling one, whose replies come from a "
                                          "VIP the director holds and would drop: give it one method")
                                       .arg(server));
        if (!plan.markServices.isEmpty())
            result.warnings.append(Tr::tr("real server %1: the VIPs of %2 are chosen by firewall mark and are not in "
                                          "the table, so they are not set up")
                                       .arg(server, SetupWords::joinedWords(plan.markServices)));
        switch (system) {
        case OperatingSystem::Linux:
            result.snippets += LinuxSetup::realServer(plan, options, result.warnings);
            break;
        case OperatingSystem::FreeBsd:
            result.snippets += FreeBsdSetup::realServer(plan, options, result.warnings);
            break;
        case OperatingSystem::Solaris:
            result.snippets += SolarisSetup::realServer(plan, options, result.warnings);
            break;
        }
    }
    return result;
}

Result RealServerSetup::forDirector(const VirtualService &service, const Options &options)
{
    return forDirector(tableOf(service), options);
}

Result RealServerSetup::forRealServers(const VirtualService &service, OperatingSystem system, const Options &options)
{
    return forRealServers(tableOf(service), system, options);
}

QList<IpAddress> RealServerSetup::realServerAddresses(const IpvsTable &table)
{
    QSet<IpAddress> seen;
    QList<IpAddress> addresses;
    for (const VirtualService &service : table.services) {
        for (const RealServer &server : service.realServers) {
            if (!seen.contains(server.address)) {
                seen.insert(server.address);
                addresses.append(server.address);
            }
        }
    }
    std::sort(addresses.begin(), addresses.end());
    return addresses;
}

QString RealServerSetup::render(const QList<Snippet> &snippets)
{
    QString out;
    bool first = true;
    IpAddress server;
    OperatingSystem system = OperatingSystem::Linux;
    for (const Snippet &snippet : snippets) {
        if (first || snippet.server != server || snippet.system != system) {
            out += QStringLiteral("# ==== %1 (%2) ====\n")
                       .arg(snippet.targetName(), operatingSystemDisplayName(snippet.system));
            server = snippet.server;
            system = snippet.system;
            first = false;
        }
        switch (snippet.kind) {
        case Snippet::Kind::File:
            out += QStringLiteral("# ---- file: %1 ----\n").arg(snippet.path);
            break;
        case Snippet::Kind::AddLines:
            out += QStringLiteral("# ---- file: %1 (add these lines) ----\n").arg(snippet.path);
            break;
        case Snippet::Kind::Commands:
            out += QStringLiteral("# ---- commands to run: %1 ----\n").arg(snippet.title);
            break;
        case Snippet::Kind::Note:
            out += QStringLiteral("# ---- note: %1 ----\n").arg(snippet.title);
            break;
        }
        out += snippet.text;
    }
    return out;
}
