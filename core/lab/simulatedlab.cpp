// SPDX-License-Identifier: GPL-2.0-or-later
#include "simulatedlab.h"

#include "dbuserrors.h"
#include "simulatedbackend.h"

#include <QTimer>

namespace {
// An HTTP fetch of a small page on a LAN: open, answer, close within a few
// milliseconds; the next request starts right after.
constexpr std::int64_t fetchMs = 2;
// The client's ports, as Linux's ephemeral range starts.
constexpr std::uint16_t firstPort = 32768;
} // namespace

SimulatedLab::SimulatedLab(QObject *parent)
    : Lab(parent)
{
}

SimulatedLab::~SimulatedLab() = default;

void SimulatedLab::create(const LabDescription &description)
{
    QTimer::singleShot(0, this, [this, description] {
        if (exists()) {
            Q_EMIT failed(DBusErrors::labExists, tr("a lab is already running; take it down first"));
            return;
        }
        const QStringList problems = description.problems();
        if (!problems.isEmpty()) {
            Q_EMIT failed(DBusErrors::invalidArgs, problems.join(QStringLiteral("; ")));
            return;
        }
        auto backend = std::make_unique<SimulatedBackend>();
        backend->setTrafficRunning(false);
        QStringList refusals;
        if (!backend->load(description.table(), &refusals)) {
            Q_EMIT failed(DBusErrors::kernelError, refusals.join(QStringLiteral("; ")));
            return;
        }
        m_backend = std::move(backend);
        m_nextPort = firstPort;
        setExists(true, description);
        Q_EMIT created();
    });
}

void SimulatedLab::destroy()
{
    QTimer::singleShot(0, this, [this] {
        if (!exists()) {
            Q_EMIT failed(DBusErrors::noSuchLab, tr("no lab is running"));
            return;
        }
        // The window may still hold the backend: let it go from the event loop.
        m_backend.release()->deleteLater();
        setExists(false);
        Q_EMIT removed();
    });
}

void SimulatedLab::sendRequests(int count)
{
    QTimer::singleShot(0, this, [this, count] {
        if (!exists()) {
            Q_EMIT failed(DBusErrors::noSuchLab, tr("no lab is running"));
            return;
        }
        if (count < 1 || count > maxRequests) {
            Q_EMIT failed(DBusErrors::invalidArgs, tr("send 1 to %1 requests at a time").arg(maxRequests));
            return;
        }
        SimulatedKernel &kernel = m_backend->kernel();
        QList<LabAnswer> answers;
        answers.reserve(count);
        for (int i = 0; i < count; ++i) {
            SimulatedKernel::Flow flow;
            flow.client = LabDescription::clientAddress();
            flow.clientPort = m_nextPort;
            m_nextPort = m_nextPort == 60999 ? firstPort : std::uint16_t(m_nextPort + 1);
            flow.destination = description().vip();
            flow.destinationPort = LabDescription::port;
            flow.lengthMs = -1;
            flow.inPackets = 5;
            flow.outPackets = 5;
            flow.inBytes = 400;
            flow.outBytes = 600;
            const SimulatedKernel::Opened opened = kernel.open(flow);
            if (!opened.scheduled || !opened.server) {
                answers.append({0, tr("no real server took the connection")});
            } else {
                const int host = int(opened.server->address.v4() & 0xffu);
                answers.append({host, LabDescription::answerText(host)});
            }
            if (opened.connection != SimulatedKernel::noConnection)
                kernel.close(opened.connection);
            kernel.advanceTo(kernel.now() + fetchMs);
        }
        Q_EMIT answered(answers);
    });
}

Backend *SimulatedLab::director() const
{
    return m_backend.get();
}
