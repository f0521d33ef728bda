// SPDX-License-Identifier: GPL-2.0-or-later
// IPVS netlink attributes both ways, without a kernel: what we send, byte for byte where
// the kernel is particular, and what we make of replies built the way the kernel builds them.
#include "ipvsattributes.h"
#include "ipvsrequests.h"
#include "netlinkipvs.h"
#include "rulesparser.h"

#include <QTest>

#include <netlink/attr.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>

#include <arpa/inet.h>
#include <memory>
#include <linux/ip_vs.h>
#include <linux/netlink.h>
#include <sys/socket.h>

namespace {
constexpr int fakeFamily = 0x20; // any family id: nothing is sent

nlattr *topLevel(nl_msg *message, int attribute)
{
    return nlmsg_find_attr(nlmsg_hdr(message), GENL_HDRLEN, attribute);
}

IpvsTable parseTable(const char *text)
{
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(text));
    if (!result.ok())
        qFatal("bad test table: %s", qPrintable(result.errors.first().message));
    return result.table;
}
} // namespace

Q_DECLARE_METATYPE(VirtualService)

class TestNetlink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servicesRoundTrip_data();
    void servicesRoundTrip();
    void realServersRoundTrip();
    void portAndNetmaskTravelInNetworkOrder();
    void repliesWithStats64AndHashedFlag();
    void malformedRepliesAreErrors();
    void daemonsRoundTrip();
    void daemonGroupInNetworkOrderPortInHostOrder();
    void daemonEffectiveValuesAreKept();
    void everyCommandsRequest_data();
    void everyCommandsRequest();
    void infoReply();
    void configReply();
    void everySocketComesFromTheOpener();
};

void TestNetlink::servicesRoundTrip_data()
{
    QTest::addColumn<VirtualService>("service");
    for (const char *rule : {"-A -t 192.168.10.254:80 -s wlc", "-A -t 10.0.0.7:443 -s rr -p 600 -M 255.255.255.0",
                             "-A -t [2001:db8::6]:443 -s sh -b sh-fallback,sh-port -p 120 -M 64",
                             "-A -u 10.0.0.9:5060 -s rr -p 60 --pe sip -o", "-A -f 2 -6 -s mh -b mh-port",
                             "-A --sctp-service 10.0.0.5:3868 -s lc"})
        QTest::newRow(rule) << parseTable(rule).services.first();
}

void TestNetlink::servicesRoundTrip()
{
    QFETCH(VirtualService, service);
    IpvsAttributes::Message message = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_SERVICE);
    QVERIFY(message);
    QVERIFY(IpvsAttributes::putService(message.get(), service, true));
    QString error;
    const auto parsed = IpvsAttributes::parseService(topLevel(message.get(), IPVS_CMD_ATTR_SERVICE), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(parsed->sameServiceAttributes(service));
}

void TestNetlink::realServersRoundTrip()
{
    const IpvsTable table = parseTable("-A -t 10.0.0.13:80 -s rr\n"
                                       "-a -t 10.0.0.13:80 -r 192.168.1.1 -g -w 65535\n"
                                       "-a -t 10.0.0.13:80 -r 192.168.1.2:8080 -m -x 100 -y 50\n"
                                       "-a -t 10.0.0.13:80 -r 192.168.1.3 -i --tun-type gue --tun-port 6081 --tun-remcsum\n"
                                       "-a -t 10.0.0.13:80 -r 192.168.1.4 -i --tun-type gre --tun-csum\n"
                                       "-a -t 10.0.0.13:80 -r 2001:db8::40 -i\n");
    const VirtualService &service = table.services.first();
    for (const RealServer &server : service.realServers) {
        IpvsAttributes::Message message = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_DEST);
        QVERIFY(IpvsAttributes::putService(message.get(), service, false));
        QVERIFY(IpvsAttributes::putRealServer(message.get(), service, server, true));
        QString error;
        const auto parsed = IpvsAttributes::parseRealServer(topLevel(message.get(), IPVS_CMD_ATTR_DEST), &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY2(parsed->sameConfiguration(server), qPrintable(server.endpoint()));
    }
}

