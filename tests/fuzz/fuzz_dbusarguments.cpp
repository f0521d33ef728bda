// SPDX-License-Identifier: GPL-2.0-or-later
// Every D-Bus argument decoder of core/dbustypes.cpp (and the arguments of the helper's
// methods that carry them), on hostile bodies delivered as a caller's would be: the
// input is a type's number (its first byte) and a message body in that type's
// signature. libdbus validates the message as the bus and the receiving side do
// (dbus_message_demarshal), a raw libdbus connection sends it over a private socket to
// a QDBusServer in this process, and QtDBus hands it to a virtual object, which reads
// its arguments with the project's operator>>. QtDBus only demarshals a body whose
// signature is the method's, so that is the one each body is sent with.
#include "changebatch.h"
#include "dbustypes.h"
#include "tablesnapshot.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusServer>
#include <QDBusVirtualObject>
#include <QDeadlineTimer>
#include <QtEndian>

#include <dbus/dbus.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
template<typename T>
T read(const QVariant &argument)
{
    T value;
    argument.value<QDBusArgument>() >> value;
    return value;
}

// LVS_FUZZ_TRACE=1 prints what each input decoded to, to check that a seed goes deep.
const bool tracing = std::getenv("LVS_FUZZ_TRACE");

void keepOrRefuse(const QStringList &errors)
{
    if (tracing)
        std::fprintf(stderr, "  %s\n", errors.isEmpty() ? "accepted" : qPrintable(errors.join(QLatin1String("; "))));
    for (const QString &error : errors)
        if (error.isEmpty())
            std::abort(); // each refusal says why
}

struct Type {
    const char *signature;
    void (*decode)(const QVariantList &arguments);
};

// The order of tests/fuzz/seeds/makeseeds.py.
const Type types[] = {
    {"(uqqsqsubuusb)", [](const QVariantList &a) { keepOrRefuse(read<ServiceSpec>(a.at(0)).errors); }},
    {"(squuuuyqy)", [](const QVariantList &a) { keepOrRefuse(read<RealServerSpec>(a.at(0)).errors); }},
    {"(uuu)", [](const QVariantList &a) { (void)read<Timeouts>(a.at(0)); }},
    {"(ysyqsqy)", [](const QVariantList &a) { keepOrRefuse(read<SyncDaemonSpec>(a.at(0)).errors); }},
    {"(ysyqsqy)", [](const QVariantList &a) { (void)read<SyncDaemon>(a.at(0)); }}, // a reply, read by the client
    {"a(ssqsqsqsuss)",
     [](const QVariantList &a) {
         const QString listing = ConnectionTable::listing(read<QList<ConnectionEntry>>(a.at(0)));
         if (tracing)
             std::fprintf(stderr, "%s", qPrintable(listing));
     }},
    {"a{ss}",
     [](const QVariantList &a) {
         const SysctlValues values = read<SysctlValues>(a.at(0));
         if (tracing)
             std::fprintf(stderr, "  %d sysctls\n", int(values.size()));
     }},
    // Whole method calls, as the adaptor reads them: AddRealServer, StartSyncDaemon,
    // Apply (the batch then decoded), GetConnections, and GetTable's reply.
    {"(uqqsqsubuusb)(squuuuyqy)b",
     [](const QVariantList &a) {
         keepOrRefuse(read<ServiceSpec>(a.at(0)).errors);
         keepOrRefuse(read<RealServerSpec>(a.at(1)).errors);
         (void)a.at(2).toBool();
     }},
    {"(ysyqsqy)b",
     [](const QVariantList &a) {
         keepOrRefuse(read<SyncDaemonSpec>(a.at(0)).errors);
         (void)a.at(1).toBool();
     }},
    {"tayb",
     [](const QVariantList &a) {
         QList<TableChange> changes;
         QString error;
         if (!ChangeBatch::decode(a.at(1).toByteArray(), &changes, &error) && error.isEmpty())
             std::abort();
     }},
    {"sqsqtu",
     [](const QVariantList &a) {
         // The helper parses both addresses, as here, before anything else.
         (void)IpAddress::parse(a.at(0).toString());
         (void)IpAddress::parse(a.at(2).toString());
         (void)a.at(1).toUInt();
         (void)a.at(3).toUInt();
         (void)a.at(4).toULongLong();
         (void)a.at(5).toUInt();
     }},
    {"ayt",
     [](const QVariantList &a) {
         IpvsTable table;
         QString error;
         if (!TableSnapshot::decode(a.at(0).toByteArray(), &table, &error) && error.isEmpty())
             std::abort();
     }},
};
constexpr std::size_t typeCount = sizeof types / sizeof types[0];

