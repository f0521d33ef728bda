// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectiontable.h"
#include "ipvstable.h"
#include "tablechange.h"

#include <QDBusArgument>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>

/*
 * The D-Bus wire types of org.lvsstudio.Helper1 (resources/dbus/org.lvsstudio.Helper1.xml
 * documents their signatures). Requests arrive from an untrusted caller, so reading one
 * never fails silently: what cannot be represented is collected in `errors`, which the
 * helper reports as InvalidArgs before anything else happens.
 */

/// A service's configuration, without its real servers and counters.
struct ServiceSpec {
    VirtualService service;
    QStringList errors;
};

/// A real server's configuration, without its counters.
struct RealServerSpec {
    RealServer server;
    QStringList errors;
};

/// A sync daemon to start: a role other than master or backup, or a multicast group
/// that is not an address, is an error, not a default.
struct SyncDaemonSpec {
    SyncDaemon daemon;
    QStringList errors;
};


Q_DECLARE_METATYPE(ServiceSpec)
Q_DECLARE_METATYPE(RealServerSpec)
Q_DECLARE_METATYPE(VirtualService)
Q_DECLARE_METATYPE(RealServer)
Q_DECLARE_METATYPE(Statistics)
Q_DECLARE_METATYPE(Timeouts)
Q_DECLARE_METATYPE(SyncDaemon)
Q_DECLARE_METATYPE(SyncDaemonSpec)
Q_DECLARE_METATYPE(IpvsTable)
Q_DECLARE_METATYPE(ConnectionEntry)

QDBusArgument &operator<<(QDBusArgument &argument, const ServiceSpec &spec);
const QDBusArgument &operator>>(const QDBusArgument &argument, ServiceSpec &spec);
QDBusArgument &operator<<(QDBusArgument &argument, const RealServerSpec &spec);
const QDBusArgument &operator>>(const QDBusArgument &argument, RealServerSpec &spec);
QDBusArgument &operator<<(QDBusArgument &argument, const Timeouts &timeouts);
const QDBusArgument &operator>>(const QDBusArgument &argument, Timeouts &timeouts);
QDBusArgument &operator<<(QDBusArgument &argument, const SyncDaemon &daemon);
const QDBusArgument &operator>>(const QDBusArgument &argument, SyncDaemon &daemon);
QDBusArgument &operator<<(QDBusArgument &argument, const SyncDaemonSpec &spec);
const QDBusArgument &operator>>(const QDBusArgument &argument, SyncDaemonSpec &spec);
QDBusArgument &operator<<(QDBusArgument &argument, const ConnectionEntry &entry);
const QDBusArgument &operator>>(const QDBusArgument &argument, ConnectionEntry &entry);

/// Sysctl names and values (a{ss}).
using SysctlValues = QMap<QString, QString>;

namespace DBusTypes {
/// Registers every wire type with QtDBus; call once before using the bus.
void registerTypes();
}