void TestNetlink::portAndNetmaskTravelInNetworkOrder()
{
    const VirtualService service = parseTable("-A -t 10.0.0.7:8080 -s rr -p 600 -M 255.255.255.0").services.first();
    IpvsAttributes::Message message = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_SERVICE);
    QVERIFY(IpvsAttributes::putService(message.get(), service, true));
    nlattr *nest = topLevel(message.get(), IPVS_CMD_ATTR_SERVICE);
    nlattr *port = nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_SVC_ATTR_PORT);
    const auto *portBytes = static_cast<const std::uint8_t *>(nla_data(port));
    QCOMPARE(portBytes[0], 0x1f); // 8080 = 0x1f90, most significant byte first
    QCOMPARE(portBytes[1], 0x90);
    nlattr *netmask = nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_SVC_ATTR_NETMASK);
    const auto *maskBytes = static_cast<const std::uint8_t *>(nla_data(netmask));
    QCOMPARE(maskBytes[0], 255);
    QCOMPARE(maskBytes[3], 0);
    nlattr *address = nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_SVC_ATTR_ADDR);
    QCOMPARE(nla_len(address), 4);
    nlattr *flags = nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_SVC_ATTR_FLAGS);
    ip_vs_flags sent{};
    std::memcpy(&sent, nla_data(flags), sizeof sent);
    QCOMPARE(sent.flags, std::uint32_t(IP_VS_SVC_F_PERSISTENT));
    QCOMPARE(sent.mask, ~0u);
}

void TestNetlink::repliesWithStats64AndHashedFlag()
{
    // A reply as ip_vs_genl_fill_service writes it: a 16-byte address, HASHED set,
    // STATS with counters cut to 32 bits and STATS64 with the whole ones.
    IpvsAttributes::Message reply = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_SERVICE);
    nl_msg *message = reply.get();
    nlattr *nest = nla_nest_start(message, IPVS_CMD_ATTR_SERVICE);
    nla_put_u16(message, IPVS_SVC_ATTR_AF, AF_INET);
    nla_put_u16(message, IPVS_SVC_ATTR_PROTOCOL, IPPROTO_TCP);
    std::uint8_t address[16] = {192, 168, 10, 254};
    nla_put(message, IPVS_SVC_ATTR_ADDR, 16, address);
    nla_put_u16(message, IPVS_SVC_ATTR_PORT, htons(80));
    nla_put_string(message, IPVS_SVC_ATTR_SCHED_NAME, "wlc");
    ip_vs_flags flags{IP_VS_SVC_F_HASHED, ~0u};
    nla_put(message, IPVS_SVC_ATTR_FLAGS, sizeof flags, &flags);
    nla_put_u32(message, IPVS_SVC_ATTR_TIMEOUT, 0);
    nla_put_u32(message, IPVS_SVC_ATTR_NETMASK, 0xffffffff);
    nlattr *stats = nla_nest_start(message, IPVS_SVC_ATTR_STATS);
    nla_put_u32(message, IPVS_STATS_ATTR_CONNS, 1);
    nla_put_u64(message, IPVS_STATS_ATTR_INBYTES, 7);
    nla_nest_end(message, stats);
    nlattr *stats64 = nla_nest_start(message, IPVS_SVC_ATTR_STATS64);
    nla_put_u64(message, IPVS_STATS_ATTR_CONNS, 5000000000ull);
    nla_put_u64(message, IPVS_STATS_ATTR_INBYTES, 123456789012ull);
    nla_put_u64(message, IPVS_STATS_ATTR_CPS, 42);
    nla_nest_end(message, stats64);
    nla_nest_end(message, nest);

    QString error;
    const auto service = IpvsAttributes::parseService(topLevel(message, IPVS_CMD_ATTR_SERVICE), &error);
    QVERIFY2(service, qPrintable(error));
    QCOMPARE(service->displayName(), QStringLiteral("TCP 192.168.10.254:80"));
    QVERIFY(!service->persistent);
    QCOMPARE(service->schedulerFlags, 0u);
    QCOMPARE(service->stats.connections, 5000000000ull);
    QCOMPARE(service->stats.inBytes, 123456789012ull);
    QCOMPARE(service->stats.connectionsPerSecond, 42ull);
}

