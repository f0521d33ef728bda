// SPDX-License-Identifier: GPL-2.0-or-later
#include "namespacelab.h"

#include "labclient.h"
#include "labcommands.h"
#include "labnamespaces.h"
#include "netlinkipvs.h"
#include "planner.h"

#include <linux/netlink.h>
#include <sys/socket.h>

NamespaceLab::NamespaceLab() = default;

NamespaceLab::~NamespaceLab() = default;

bool NamespaceLab::build(const LabDescription &lab, QString *error)
{
    for (const LabCommand &command : LabCommands::build(lab)) {
        bool done = true;
        switch (command.kind) {
        case LabCommand::Kind::Netns:
        case LabCommand::Kind::Ip:
            done = LabNamespaces::run(command.argv, error);
            break;
        case LabCommand::Kind::Modprobe:
            // The lab's first namespace exists by now (namespaces come first).
            done = LabNamespaces::loadLinkModule(command.argv.last(), LabCommands::namespaces(lab).constFirst(), error);
            break;
        case LabCommand::Kind::Sysctl:
            done = LabNamespaces::setSysctl(command.netns, command.sysctlKey(), command.sysctlValue(), error);
            break;
        case LabCommand::Kind::Ipvsadm:
            break; // the table goes in over netlink in start(), as the window's changes do
        }
        if (!done) {
            QString ignored;
            teardown(&ignored);
            return false;
        }
    }
    return true;
}

bool NamespaceLab::start(const LabDescription &lab, QString *error)
{
    for (const LabServer &server : lab.servers) {
        auto responder = std::make_unique<LabResponder>();
        if (!responder->listen(LabCommands::serverNamespace(server.host), LabDescription::port,
                               LabDescription::answerText(server.host), error)) {
            stop();
            return false;
        }
        m_responders.push_back(std::move(responder));
    }
    // Every netlink socket of the director's table is made inside its namespace, the
    // first one and any made again after a fault: the object cannot reach the host's table.
    const QString director = LabCommands::namespaceName(QStringLiteral("director"));
    m_director = std::make_unique<NetlinkIpvs>([director](QString *why) {
        return LabNamespaces::socketIn(director, AF_NETLINK, SOCK_RAW, NETLINK_GENERIC, why);
    });
    IpvsInfo info;
    KernelError kernelError;
    if (!m_director->info(&info, &kernelError)) {
        *error = QStringLiteral("IPVS in the lab's director: %1").arg(kernelError.message);
        stop();
        return false;
    }
    const QList<TableChange> changes = Planner::plan(IpvsTable{}, lab.table());
    for (const TableChange &change : changes) {
        if (!m_director->apply(change, &kernelError)) {
            *error = QStringLiteral("the lab's table: %1").arg(kernelError.message);
            stop();
            return false;
        }
    }
    return true;
}

void NamespaceLab::stop()
{
    m_responders.clear();
    m_director.reset();
}

QStringList NamespaceLab::teardown(QString *error)
{
    QStringList removed;
    QStringList failures;
    for (const QString &name : LabNamespaces::existing()) {
        QString why;
        if (LabNamespaces::run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("delete"), name}, &why))
            removed << name;
        else
            failures << why;
    }
    *error = failures.join(QStringLiteral("; "));
    return removed;
}

QList<LabAnswer> NamespaceLab::fetch(const LabDescription &lab, int count, std::uint16_t firstPort)
{
    return LabClient::fetch(LabCommands::namespaceName(QStringLiteral("client")), lab, count, firstPort);
}

IpvsKernel &NamespaceLab::director()
{
    return *m_director;
}
