// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fakeauthorizer.h"
#include "fakeipvskernel.h"
#include "helper1adaptor.h"
#include "helperservice.h"

#include <QDBusConnection>
#include <QDBusServer>

#include <memory>

/**
 * The real HelperService (with its generated adaptor) on a peer-to-peer D-Bus
 * connection inside the test process, over a fake kernel and a fake polkit. The client
 * side is `client`; answers arrive while the test spins the event loop.
 */
class PeerHelper
{
public:
    explicit PeerHelper(const QString &name, const HelperPaths &paths = {})
        : m_name(name)
    {
        DBusTypes::registerTypes();
        service = std::make_unique<HelperService>(kernel, authorizer, paths);
        new Helper1Adaptor(service.get());
        m_server = std::make_unique<QDBusServer>(QStringLiteral("unix:tmpdir=/tmp"));
        QObject::connect(m_server.get(), &QDBusServer::newConnection, service.get(), [this](const QDBusConnection &connection) {
            QDBusConnection(connection).registerObject(QStringLiteral("/org/lvsstudio/Helper1"), service.get());
        });
        client = QDBusConnection::connectToPeer(m_server->address(), m_name);
    }
    // The service goes first: a call still queued for it is a posted event that holds on
    // to the server side's connection, and deleting it once the server is gone is a
    // use-after-free (seen as a segfault in about one run in twenty).
    ~PeerHelper()
    {
        service.reset();
        QDBusConnection::disconnectFromPeer(m_name);
        m_server.reset();
    }

    bool isConnected() const { return m_server->isConnected() && client.isConnected(); }

    FakeIpvsKernel kernel;
    FakeAuthorizer authorizer;
    std::unique_ptr<HelperService> service;
    QDBusConnection client{QString()};

private:
    QString m_name;
    std::unique_ptr<QDBusServer> m_server;
};