void TestNetlink::malformedRepliesAreErrors()
{
    IpvsAttributes::Message reply = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_SERVICE);
    nlattr *nest = nla_nest_start(reply.get(), IPVS_CMD_ATTR_SERVICE);
    nla_put_u16(reply.get(), IPVS_SVC_ATTR_PROTOCOL, IPPROTO_TCP);
    nla_nest_end(reply.get(), nest);
    QString error;
    QVERIFY(!IpvsAttributes::parseService(topLevel(reply.get(), IPVS_CMD_ATTR_SERVICE), &error));
    QCOMPARE(error, QStringLiteral("a service in the kernel's reply has no address family"));
    QVERIFY(!IpvsAttributes::parseService(nullptr, &error));

    IpvsAttributes::Message unknown = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_SERVICE);
    // lblc and none are both four letters: the name can be replaced in place.
    VirtualService service = parseTable("-A -t 10.0.0.1:80 -s lblc").services.first();
    QVERIFY(IpvsAttributes::putService(unknown.get(), service, true));
    // The same service as a kernel with "none" would report it.
    nlattr *serviceNest = topLevel(unknown.get(), IPVS_CMD_ATTR_SERVICE);
    nlattr *scheduler = nla_find(static_cast<nlattr *>(nla_data(serviceNest)), nla_len(serviceNest), IPVS_SVC_ATTR_SCHED_NAME);
    std::memcpy(nla_data(scheduler), "none", 5);
    QVERIFY(!IpvsAttributes::parseService(serviceNest, &error));
    QCOMPARE(error, QStringLiteral("service TCP 10.0.0.1:80 has a scheduler LVS Studio does not know: 'none'"));
}

void TestNetlink::daemonsRoundTrip()
{
    SyncDaemon backup;
    backup.role = SyncDaemon::Role::Backup;
    backup.interface = QStringLiteral("ens3");
    backup.syncId = 7;
    backup.maxLength = 1400;
    backup.group = *IpAddress::parse(u"ff02::1:9");
    backup.port = 9000;
    backup.ttl = 4;
    SyncDaemon master;
    master.interface = QStringLiteral("eth1");
    for (const SyncDaemon &daemon : {backup, master}) {
        IpvsAttributes::Message message = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_DAEMON);
        QVERIFY(IpvsAttributes::putDaemon(message.get(), daemon, true));
        QString error;
        const auto parsed = IpvsAttributes::parseDaemon(topLevel(message.get(), IPVS_CMD_ATTR_DAEMON), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, daemon);
    }
}

void TestNetlink::daemonGroupInNetworkOrderPortInHostOrder()
{
    SyncDaemon daemon;
    daemon.group = *IpAddress::parse(u"239.1.2.3");
    daemon.port = 0x1234;
    IpvsAttributes::Message message = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_DAEMON);
    QVERIFY(IpvsAttributes::putDaemon(message.get(), daemon, true));
    nlattr *nest = topLevel(message.get(), IPVS_CMD_ATTR_DAEMON);
    nlattr *group = nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_DAEMON_ATTR_MCAST_GROUP);
    QVERIFY(group);
    QCOMPARE(nla_get_u32(group), htonl(0xef010203));
    nlattr *port = nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_DAEMON_ATTR_MCAST_PORT);
    QVERIFY(port);
    QCOMPARE(nla_get_u16(port), std::uint16_t(0x1234));
    // Unset options are not sent at all, as ipvsadm does not send them.
    QVERIFY(!nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_DAEMON_ATTR_MCAST_TTL));
    QVERIFY(!nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_DAEMON_ATTR_SYNC_MAXLEN));
    // Stopping names the role only.
    IpvsAttributes::Message stop = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_DEL_DAEMON);
    QVERIFY(IpvsAttributes::putDaemon(stop.get(), daemon, false));
    nest = topLevel(stop.get(), IPVS_CMD_ATTR_DAEMON);
    QVERIFY(nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_DAEMON_ATTR_STATE));
    QVERIFY(!nla_find(static_cast<nlattr *>(nla_data(nest)), nla_len(nest), IPVS_DAEMON_ATTR_MCAST_IFN));
}

