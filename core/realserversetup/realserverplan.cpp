// SPDX-License-Identifier: GPL-2.0-or-later
#include "realserverplan.h"

#include <QSet>

#include <algorithm>

QList<IpAddress> RealServerPlan::vips() const
{
    QList<IpAddress> all = drVips;
    for (const Tunnel &tunnel : tunnels) {
        if (!all.contains(tunnel.vip))
            all.append(tunnel.vip);
    }
    return all;
}

bool RealServerPlan::hasV4Vip() const
{
    const QList<IpAddress> all = vips();
    return std::any_of(all.begin(), all.end(), [](const IpAddress &vip) { return vip.isV4(); });
}

bool RealServerPlan::usesTunnel(TunnelType type) const
{
    return std::any_of(tunnels.begin(), tunnels.end(), [type](const Tunnel &tunnel) { return tunnel.type == type; });
}

IpAddress RealServerPlans::directorAddress(const RealServerSetup::Options &options, IpAddress::Family family)
{
    return family == IpAddress::Family::V6 ? options.directorAddress6 : options.directorAddress;
}

IpAddress RealServerPlans::gateway(const RealServerSetup::Options &options, IpAddress::Family family)
{
    return family == IpAddress::Family::V6 ? options.gateway6 : options.gateway;
}

QList<RealServerPlan> RealServerPlans::collect(const IpvsTable &table, const RealServerSetup::Options &options)
{
    // The director's own addresses: a real server there is the director itself, which the
    // kernel serves locally whatever forwarding method the table names.
    QSet<IpAddress> directorOwn;
    for (const IpAddress &address : {options.directorAddress, options.directorAddress6}) {
        if (!address.isNull())
            directorOwn.insert(address);
    }
    for (const VirtualService &service : table.services) {
        if (!service.isFirewallMark())
            directorOwn.insert(service.address);
    }

    QList<RealServerPlan> plans;
    auto planFor = [&plans](const IpAddress &address) -> RealServerPlan & {
        for (RealServerPlan &plan : plans) {
            if (plan.address == address)
                return plan;
        }
        plans.append(RealServerPlan{});
        plans.last().address = address;
        return plans.last();
    };

    for (const VirtualService &service : table.services) {
        // The kernel keeps real servers newest first; the table's order reads better as added.
        for (auto it = service.realServers.crbegin(); it != service.realServers.crend(); ++it) {
            const RealServer &server = *it;
            RealServerPlan &plan = planFor(server.address);
            plan.roles.append({&service, &server});
            if (server.forwarding == ForwardingMethod::Local || directorOwn.contains(server.address)) {
                plan.isDirector = true;
                continue;
            }
            if (server.forwarding == ForwardingMethod::Masquerading) {
                plan.nat = true;
                continue;
            }
            if (server.forwarding == ForwardingMethod::DirectRouting)
                plan.directRouting = true;
            else
                plan.tunnelling = true;
            if (service.isFirewallMark()) {
                if (!plan.markServices.contains(service.displayName()))
                    plan.markServices.append(service.displayName());
                plan.markV4 = plan.markV4 || service.firewallMarkFamily == IpAddress::Family::V4;
                continue;
            }
            if (server.forwarding == ForwardingMethod::DirectRouting) {
                if (!plan.drVips.contains(service.address))
                    plan.drVips.append(service.address);
                continue;
            }
            const RealServerPlan::Tunnel tunnel{service.address, server.tunnelType,
                                                server.tunnelType == TunnelType::Gue ? server.tunnelPort
                                                                                     : std::uint16_t(0),
                                                server.tunnelChecksum};
            if (!plan.tunnels.contains(tunnel))
                plan.tunnels.append(tunnel);
        }
    }
    std::sort(plans.begin(), plans.end(),
              [](const RealServerPlan &a, const RealServerPlan &b) { return a.address < b.address; });
    return plans;
}
