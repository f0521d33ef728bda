// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootcompanion.h"

#include "ipvsadmorder.h"
#include "ruleswriter.h"

QString BootCompanion::dropInPath()
{
    return QStringLiteral("/etc/systemd/system/ipvsadm.service.d/50-lvs-studio.conf");
}

QStringList BootCompanion::commands(const IpvsTable &table, const QString &ipvsadm)
{
    QStringList commands;
    if (table.timeouts && *table.timeouts != Timeouts{})
        commands.append(ipvsadm
                        + QStringLiteral(" --set %1 %2 %3")
                              .arg(table.timeouts->tcp)
                              .arg(table.timeouts->tcpFin)
                              .arg(table.timeouts->udp));
    for (const VirtualService *service : IpvsadmOrder::services(table)) {
        for (const RealServer *server : IpvsadmOrder::realServers(*service)) {
            if (server->upperThreshold || server->lowerThreshold)
                commands.append(ipvsadm + QStringLiteral(" -e")
                                + RulesWriter::realServerCommand(*service, *server).mid(2));
        }
    }
    for (const SyncDaemon &daemon : table.syncDaemons)
        commands.append(ipvsadm + QLatin1Char(' ') + RulesWriter::startDaemonArguments(daemon));
    return commands;
}

QString BootCompanion::dropIn(const IpvsTable &table)
{
    const QStringList needed = commands(table);
    if (needed.isEmpty())
        return {};
    // Written for systemd, which reads no translation: the comments stay in English so the
    // file reads the same to whoever opens it on the server.
    QString text = QStringLiteral(
        "# LVS Studio: what /etc/sysconfig/ipvsadm cannot hold (thresholds, timeouts, sync\n"
        "# daemons), set again after ipvsadm.service restores that file at boot. The unit's\n"
        "# stop saves only the rules, so this file stays as written: write it again after\n"
        "# changing any of these. A leading '-' lets the unit start even if one fails (a\n"
        "# real server removed since, say).\n"
        "# Install as root: %1, then systemctl daemon-reload.\n"
        "[Service]\n")
                       .arg(dropInPath());
    for (const QString &command : needed)
        text += QStringLiteral("ExecStartPost=-") + command + QLatin1Char('\n');
    return text;
}