void TestNetlink::daemonEffectiveValuesAreKept()
{
    // What GET_DAEMON sends for `ipvsadm --start-daemon master`: the effective values.
    IpvsAttributes::Message reply = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_DAEMON);
    nlattr *nest = nla_nest_start(reply.get(), IPVS_CMD_ATTR_DAEMON);
    nla_put_u32(reply.get(), IPVS_DAEMON_ATTR_STATE, IP_VS_STATE_MASTER);
    nla_put_string(reply.get(), IPVS_DAEMON_ATTR_MCAST_IFN, "eth0");
    nla_put_u32(reply.get(), IPVS_DAEMON_ATTR_SYNC_ID, 0);
    nla_put_u16(reply.get(), IPVS_DAEMON_ATTR_SYNC_MAXLEN, 1472);
    nla_put_u32(reply.get(), IPVS_DAEMON_ATTR_MCAST_GROUP, htonl(0xe0000051));
    nla_put_u16(reply.get(), IPVS_DAEMON_ATTR_MCAST_PORT, 8848);
    nla_put_u8(reply.get(), IPVS_DAEMON_ATTR_MCAST_TTL, 1);
    nla_nest_end(reply.get(), nest);
    QString error;
    const auto parsed = IpvsAttributes::parseDaemon(topLevel(reply.get(), IPVS_CMD_ATTR_DAEMON), &error);
    QVERIFY2(parsed, qPrintable(error));
    // As ipvsadm --list --daemon prints them: maxlen=1472, group=224.0.0.81, port=8848, ttl=1.
    SyncDaemon expected;
    expected.maxLength = 1472;
    expected.group = IpAddress::fromV4(0xe0000051);
    expected.port = 8848;
    expected.ttl = 1;
    QCOMPARE(*parsed, expected);

    IpvsAttributes::Message bad = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_NEW_DAEMON);
    nest = nla_nest_start(bad.get(), IPVS_CMD_ATTR_DAEMON);
    nla_put_u32(bad.get(), IPVS_DAEMON_ATTR_STATE, 3);
    nla_put_string(bad.get(), IPVS_DAEMON_ATTR_MCAST_IFN, "eth0");
    nla_put_u32(bad.get(), IPVS_DAEMON_ATTR_SYNC_ID, 0);
    nla_nest_end(bad.get(), nest);
    QVERIFY(!IpvsAttributes::parseDaemon(topLevel(bad.get(), IPVS_CMD_ATTR_DAEMON), &error));
    QVERIFY2(error.contains(QLatin1String("state 3")), qPrintable(error));
}

namespace {
struct Expected {
    int command = 0;
    bool dump = false;
    QList<int> present; ///< top-level attributes that must be there
    QList<int> absent;  ///< and those that must not
    QList<int> inService; ///< attributes inside the SERVICE nest
    QList<int> notInService;
    QList<int> inDest;
    QList<int> notInDest;