// A method call's header, little-endian, for `bodySize` bytes of `signature`.
QByteArray header(const QByteArray &signature, std::uint32_t bodySize)
{
    QByteArray bytes;
    const auto align = [&](int to) {
        while (bytes.size() % to)
            bytes.append('\0');
    };
    const auto u32 = [&](std::uint32_t value) {
        align(4);
        value = qToLittleEndian(value);
        bytes.append(reinterpret_cast<const char *>(&value), 4);
    };
    bytes.append('l').append(char(DBUS_MESSAGE_TYPE_METHOD_CALL)).append(char(DBUS_HEADER_FLAG_NO_REPLY_EXPECTED)).append(char(1));
    u32(bodySize);
    u32(1); // serial
    u32(0); // the fields' length, filled in below
    const qsizetype lengthAt = bytes.size() - 4;
    align(8);
    const qsizetype fieldsAt = bytes.size();
    const auto field = [&](char code, char type, const QByteArray &value) {
        align(8);
        bytes.append(code).append(char(1)).append(type).append('\0');
        if (type == 'g')
            bytes.append(char(value.size()));
        else
            u32(std::uint32_t(value.size()));
        bytes.append(value).append('\0');
    };
    field(DBUS_HEADER_FIELD_PATH, 'o', QByteArrayLiteral("/fuzz"));
    field(DBUS_HEADER_FIELD_MEMBER, 's', QByteArrayLiteral("Decode"));
    field(DBUS_HEADER_FIELD_SIGNATURE, 'g', signature);
    const std::uint32_t fieldsLength = qToLittleEndian(std::uint32_t(bytes.size() - fieldsAt));
    std::memcpy(bytes.data() + lengthAt, &fieldsLength, 4);
    align(8);
    return bytes;
}

class Receiver : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        if (tracing)
            std::fprintf(stderr, "%s\n", qPrintable(message.signature()));
        if (message.member() == QLatin1String("Decode") && type < typeCount
            && message.signature() == QLatin1String(types[type].signature))
            types[type].decode(message.arguments());
        handled = true;
        return true;
    }
    std::size_t type = typeCount;
    bool handled = false;
};

struct Peer {
    QCoreApplication *application = nullptr;
    QDBusServer *server = nullptr;
    Receiver receiver;
    DBusConnection *client = nullptr;
    bool connected = false;
};

[[noreturn]] void fail(const char *why)
{
    std::fprintf(stderr, "fuzz_dbusarguments: %s\n", why);
    std::abort();
}

Peer &peer()
{
    static Peer *made = [] {
        static int argc = 1;
        static char name[] = "fuzz_dbusarguments";
        static char *argv[] = {name, nullptr};
        auto *p = new Peer;
        p->application = new QCoreApplication(argc, argv);
        DBusTypes::registerTypes();
        dbus_threads_init_default();
        p->server = new QDBusServer(QStringLiteral("unix:tmpdir=/tmp"));
        if (!p->server->isConnected())
            fail("no QDBusServer");
        QObject::connect(p->server, &QDBusServer::newConnection, [p](const QDBusConnection &connection) {
            QDBusConnection(connection).registerVirtualObject(QStringLiteral("/fuzz"), &p->receiver);
            p->connected = true;
        });
        DBusError error;
        dbus_error_init(&error);
        p->client = dbus_connection_open_private(p->server->address().toUtf8().constData(), &error);
        if (!p->client)
            fail(error.message);
        const QDeadlineTimer deadline(10000);
        while (!p->connected || !dbus_connection_get_is_authenticated(p->client)) {
            dbus_connection_read_write(p->client, 1);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            if (deadline.hasExpired())
                fail("the peer connection did not come up");
        }
        return p;
    }();
    return *made;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    Peer &p = peer();
    const std::size_t type = data[0] % typeCount;
    QByteArray message = header(QByteArray(types[type].signature), std::uint32_t(size - 1));
    message.append(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    DBusError error;
    dbus_error_init(&error);
    DBusMessage *raw = dbus_message_demarshal(message.constData(), int(message.size()), &error);
    if (!raw) { // what neither the bus nor QtDBus would let through
        if (tracing)
            std::fprintf(stderr, "not a message: %s\n", error.message);
        dbus_error_free(&error);
        return 0;
    }
    p.receiver.type = type;
    p.receiver.handled = false;
    if (!dbus_connection_send(p.client, raw, nullptr))
        fail("cannot send");
    dbus_message_unref(raw);
    dbus_connection_flush(p.client);
    const QDeadlineTimer deadline(10000);
    while (!p.receiver.handled) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (deadline.hasExpired())
            fail("a valid message never arrived");
    }
    return 0;
}
