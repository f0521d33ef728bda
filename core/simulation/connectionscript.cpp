// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionscript.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QRegularExpression>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionScript)
};
}

std::optional<std::pair<IpAddress, std::uint16_t>> ConnectionScript::parseEndpoint(QStringView text)
{
    qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QStringView host = text.first(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.sliced(1, host.size() - 2);
    else if (host.contains(u':'))
        return std::nullopt; // IPv6 needs its brackets before a port
    bool ok = false;
    const uint port = text.sliced(colon + 1).toUInt(&ok);
    const std::optional<IpAddress> address = IpAddress::parse(host);
    if (!ok || port > 65535 || !address)
        return std::nullopt;
    return std::make_pair(*address, std::uint16_t(port));
}

ConnectionScript::Parsed ConnectionScript::parse(const QString &text)
{
    Parsed parsed;
    QSet<QString> open; // endpoints open at this point of the script
    const QStringList lines = text.split(u'\n');
    for (int index = 0; index < lines.size(); ++index) {
        QString line = lines.at(index);
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const auto fail = [&](const QString &message) {
            parsed.error = Tr::tr("line %1: %2").arg(index + 1).arg(message);
            parsed.steps.clear();
            return parsed;
        };
        Step step;
        step.line = index + 1;
        const QString &verb = words.first();
        if (verb == QLatin1String("open")) {
            if (words.size() < 3 || words.size() > 4)
                return fail(Tr::tr("'open' takes CLIENT:PORT VIRTUAL:PORT [tcp|udp|sctp]"));
            const auto client = parseEndpoint(words.at(1));
            const auto destination = parseEndpoint(words.at(2));
            if (!client)
                return fail(Tr::tr("'%1' is not an address:port").arg(words.at(1)));
            if (!destination)
                return fail(Tr::tr("'%1' is not an address:port").arg(words.at(2)));
            if (client->first.family() != destination->first.family())
                return fail(Tr::tr("the client and the virtual address are of different families"));
            step.client = client->first;
            step.clientPort = client->second;
            const QString endpoint = step.client.toStringWithPort(step.clientPort);
            if (open.contains(endpoint))
                return fail(Tr::tr("%1 is already open (a client cannot reuse a port it holds)").arg(endpoint));
            open.insert(endpoint);
            step.destination = destination->first;
            step.destinationPort = destination->second;
            if (words.size() == 4) {
                const QString protocol = words.at(3).toLower();
                if (protocol == QLatin1String("tcp"))
                    step.protocol = Protocol::Tcp;
                else if (protocol == QLatin1String("udp"))
                    step.protocol = Protocol::Udp;
                else if (protocol == QLatin1String("sctp"))
                    step.protocol = Protocol::Sctp;
                else
                    return fail(Tr::tr("unknown protocol '%1' (tcp, udp or sctp)").arg(words.at(3)));
            }
        } else if (verb == QLatin1String("close")) {
            const auto client = words.size() == 2 ? parseEndpoint(words.at(1)) : std::nullopt;
            if (!client)
                return fail(Tr::tr("'close' takes the CLIENT:PORT of an open connection"));
            step.kind = Step::Kind::Close;
            step.client = client->first;
            step.clientPort = client->second;
            const QString endpoint = step.client.toStringWithPort(step.clientPort);
            if (!open.remove(endpoint))
                return fail(Tr::tr("no open connection from %1").arg(endpoint));
        } else if (verb == QLatin1String("wait")) {
            bool ok = false;
            const double seconds = words.size() == 2 ? words.at(1).toDouble(&ok) : 0;
            if (!ok || !(seconds >= 0 && seconds <= 86400)) // NaN fails both
                return fail(Tr::tr("'wait' takes a number of seconds (0 to 86400)"));
            step.kind = Step::Kind::Wait;
            step.waitMs = std::int64_t(seconds * 1000);
        } else {
            return fail(Tr::tr("unknown step '%1' (open, close or wait)").arg(verb));
        }
        parsed.steps.append(step);
    }
    return parsed;
}

QList<ConnectionScript::Outcome> ConnectionScript::run(SimulatedKernel &kernel, const QList<Step> &steps, bool explain,
                                                       QString *error)
{
    QList<Outcome> outcomes;
    QHash<QString, std::uint64_t> open; // client endpoint -> connection
    QSet<QString> refused;               // opened, but no real server took them
    for (const Step &step : steps) {
        const QString client = step.client.toStringWithPort(step.clientPort);
        switch (step.kind) {
        case Step::Kind::Wait:
            kernel.advanceTo(kernel.now() + step.waitMs);
            break;
        case Step::Kind::Close: {
            const auto found = open.constFind(client);
            if (found == open.cend() && refused.remove(client))
                break; // nothing to close: the kernel had no real server for it either
            if (found == open.cend()) {
                if (error)
                    *error = Tr::tr("line %1: no open connection from %2").arg(step.line).arg(client);
                return outcomes;
            }
            kernel.close(found.value());
            open.erase(found);
            break;
        }
        case Step::Kind::Open: {
            SimulatedKernel::Flow flow;
            flow.client = step.client;
            flow.clientPort = step.clientPort;
            flow.destination = step.destination;
            flow.destinationPort = step.destinationPort;
            flow.protocol = step.protocol;
            flow.lengthMs = -1;
            Outcome outcome;
            outcome.step = step;
            const SimulatedKernel::Opened opened = kernel.open(flow, explain ? &outcome.why : nullptr);
            outcome.scheduled = opened.scheduled;
            if (opened.scheduled) {
                outcome.server = opened.server->address;
                outcome.serverPort = opened.server->port;
            }
            // No entry (refused, or one-packet scheduling): closing it later is nothing.
            if (opened.connection != SimulatedKernel::noConnection)
                open.insert(client, opened.connection);
            else
                refused.insert(client);
            outcomes.append(outcome);
            break;
        }
        }
    }
    return outcomes;
}