    // Spelled out so that a row names only what it checks.
    static Expected of(int command, bool dump, QList<int> present = {}, QList<int> absent = {}, QList<int> inService = {},
                       QList<int> notInService = {}, QList<int> inDest = {}, QList<int> notInDest = {})
    {
        Expected expected;
        expected.command = command;
        expected.dump = dump;
        expected.present = present;
        expected.absent = absent;
        expected.inService = inService;
        expected.notInService = notInService;
        expected.inDest = inDest;
        expected.notInDest = notInDest;
        return expected;
    }
};

bool nestHas(nl_msg *message, int nest, int attribute)
{
    nlattr *found = topLevel(message, nest);
    return found && nla_find(static_cast<nlattr *>(nla_data(found)), nla_len(found), attribute);
}
} // namespace
Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(std::shared_ptr<nl_msg>)

void TestNetlink::everyCommandsRequest_data()
{
    QTest::addColumn<std::shared_ptr<nl_msg>>("message");
    QTest::addColumn<Expected>("expected");
    const IpvsTable table = parseTable("-A -t 192.168.10.254:80 -s wlc -p 600\n"
                                       "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3\n");
    const VirtualService &service = table.services.first();
    const RealServer &server = service.realServers.first();
    auto row = [](const char *name, IpvsRequests::Message message, Expected expected) {
        QVERIFY2(message, name);
        QTest::newRow(name) << std::shared_ptr<nl_msg>(message.release(), nlmsg_free) << expected;
    };
    const QList<int> config{IPVS_SVC_ATTR_SCHED_NAME, IPVS_SVC_ATTR_FLAGS, IPVS_SVC_ATTR_TIMEOUT, IPVS_SVC_ATTR_NETMASK};
    const QList<int> key{IPVS_SVC_ATTR_AF, IPVS_SVC_ATTR_PROTOCOL, IPVS_SVC_ATTR_ADDR, IPVS_SVC_ATTR_PORT};
    const QList<int> destConfig{IPVS_DEST_ATTR_FWD_METHOD, IPVS_DEST_ATTR_WEIGHT, IPVS_DEST_ATTR_U_THRESH,
                                IPVS_DEST_ATTR_L_THRESH};
    const QList<int> destKey{IPVS_DEST_ATTR_ADDR, IPVS_DEST_ATTR_PORT};
    const QList<int> timeouts{IPVS_CMD_ATTR_TIMEOUT_TCP, IPVS_CMD_ATTR_TIMEOUT_TCP_FIN, IPVS_CMD_ATTR_TIMEOUT_UDP};
    const QList<int> everything{IPVS_CMD_ATTR_SERVICE, IPVS_CMD_ATTR_DEST, IPVS_CMD_ATTR_DAEMON, IPVS_CMD_ATTR_TIMEOUT_TCP};

    row("GET_INFO", IpvsRequests::info(fakeFamily), Expected::of(IPVS_CMD_GET_INFO, false, {}, everything));
    row("GET_SERVICE dump", IpvsRequests::dumpServices(fakeFamily), Expected::of(IPVS_CMD_GET_SERVICE, true, {}, everything));
    row("GET_DEST dump", IpvsRequests::dumpRealServers(fakeFamily, service),
        Expected::of(IPVS_CMD_GET_DEST, true, {IPVS_CMD_ATTR_SERVICE}, {IPVS_CMD_ATTR_DEST}, key, config));
    row("GET_CONFIG", IpvsRequests::config(fakeFamily), Expected::of(IPVS_CMD_GET_CONFIG, false, {}, everything));
    row("GET_DAEMON dump", IpvsRequests::dumpDaemons(fakeFamily), Expected::of(IPVS_CMD_GET_DAEMON, true, {}, everything));
    row("NEW_SERVICE", IpvsRequests::change(fakeFamily, TableChange::addService(service)),
        Expected::of(IPVS_CMD_NEW_SERVICE, false, {IPVS_CMD_ATTR_SERVICE}, {IPVS_CMD_ATTR_DEST}, key + config));
    row("SET_SERVICE", IpvsRequests::change(fakeFamily, TableChange::editService(service, service)),
        Expected::of(IPVS_CMD_SET_SERVICE, false, {IPVS_CMD_ATTR_SERVICE}, {IPVS_CMD_ATTR_DEST}, key + config));
    row("DEL_SERVICE", IpvsRequests::change(fakeFamily, TableChange::deleteService(service)),
        Expected::of(IPVS_CMD_DEL_SERVICE, false, {IPVS_CMD_ATTR_SERVICE}, {IPVS_CMD_ATTR_DEST}, key, config));
    row("NEW_DEST", IpvsRequests::change(fakeFamily, TableChange::addServer(service, server)),
        Expected::of(IPVS_CMD_NEW_DEST, false, {IPVS_CMD_ATTR_SERVICE, IPVS_CMD_ATTR_DEST}, {}, key, config, destKey + destConfig));
    row("SET_DEST", IpvsRequests::change(fakeFamily, TableChange::editServer(service, server, server)),
        Expected::of(IPVS_CMD_SET_DEST, false, {IPVS_CMD_ATTR_SERVICE, IPVS_CMD_ATTR_DEST}, {}, key, config, destKey + destConfig));
    row("DEL_DEST", IpvsRequests::change(fakeFamily, TableChange::deleteServer(service, server)),
        Expected::of(IPVS_CMD_DEL_DEST, false, {IPVS_CMD_ATTR_SERVICE, IPVS_CMD_ATTR_DEST}, {}, key, config, destKey, destConfig));
    row("SET_CONFIG", IpvsRequests::change(fakeFamily, TableChange::setTimeouts(Timeouts{}, Timeouts{100, 20, 30})),
        Expected::of(IPVS_CMD_SET_CONFIG, false, timeouts, {IPVS_CMD_ATTR_SERVICE, IPVS_CMD_ATTR_DEST}));
    row("ZERO everything", IpvsRequests::zero(fakeFamily, std::nullopt), Expected::of(IPVS_CMD_ZERO, false, {}, everything));
    row("ZERO one service", IpvsRequests::zero(fakeFamily, service.key()),
        Expected::of(IPVS_CMD_ZERO, false, {IPVS_CMD_ATTR_SERVICE}, {IPVS_CMD_ATTR_DEST}, key, config));
    row("FLUSH", IpvsRequests::flush(fakeFamily), Expected::of(IPVS_CMD_FLUSH, false, {}, everything));
    SyncDaemon daemon;
    row("NEW_DAEMON", IpvsRequests::startDaemon(fakeFamily, daemon),
        Expected::of(IPVS_CMD_NEW_DAEMON, false, {IPVS_CMD_ATTR_DAEMON}, {IPVS_CMD_ATTR_SERVICE}));
    row("DEL_DAEMON", IpvsRequests::stopDaemon(fakeFamily, SyncDaemon::Role::Backup),
        Expected::of(IPVS_CMD_DEL_DAEMON, false, {IPVS_CMD_ATTR_DAEMON}, {IPVS_CMD_ATTR_SERVICE}));
}

void TestNetlink::everyCommandsRequest()
{
    QFETCH(std::shared_ptr<nl_msg>, message);
    QFETCH(Expected, expected);
    nlmsghdr *header = nlmsg_hdr(message.get());
    const auto *genl = static_cast<const genlmsghdr *>(nlmsg_data(header));
    QCOMPARE(int(genl->cmd), expected.command);
    QCOMPARE(int(genl->version), IPVS_GENL_VERSION);
    QCOMPARE(bool(header->nlmsg_flags & NLM_F_DUMP), expected.dump);
    for (int attribute : expected.present)
        QVERIFY2(topLevel(message.get(), attribute), qPrintable(QString::number(attribute)));
    for (int attribute : expected.absent)
        QVERIFY2(!topLevel(message.get(), attribute), qPrintable(QString::number(attribute)));
    for (int attribute : expected.inService)
        QVERIFY2(nestHas(message.get(), IPVS_CMD_ATTR_SERVICE, attribute), qPrintable(QString::number(attribute)));
    for (int attribute : expected.notInService)
        QVERIFY2(!nestHas(message.get(), IPVS_CMD_ATTR_SERVICE, attribute), qPrintable(QString::number(attribute)));
    for (int attribute : expected.inDest)
        QVERIFY2(nestHas(message.get(), IPVS_CMD_ATTR_DEST, attribute), qPrintable(QString::number(attribute)));
    for (int attribute : expected.notInDest)
        QVERIFY2(!nestHas(message.get(), IPVS_CMD_ATTR_DEST, attribute), qPrintable(QString::number(attribute)));
}

void TestNetlink::infoReply()
{
    IpvsAttributes::Message reply = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_SET_INFO);
    nla_put_u32(reply.get(), IPVS_INFO_ATTR_VERSION, 0x010201);
    nla_put_u32(reply.get(), IPVS_INFO_ATTR_CONN_TAB_SIZE, 4096);
    QString error;
    const auto info = IpvsRequests::parseInfo(reply.get(), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->version, QStringLiteral("1.2.1"));
    QCOMPARE(info->connectionTableSize, 4096u);

    IpvsAttributes::Message incomplete = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_SET_INFO);
    nla_put_u32(incomplete.get(), IPVS_INFO_ATTR_VERSION, 0x010201);
    QVERIFY(!IpvsRequests::parseInfo(incomplete.get(), &error));
    QVERIFY2(error.contains(QLatin1String("table size")), qPrintable(error));
}

void TestNetlink::configReply()
{
    // A kernel built without UDP support sends only the TCP timeouts.
    IpvsAttributes::Message reply = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_SET_CONFIG);
    nla_put_u32(reply.get(), IPVS_CMD_ATTR_TIMEOUT_TCP, 1000);
    nla_put_u32(reply.get(), IPVS_CMD_ATTR_TIMEOUT_TCP_FIN, 60);
    QString error;
    const auto timeouts = IpvsRequests::parseConfig(reply.get(), &error);
    QVERIFY2(timeouts, qPrintable(error));
    QCOMPARE(*timeouts, (Timeouts{1000, 60, 300}));

    IpvsAttributes::Message malformed = IpvsAttributes::newMessage(fakeFamily, IPVS_CMD_SET_CONFIG);
    nla_put_u16(malformed.get(), IPVS_CMD_ATTR_TIMEOUT_UDP, 7);
    QVERIFY(!IpvsRequests::parseConfig(malformed.get(), &error));
    QVERIFY2(error.contains(QLatin1String("malformed")), qPrintable(error));
}

void TestNetlink::everySocketComesFromTheOpener()
{
    // A lab director's table: its sockets are made in its namespace, the first one and
    // each one after a failure, never by the object itself in the helper's own.
    int opened = 0;
    NetlinkIpvs refused([&](QString *why) {
        ++opened;
        *why = QStringLiteral("the lab's namespace is gone");
        return -1;
    });
    IpvsInfo info;
    KernelError error;
    QVERIFY(!refused.info(&info, &error));
    QCOMPARE(error.message, QStringLiteral("cannot open the netlink socket: the lab's namespace is gone"));
    IpvsTable table;
    QVERIFY(!refused.readTable(&table, &error));
    QVERIFY(!refused.flush(&error));
    QCOMPARE(opened, 3);

    // A real generic netlink socket from the opener is used as it is: this machine may
    // lack IPVS, and then each attempt asks the opener for a socket again.
    int made = 0;
    NetlinkIpvs given([&](QString *) {
        ++made;
        return ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
    });
    const bool connected = given.info(&info, &error);
    if (connected) {
        QVERIFY(given.info(&info, &error)); // the same socket, kept
        QCOMPARE(made, 1);
    } else {
        QCOMPARE(error.message, QStringLiteral("IPVS is not available: the ip_vs module is not loaded"));
        QVERIFY(!given.info(&info, &error));
        QCOMPARE(made, 2);
    }
}

QTEST_GUILESS_MAIN(TestNetlink)
#include "tst_netlink.moc"
