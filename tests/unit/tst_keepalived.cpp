// SPDX-License-Identifier: GPL-2.0-or-later
#include "keepalivedreader.h"
#include "keepalivedwriter.h"
#include "rulesparser.h"
#include "ruleswriter.h"
#include "validation.h"

#include <QFile>
#include <QTest>

#include <random>

namespace {
QString dataPath(const QString &relative)
{
    return QStringLiteral(LVS_TEST_DATA_DIR "/keepalived/") + relative;
}

QString readData(const QString &relative)
{
    QFile file(QStringLiteral(LVS_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

IpvsTable tableFromRules(const QString &rules)
{
    const RulesParseResult parsed = RulesParser::parse(rules);
    if (!parsed.ok())
        qFatal("bad expected rules: %s", qPrintable(parsed.errors.first().message));
    return parsed.table;
}

// "12: message" for each diagnostic: the line and the words, the file checked elsewhere.
QStringList lines(const QList<KeepalivedDiagnostic> &diagnostics)
{
    QStringList result;
    for (const KeepalivedDiagnostic &diagnostic : diagnostics)
        result.append(QString::number(diagnostic.line) + QStringLiteral(": ") + diagnostic.message);
    return result;
}

QString joined(const QList<KeepalivedDiagnostic> &diagnostics)
{
    QStringList all;
    for (const KeepalivedDiagnostic &diagnostic : diagnostics)
        all.append(diagnostic.toString());
    return all.join(QLatin1Char('\n'));
}

// Deterministic: mt19937's output is fixed by the standard, and the mapping to a bound is ours
// (std::uniform_int_distribution differs between standard libraries).
class Generator
{
public:
    explicit Generator(std::uint32_t seed)
        : m_engine(seed)
    {
    }
    std::uint32_t next(std::uint32_t bound) { return std::uint32_t((std::uint64_t(m_engine()) * bound) >> 32); }
    bool chance(std::uint32_t percent) { return next(100) < percent; }

private:
    std::mt19937 m_engine;
};

IpAddress addressFor(IpAddress::Family family, std::uint32_t site, std::uint32_t host)
{
    if (family == IpAddress::Family::V4)
        return IpAddress::fromV4((10u << 24) | (site << 8) | (host + 1));
    std::array<std::uint8_t, 16> bytes{0x20, 0x01, 0x0d, 0xb8};
    bytes[5] = std::uint8_t(site);
    bytes[15] = std::uint8_t(host + 1);
    return IpAddress::fromBytes(IpAddress::Family::V6, bytes);
}

// A valid table that keepalived can hold: every service has real servers, no sync
// daemons, no "local" forwarding, and the ports keepalived gives real servers.
IpvsTable generatedTable(std::uint32_t seed)
{
    Generator random(seed);
    IpvsTable table;
    if (random.chance(30))
        table.timeouts = Timeouts{1 + random.next(86400), 1 + random.next(600), 1 + random.next(3600)};
    const QList<Scheduler> schedulers = Schedulers::all();
    const int serviceCount = 1 + int(random.next(4));
    for (int s = 0; s < serviceCount; ++s) {
        VirtualService service;
        const std::uint32_t kind = random.next(4);
        const IpAddress::Family family = kind % 2 ? IpAddress::Family::V6 : IpAddress::Family::V4;
        if (kind < 2) {
            service.address = addressFor(family, 200, std::uint32_t(s));
            service.protocol = std::array{Protocol::Tcp, Protocol::Udp, Protocol::Sctp}[random.next(3)];
        } else {
            service.firewallMark = 1 + random.next(100000) * 8 + std::uint32_t(s);
            service.firewallMarkFamily = family;
        }
        service.scheduler = schedulers.at(qsizetype(random.next(std::uint32_t(schedulers.size()))));
        service.schedulerFlags = random.chance(30) ? (random.next(8) << 3) : 0;
        if (random.chance(50)) {
            service.persistent = true;
            service.persistenceTimeout = 1 + random.next(Validation::maximumPersistenceTimeout);
            if (random.chance(50))
                service.persistenceNetmask = family == IpAddress::Family::V6 ? 1 + random.next(128)
                                                                             : ~((1u << random.next(32)) - 1);
            else
                service.persistenceNetmask = service.fullPersistenceNetmask();
            if (random.chance(20))
                service.persistenceEngine = QStringLiteral("sip");
        }
        if (!service.isFirewallMark())
            service.port = std::uint16_t(service.persistent && random.chance(20) ? 0 : 1 + random.next(65535));
        service.onePacket = !service.isFirewallMark() && service.protocol == Protocol::Udp && random.chance(50);

        const int serverCount = 1 + int(random.next(5));
        for (int r = 0; r < serverCount; ++r) {
            RealServer server;
            server.forwarding = std::array{ForwardingMethod::Masquerading, ForwardingMethod::DirectRouting,
                                           ForwardingMethod::Tunnelling}[random.next(3)];
            const bool otherFamily = server.forwarding == ForwardingMethod::Tunnelling && random.chance(30);
            const IpAddress::Family serverFamily = otherFamily
                ? (family == IpAddress::Family::V4 ? IpAddress::Family::V6 : IpAddress::Family::V4)
                : family;
            server.address = addressFor(serverFamily, 1 + std::uint32_t(s), std::uint32_t(r));
            if (server.forwarding == ForwardingMethod::Masquerading)
                server.port = service.port == 0 ? 0 : std::uint16_t(1 + random.next(65535));
            else
                server.port = service.port; // 0 for fwmark services, as keepalived keeps them
            server.weight = random.chance(10) ? 0 : random.next(Validation::maximumWeight + 1);
            if (random.chance(30)) {
                server.upperThreshold = 1 + random.next(10000);
                server.lowerThreshold = random.next(server.upperThreshold + 1);
            }
            if (server.forwarding == ForwardingMethod::Tunnelling) {
                server.tunnelType = std::array{TunnelType::Ipip, TunnelType::Gue, TunnelType::Gre}[random.next(3)];
                if (server.tunnelType == TunnelType::Gue) {
                    server.tunnelPort = std::uint16_t(1 + random.next(65535));
                    server.tunnelChecksum = std::array{TunnelChecksum::None, TunnelChecksum::Checksum,
                                                       TunnelChecksum::RemoteChecksum}[random.next(3)];
                } else if (server.tunnelType == TunnelType::Gre) {
                    server.tunnelChecksum = random.chance(50) ? TunnelChecksum::Checksum : TunnelChecksum::None;
                }
            }
            service.realServers.append(server);
        }
        table.services.append(service);
    }
    return table;
}
} // namespace

class TestKeepalived : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsSampleConfigurations_data();
    void importsSampleConfigurations();
    void unmodelledBlocksGiveNotes_data();
    void unmodelledBlocksGiveNotes();
    void howtoListingsReadAsTheirScripts_data();
    void howtoListingsReadAsTheirScripts();
    void keepalivedDefaults_data();
    void keepalivedDefaults();
    void includesFromDisk();
    void includesFromMemory();
    void mistakesAreErrorsAtTheirLine_data();
    void mistakesAreErrorsAtTheirLine();
    void everyMistakeIsReported();
    void writesListing1();
    void writesMixedForwarding();
    void writesWhatKeepalivedCannotHoldAsComments();
    void exportThenImportIsIdentity_data();
    void exportThenImportIsIdentity();
};

void TestKeepalived::importsSampleConfigurations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // an ipvsadm script of the same table

    QTest::newRow("NAT director with HTTP checks and VRRP") << "nat-director.conf"
        << "ipvsadm -A -t 192.168.10.254:80 -s wlc\n"
           "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 1\n"
           "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 1\n"
           "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.180:80 -m -w 1\n"
           "ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.254:80 -m -w 1\n";
    QTest::newRow("DR director in keepalived 1.x words") << "dr-director.conf"
        << "ipvsadm -A -t 192.168.0.200:80 -s wlc\n"
           "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.160:80 -g -w 1\n"
           "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.170:80 -g -w 1\n"
           "ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.180:80 -g -w 1\n";
    QTest::newRow("fwmark services and IPv6") << "fwmark-ipv6.conf"
        << "-A -f 1 -s rr -p 600 -M 255.255.255.0\n"
           "-a -f 1 -r 192.168.0.160:0 -g -w 2\n"
           "-a -f 1 -r 192.168.0.170:0 -g -w 1\n"
           "-A -f 2 -6 -s mh -b mh-fallback,mh-port\n"
           "-a -f 2 -6 -r [2001:db8::160]:0 -g -w 1\n"
           "-a -f 2 -6 -r [2001:db8::170]:0 -g -w 1\n"
           "-A -f 3 -6 -s wrr\n"
           "-a -f 3 -6 -r [2001:db8:3::1]:0 -i -w 5\n"
           "-A -t [2001:db8::100]:443 -s sh -p 120 -M 64 -b sh-port\n"
           "-a -t [2001:db8::100]:443 -r [fd00::10]:8443 -m -w 1\n"
           "-a -t [2001:db8::100]:443 -r [fd00::11]:8443 -m -w 1\n";
    QTest::newRow("virtual_server_group with ranges and a fwmark") << "server-group.conf"
        << "-A -t 10.20.0.1:80 -s rr -p 50\n"
           "-a -t 10.20.0.1:80 -r 192.168.1.10:80 -m -w 2\n"
           "-a -t 10.20.0.1:80 -r 192.168.1.11:80 -m -w 3\n"
           "-A -t 10.20.0.2:80 -s rr -p 50\n"
           "-a -t 10.20.0.2:80 -r 192.168.1.10:80 -m -w 2\n"
           "-a -t 10.20.0.2:80 -r 192.168.1.11:80 -m -w 3\n"
           "-A -t 10.20.0.3:80 -s rr -p 50\n"
           "-a -t 10.20.0.3:80 -r 192.168.1.10:80 -m -w 2\n"
           "-a -t 10.20.0.3:80 -r 192.168.1.11:80 -m -w 3\n"
           "-A -t 10.20.1.10:8080 -s rr -p 50\n"
           "-a -t 10.20.1.10:8080 -r 192.168.1.10:80 -m -w 2\n"
           "-a -t 10.20.1.10:8080 -r 192.168.1.11:80 -m -w 3\n"
           "-A -f 5 -s rr -p 50\n"
           "-a -f 5 -r 192.168.1.10:80 -m -w 2\n"
           "-a -f 5 -r 192.168.1.11:80 -m -w 3\n"
           "-A -u [2001:db8::a]:53 -s wlc\n"
           "-a -u [2001:db8::a]:53 -r [2001:db8:1::1]:53 -g -w 1\n"
           "-a -u [2001:db8::a]:53 -r [2001:db8:1::2]:53 -g -w 1\n"
           "-A -u [2001:db8::b]:53 -s wlc\n"
           "-a -u [2001:db8::b]:53 -r [2001:db8:1::1]:53 -g -w 1\n"
           "-a -u [2001:db8::b]:53 -r [2001:db8:1::2]:53 -g -w 1\n"
           "-A -u [2001:db8::c]:53 -s wlc\n"
           "-a -u [2001:db8::c]:53 -r [2001:db8:1::1]:53 -g -w 1\n"
           "-a -u [2001:db8::c]:53 -r [2001:db8:1::2]:53 -g -w 1\n";
    QTest::newRow("tunnels, persistence and SIP") << "tunnel-persistence.conf"
        << "ipvsadm -A -t 203.0.113.10:443 -s wlc -p 360 -M 255.255.255.0\n"
           "ipvsadm -a -t 203.0.113.10:443 -r 198.51.100.1:443 -i -w 10 --tun-type gue --tun-port 6080 --tun-csum\n"
           "ipvsadm -a -t 203.0.113.10:443 -r 198.51.100.2:443 -i -w 10 --tun-type gre --tun-csum\n"
           "ipvsadm -a -t 203.0.113.10:443 -r [2001:db8:5::1]:443 -i -w 5 --tun-type ipip\n"
           "ipvsadm -a -t 203.0.113.10:443 -r 198.51.100.3:443 -g -w 1 -x 100 -y 20\n"
           "ipvsadm -A -u 203.0.113.10:5060 -s rr -p 60 --pe sip -o\n"
           "ipvsadm -a -u 203.0.113.10:5060 -r 198.51.100.1:5060 -i -w 4\n"
           "ipvsadm -a -u 203.0.113.10:5060 -r 198.51.100.2:5060 -i -w 1\n";
}

void TestKeepalived::importsSampleConfigurations()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const KeepalivedReadResult result = KeepalivedReader::readFile(dataPath(file));
    QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
    const IpvsTable table = tableFromRules(expected);
    // The script form carries thresholds too, and reads well when it differs.
    QCOMPARE(RulesWriter::script(result.table), RulesWriter::script(table));
    QVERIFY(result.table.sameConfiguration(table));
}

void TestKeepalived::unmodelledBlocksGiveNotes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("NAT director") << "nat-director.conf" << QStringList{
        "4: global_defs: only lvs_timeouts is read; the other settings are not modelled",
        "14: vrrp_instance VI_1 skipped: VRRP is not modelled",
        "30: virtual_server 192.168.10.254 80: health checks skipped (HTTP_GET, TCP_CHECK): they are not modelled, "
        "so every real server counts as up",
    };
    QTest::newRow("DR director") << "dr-director.conf" << QStringList{
        "5: global_defs: only lvs_timeouts is read; the other settings are not modelled",
        "10: vrrp_sync_group VG_1 skipped: VRRP is not modelled",
        "18: vrrp_instance VI_DR skipped: VRRP is not modelled",
        "31: virtual_server 192.168.0.200 80: health checks skipped (TCP_CHECK): they are not modelled, "
        "so every real server counts as up",
    };
    QTest::newRow("fwmark and IPv6") << "fwmark-ipv6.conf" << QStringList{
        "5: virtual_server fwmark 1: health checks skipped (PING_CHECK): they are not modelled, "
        "so every real server counts as up",
        "17: real_server 192.168.0.170 80: port 80 ignored: in a fwmark service only NAT real servers have a port",
        "46: virtual_server 2001:db8::100 443: health checks skipped (SSL_GET): they are not modelled, "
        "so every real server counts as up",
    };
    QTest::newRow("tunnels") << "tunnel-persistence.conf" << QStringList{
        "10: sorry_server 203.0.113.99 443 skipped: keepalived adds the sorry server only while no real server is up, "
        "and the table shows every real server up",
        "4: virtual_server 203.0.113.10 443: health checks skipped (TCP_CHECK): they are not modelled, "
        "so every real server counts as up",
        "4: virtual_server 203.0.113.10 443: inhibit_on_failure: keepalived sets a failed real server's weight to 0 "
        "instead of removing it; the table shows the configured weights",
    };
}

void TestKeepalived::unmodelledBlocksGiveNotes()
{
    QFETCH(QString, file);
    QFETCH(QStringList, notes);
    const KeepalivedReadResult result = KeepalivedReader::readFile(dataPath(file));
    QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
    QCOMPARE(lines(result.notes), notes);
    for (const KeepalivedDiagnostic &note : result.notes)
        QCOMPARE(note.file, dataPath(file));
}

void TestKeepalived::howtoListingsReadAsTheirScripts_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<QString>("listing");
    QTest::newRow("Listing 1, VS/NAT") << "nat-director.conf" << "howto/listing1.sh";
    QTest::newRow("Listing 9, VS/DR") << "dr-director.conf" << "howto/listing9.sh";
}

// The keepalived files and the how-to's ipvsadm scripts describe the same directors.
void TestKeepalived::howtoListingsReadAsTheirScripts()
{
    QFETCH(QString, configuration);
    QFETCH(QString, listing);
    const KeepalivedReadResult result = KeepalivedReader::readFile(dataPath(configuration));
    QVERIFY(result.ok());
    const RulesParseResult script = RulesParser::parse(readData(listing));
    QVERIFY(script.ok());
    QCOMPARE(RulesWriter::rules(result.table), RulesWriter::rules(script.table));
}

void TestKeepalived::keepalivedDefaults_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("no lvs_method means NAT, no lvs_sched means wlc, protocol TCP, weight 1")
        << "virtual_server 10.0.0.1 80 {\n real_server 10.0.1.1 8080 {\n }\n}\n"
        << "-A -t 10.0.0.1:80 -s wlc\n-a -t 10.0.0.1:80 -r 10.0.1.1:8080 -m -w 1\n"
        << QStringList{"1: virtual_server 10.0.0.1 80: no lvs_method, so keepalived forwards by NAT (ipvsadm's default is DR)",
                       "1: virtual_server 10.0.0.1 80: no lvs_sched, so keepalived schedules with wlc"};
    QTest::newRow("a bare persistence_timeout is 360 seconds")
        << "virtual_server 10.0.0.1 443 {\n lvs_sched rr\n lvs_method DR\n persistence_timeout\n"
           " real_server 10.0.1.1 443 {\n }\n}\n"
        << "-A -t 10.0.0.1:443 -s rr -p 360\n-a -t 10.0.0.1:443 -r 10.0.1.1:443 -g -w 1\n" << QStringList{};
    QTest::newRow("a granularity alone makes the service persistent")
        << "virtual_server 10.0.0.1 443 {\n lvs_sched rr\n lvs_method DR\n persistence_granularity 255.255.0.0\n"
           " real_server 10.0.1.1 {\n }\n}\n"
        << "-A -t 10.0.0.1:443 -s rr -p 360 -M 255.255.0.0\n-a -t 10.0.0.1:443 -r 10.0.1.1:443 -g -w 1\n"
        << QStringList{};
    QTest::newRow("a NAT real server without a port takes the service's")
        << "virtual_server 10.0.0.1 80 {\n lvs_sched rr\n lvs_method NAT\n real_server 10.0.1.1 {\n }\n}\n"
        << "-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -m -w 1\n" << QStringList{};
    QTest::newRow("protocol is not case-sensitive; the virtual server's weight is the default")
        << "virtual_server 10.0.0.1 53 {\n lvs_sched rr\n lvs_method DR\n protocol sctp\n weight 7\n"
           " real_server 10.0.1.1 53 {\n }\n real_server 10.0.1.2 53 {\n weight 0\n }\n}\n"
        << "-A --sctp-service 10.0.0.1:53 -s rr\n-a --sctp-service 10.0.0.1:53 -r 10.0.1.1:53 -g -w 7\n"
           "-a --sctp-service 10.0.0.1:53 -r 10.0.1.2:53 -g -w 0\n"
        << QStringList{};
    QTest::newRow("a real server takes the method as it stands at its line")
        << "virtual_server 10.0.0.1 80 {\n lvs_sched rr\n lvs_method NAT\n real_server 10.0.1.1 8080 {\n }\n"
           " lvs_method DR\n real_server 10.0.1.2 80 {\n }\n}\n"
        << "-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1:8080 -m -w 1\n"
           "-a -t 10.0.0.1:80 -r 10.0.1.2:80 -g -w 1\n"
        << QStringList{};
    QTest::newRow("real servers before lvs_method take the last one")
        << "virtual_server 10.0.0.1 80 {\n lvs_sched rr\n real_server 10.0.1.1 {\n }\n lb_kind DR\n}\n"
        << "-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -g -w 1\n" << QStringList{};
    QTest::newRow("comments, quotes, braces on one line and on the next")
        << "# comment\n! another\nvirtual_server \"10.0.0.1\" 80 { lvs_sched \"rr\" ! trailing\n"
           " lvs_method DR # trailing\n real_server 10.0.1.1 80\n {\n weight 3 }\n}\n"
        << "-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -g -w 3\n" << QStringList{};
    QTest::newRow("a fwmark service takes its family from its first real server")
        << "virtual_server fwmark 9 {\n lvs_sched rr\n lvs_method DR\n real_server 2001:db8::1 {\n }\n}\n"
        << "-A -f 9 -6 -s rr\n-a -f 9 -6 -r [2001:db8::1]:0 -g -w 1\n" << QStringList{};
    QTest::newRow("a fwmark granularity without a dot is an IPv6 prefix")
        << "virtual_server fwmark 9 {\n lvs_sched rr\n lvs_method TUN\n persistence_granularity 48\n"
           " real_server 10.0.1.1 {\n }\n}\n"
        << "-A -f 9 -6 -s rr -p 360 -M 48\n-a -f 9 -6 -r 10.0.1.1:0 -i -w 1 --tun-type ipip\n" << QStringList{};
    QTest::newRow("group prefixes, full ranges and a fwmark with its family")
        << "virtual_server_group G {\n 10.0.0.8/30 80\n 10.0.1.250-10.0.1.251 80\n fwmark 3 inet6\n}\n"
           "virtual_server group G {\n lvs_sched rr\n lvs_method TUN\n real_server 10.1.0.1 80 {\n"
           " inhibit_on_failure off\n }\n}\n"
        << "-A -t 10.0.0.8:80 -s rr\n-a -t 10.0.0.8:80 -r 10.1.0.1:80 -i -w 1\n"
           "-A -t 10.0.0.9:80 -s rr\n-a -t 10.0.0.9:80 -r 10.1.0.1:80 -i -w 1\n"
           "-A -t 10.0.0.10:80 -s rr\n-a -t 10.0.0.10:80 -r 10.1.0.1:80 -i -w 1\n"
           "-A -t 10.0.0.11:80 -s rr\n-a -t 10.0.0.11:80 -r 10.1.0.1:80 -i -w 1\n"
           "-A -t 10.0.1.250:80 -s rr\n-a -t 10.0.1.250:80 -r 10.1.0.1:80 -i -w 1\n"
           "-A -t 10.0.1.251:80 -s rr\n-a -t 10.0.1.251:80 -r 10.1.0.1:80 -i -w 1\n"
           "-A -f 3 -6 -s rr\n-a -f 3 -6 -r 10.1.0.1:0 -i -w 1\n"
        << QStringList{"9: real_server 10.1.0.1 80: port 80 ignored: in a fwmark service only NAT real servers have a port"};
    QTest::newRow("lvs_timeouts with zeros keep the defaults")
        << "global_defs {\n lvs_timeouts tcp 7200 udp 0\n}\n"
           "virtual_server 10.0.0.1 80 {\n lvs_sched rr\n lvs_method DR\n real_server 10.0.1.1 {\n }\n}\n"
        << "--set 7200 120 300\n-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -g -w 1\n"
        << QStringList{};
    QTest::newRow("a virtual server without real servers is ignored")
        << "virtual_server 10.0.0.1 80 {\n lvs_sched rr\n}\n" << ""
        << QStringList{"1: virtual_server 10.0.0.1 80 has no real servers: keepalived ignores it"};
    QTest::newRow("persistence_engine without persistence is dropped")
        << "virtual_server 10.0.0.1 5060 {\n lvs_sched rr\n lvs_method DR\n protocol UDP\n persistence_engine sip\n"
           " real_server 10.0.1.1 {\n }\n}\n"
        << "-A -u 10.0.0.1:5060 -s rr\n-a -u 10.0.0.1:5060 -r 10.0.1.1:5060 -g -w 1\n"
        << QStringList{"1: virtual_server 10.0.0.1 5060: persistence_engine sip ignored: keepalived passes it only "
                       "with persistence"};
    QTest::newRow("@^id lines are read, as for a director no @ line names")
        << "@lvs1 virtual_server 10.0.0.1 80 {\n@^lvs1 virtual_server 10.0.0.2 80 {\n lvs_sched rr\n lvs_method DR\n"
           " real_server 10.0.1.1 {\n }\n}\n"
        << "-A -t 10.0.0.2:80 -s rr\n-a -t 10.0.0.2:80 -r 10.0.1.1:80 -g -w 1\n"
        << QStringList{"1: line for config-id lvs1 skipped: LVS Studio reads the file as for a director no @ line names",
                       "2: line for every config-id but lvs1 read: LVS Studio reads the file as for a director no @ "
                       "line names"};
    QTest::newRow("lvs_sync_daemon, hashed and conditional lines are notes")
        << "@backup net_namespace backup\nglobal_defs {\n lvs_sync_daemon eth1 VI_1 id 5\n}\n"
           "virtual_server 10.0.0.1 80 {\n lvs_sched sh\n hashed\n lvs_method DR\n real_server 10.0.1.1 {\n }\n}\n"
        << "-A -t 10.0.0.1:80 -s sh\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -g -w 1\n"
        << QStringList{"1: line for config-id backup skipped: LVS Studio reads the file as for a director no @ "
                       "line names",
                       "3: lvs_sync_daemon skipped: keepalived runs it as master or backup after a VRRP instance's "
                       "state, and VRRP is not modelled",
                       "7: hashed is obsolete; keepalived ignores it"};
}

void TestKeepalived::keepalivedDefaults()
{
    QFETCH(QString, configuration);
    QFETCH(QString, expected);
    QFETCH(QStringList, notes);
    const KeepalivedReadResult result = KeepalivedReader::parse(configuration);
    QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
    QCOMPARE(RulesWriter::script(result.table), RulesWriter::script(tableFromRules(expected)));
    QCOMPARE(lines(result.notes), notes);
}

void TestKeepalived::includesFromDisk()
{
    const QString main = dataPath(QStringLiteral("include/keepalived.conf"));
    const KeepalivedReadResult result = KeepalivedReader::readFile(main);
    QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
    const IpvsTable expected = tableFromRules(QStringLiteral("--set 3600 60 120\n"
                                                             "-A -t 192.168.10.254:80 -s wrr\n"
                                                             "-a -t 192.168.10.254:80 -r 192.168.0.160:80 -m -w 3\n"
                                                             "-a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 1\n"
                                                             "-A -u 192.168.10.254:53 -s rr\n"
                                                             "-a -u 192.168.10.254:53 -r 192.168.0.160:53 -m -w 1\n"));
    QCOMPARE(RulesWriter::script(result.table), RulesWriter::script(expected));
    // Each note names the file it is about, included files too.
    QCOMPARE(result.notes.size(), 3);
    QCOMPARE(result.notes.at(0).toString(),
             main + QStringLiteral(":9: include optional.d/*.conf matched no file"));
    QCOMPARE(result.notes.at(1).toString(),
             main + QStringLiteral(":3: global_defs: only lvs_timeouts is read; the other settings are not modelled"));
    QCOMPARE(result.notes.at(2).toString(), dataPath(QStringLiteral("include/conf.d/20-dns.conf"))
                                                + QStringLiteral(":10: vrrp_script chk_named skipped: VRRP is not modelled"));
}

void TestKeepalived::includesFromMemory()
{
    const QHash<QString, QString> files{
        {"/etc/keepalived/keepalived.conf", "include /etc/keepalived/services/*.conf\ninclude missing.conf\n"},
        {"/etc/keepalived/services/a.conf", "virtual_server 10.0.0.1 80 {\n lvs_sched rr\n lvs_method DR\n"
                                            " include ../servers/web.inc\n}\n"},
        {"/etc/keepalived/services/b.conf", "include b.conf\n"},
        {"/etc/keepalived/servers/web.inc", "real_server 10.0.1.1 80 {\n weight 2\n}\n"},
    };
    const KeepalivedReadResult result =
        KeepalivedReader::readFile(QStringLiteral("/etc/keepalived/keepalived.conf"), KeepalivedFiles::memory(files));
    QCOMPARE(RulesWriter::rules(result.table),
             QStringLiteral("-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -g -w 2\n"));
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).toString(),
             QStringLiteral("/etc/keepalived/services/b.conf:1: include b.conf: /etc/keepalived/services/b.conf is "
                            "already being read (an include loop)"));
    QCOMPARE(result.errors.at(1).toString(),
             QStringLiteral("/etc/keepalived/keepalived.conf:2: include missing.conf: no such file"));
}

void TestKeepalived::mistakesAreErrorsAtTheirLine_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<QString>("error");

    const QString service = QStringLiteral("virtual_server 10.0.0.1 80 {\n lvs_sched rr\n lvs_method NAT\n");
    QTest::newRow("an extra closing brace") << service + " real_server 10.0.1.1 80 {\n }\n }\n}\n"
                                            << "keepalived.conf:7: '}' without a matching '{'";
    QTest::newRow("a block never closed") << service + " real_server 10.0.1.1 80 {\n weight 2\n"
                                          << "keepalived.conf:4: the '{' of real_server 10.0.1.1 80 is never closed";
    QTest::newRow("an unknown lvs_method") << service + " real_server 10.0.1.1 80 {\n lvs_method FULLNAT\n }\n}\n"
                                           << "keepalived.conf:5: lvs_method 'FULLNAT': unknown forwarding method "
                                              "(NAT, DR or TUN, in capitals)";
    QTest::newRow("a lower-case lb_kind") << "virtual_server 10.0.0.1 80 {\n lb_kind dr\n real_server 10.0.1.1 {\n }\n}\n"
                                          << "keepalived.conf:2: lb_kind 'dr': unknown forwarding method "
                                             "(NAT, DR or TUN, in capitals)";
    QTest::newRow("a weight of 70000") << service + " real_server 10.0.1.1 80 {\n weight 70000\n }\n}\n"
                                       << "keepalived.conf:4: service TCP 10.0.0.1:80, real server 10.0.1.1:80: "
                                          "weight 70000 is out of range 0 to 65535";
    QTest::newRow("a weight that is no number") << service + " real_server 10.0.1.1 80 {\n weight heavy\n }\n}\n"
                                                << "keepalived.conf:5: weight 'heavy' is not a number from 0 to 65535";
    QTest::newRow("a missing include") << "include /etc/keepalived/conf.d/lvs.conf\n"
                                       << "keepalived.conf:1: include /etc/keepalived/conf.d/lvs.conf: no such file";
    QTest::newRow("an unterminated quote") << "virtual_server \"10.0.0.1 80 {\n"
                                           << "keepalived.conf:1: unterminated \" quote";
    QTest::newRow("an unknown top-level keyword") << "virtual_sever 10.0.0.1 80 {\n}\n"
                                                  << "keepalived.conf:1: unknown keyword 'virtual_sever'";
    QTest::newRow("an unknown keyword in a virtual_server") << service + " lvs_schedule rr\n real_server 10.0.1.1 {\n }\n}\n"
                                                            << "keepalived.conf:4: unknown keyword 'lvs_schedule' in virtual_server";
    QTest::newRow("lb_kind inside a real_server") << service + " real_server 10.0.1.1 80 {\n lb_kind DR\n }\n}\n"
                                                  << "keepalived.conf:5: unknown keyword 'lb_kind' in real_server; "
                                                     "keepalived takes lvs_method here";
    QTest::newRow("an unknown scheduler") << "virtual_server 10.0.0.1 80 {\n lb_algo fastest\n real_server 10.0.1.1 {\n }\n}\n"
                                          << "keepalived.conf:2: lb_algo 'fastest': unknown scheduler";
    QTest::newRow("sh-port before lvs_sched sh") << "virtual_server 10.0.0.1 80 {\n sh-port\n lvs_sched sh\n"
                                                    " real_server 10.0.1.1 {\n }\n}\n"
                                                 << "keepalived.conf:2: sh-port must come after 'lvs_sched sh'; "
                                                    "keepalived ignores it before";
    QTest::newRow("mh-port with the rr scheduler") << "virtual_server 10.0.0.1 80 {\n lvs_sched rr\n mh-port\n"
                                                      " real_server 10.0.1.1 {\n }\n}\n"
                                                   << "keepalived.conf:3: scheduler flag 'mh-port' needs the mh "
                                                      "scheduler, not rr";
    QTest::newRow("a gue tunnel without a port") << service + " real_server 10.0.1.1 80 {\n lvs_method TUN type gue\n }\n}\n"
                                                 << "keepalived.conf:5: a gue tunnel needs 'port N'";
    QTest::newRow("tunnel options with DR") << "virtual_server 10.0.0.1 80 {\n lvs_method DR type gre\n"
                                               " real_server 10.0.1.1 {\n }\n}\n"
                                            << "keepalived.conf:2: lvs_method DR: tunnel options such as 'type' need TUN";
    QTest::newRow("an IPv6 real server under an IPv4 NAT service")
        << service + " real_server 2001:db8::1 80 {\n }\n}\n"
        << "keepalived.conf:4: real_server 2001:db8::1 80: an IPv6 real server under an IPv4 virtual server needs "
           "lvs_method TUN; keepalived skips it";
    QTest::newRow("a DR real server on another port")
        << "virtual_server 10.0.0.1 80 {\n lvs_sched rr\n lvs_method DR\n real_server 10.0.1.1 8080 {\n }\n}\n"
        << "keepalived.conf:4: service TCP 10.0.0.1:80, real server 10.0.1.1:8080: direct routing keeps the "
           "service's port 80; only masquerading can change it to 8080";
    QTest::newRow("port 0 without persistence") << "virtual_server 10.0.0.1 0 {\n lvs_sched rr\n lvs_method DR\n"
                                                   " real_server 10.0.1.1 {\n }\n}\n"
                                                << "keepalived.conf:1: service TCP 10.0.0.1:0: port 0 (any port) "
                                                   "needs persistence";
    QTest::newRow("a persistence timeout of 0") << service + " persistence_timeout 0\n real_server 10.0.1.1 {\n }\n}\n"
                                                << "keepalived.conf:4: persistence_timeout '0' is not a number of "
                                                   "seconds from 1 to 2678400";
    QTest::newRow("an undefined group") << "virtual_server group WEB {\n lvs_sched rr\n real_server 10.0.1.1 80 {\n }\n}\n"
                                        << "keepalived.conf:1: virtual_server_group WEB is not defined";
    QTest::newRow("a range that ends before it starts") << "virtual_server_group G {\n 10.0.0.9-3 80\n 10.0.0.1 80\n}\n"
                                                        << "keepalived.conf:2: '10.0.0.9-3': the range end must be "
                                                           "greater than the start's last byte and at most 255";
    QTest::newRow("a range too large") << "virtual_server_group G {\n 10.0.0.0/8 80\n 10.0.0.1 80\n}\n"
                                       << "keepalived.conf:2: '10.0.0.0/8' holds 16777216 addresses; LVS Studio "
                                          "reads at most 65536 per entry";
    QTest::newRow("fwmark 0") << "virtual_server fwmark 0 {\n}\n"
                              << "keepalived.conf:1: virtual_server fwmark needs a number from 1 to 4294967295";
    QTest::newRow("an address with brackets") << "virtual_server [2001:db8::1] 80 {\n}\n"
                                              << "keepalived.conf:1: '[2001:db8::1]' is not an IP address";
    QTest::newRow("a service defined twice")
        << "virtual_server 10.0.0.1 80 {\n lvs_method DR\n real_server 10.0.1.1 {\n }\n}\n"
           "virtual_server 10.0.0.1 80 {\n lvs_method DR\n real_server 10.0.1.2 {\n }\n}\n"
        << "keepalived.conf:6: service TCP 10.0.0.1:80 is already defined at keepalived.conf:1";
    QTest::newRow("a real server twice")
        << service + " real_server 10.0.1.1 80 {\n }\n real_server 10.0.1.1 {\n }\n}\n"
        << "keepalived.conf:6: real_server 10.0.1.1: 10.0.1.1:80 is already a real server of TCP 10.0.0.1:80 (line 4)";
    QTest::newRow("parameter definitions") << "$VIP=10.0.0.1\n"
                                           << "keepalived.conf:1: parameter definitions and sequences ($NAME=..., "
                                              "~SEQ, ~LST) are not supported; expand them first";
}

void TestKeepalived::mistakesAreErrorsAtTheirLine()
{
    QFETCH(QString, configuration);
    QFETCH(QString, error);
    const KeepalivedReadResult result = KeepalivedReader::parse(configuration);
    QVERIFY2(!result.errors.isEmpty(), "no error reported");
    QCOMPARE(result.errors.first().toString(), error);
    QCOMPARE(result.errors.size(), 1);
}

void TestKeepalived::everyMistakeIsReported()
{
    const KeepalivedReadResult result = KeepalivedReader::parse(QStringLiteral(
        "virtual_server 10.0.0.1 80 {\n"      // 1
        "    lvs_sched rr\n"                   // 2
        "    lvs_method NAT\n"                 // 3
        "    real_server 10.0.1.1 80 {\n"      // 4
        "        weight 70000\n"               // 5
        "    }\n"                              // 6
        "    real_server 10.0.1.2 80 {\n"      // 7
        "        lvs_method nat\n"             // 8
        "        weight 3\n"                   // 9
        "    }\n"                              // 10
        "}\n"                                  // 11
        "}\n"));                               // 12
    QCOMPARE(lines(result.errors),
             (QStringList{"12: '}' without a matching '{'",
                          "8: lvs_method 'nat': unknown forwarding method (NAT, DR or TUN, in capitals)",
                          "4: service TCP 10.0.0.1:80, real server 10.0.1.1:80: weight 70000 is out of range 0 to 65535"}));
    // A statement with a mistake changes nothing; the rest still counts.
    QCOMPARE(RulesWriter::rules(result.table), QStringLiteral("-A -t 10.0.0.1:80 -s rr\n"
                                                             "-a -t 10.0.0.1:80 -r 10.0.1.1:80 -m -w 70000\n"
                                                             "-a -t 10.0.0.1:80 -r 10.0.1.2:80 -m -w 3\n"));
}

void TestKeepalived::writesListing1()
{
    const IpvsTable table = RulesParser::parse(readData(QStringLiteral("howto/listing1.sh"))).table;
    const QString text = KeepalivedWriter::write(table);
    const QString header = QStringLiteral(
        "# The LVS part of a keepalived.conf, written by LVS Studio.\n"
        "# Add global_defs and a vrrp_instance for the virtual addresses as your directors need.\n"
        "# The health checks are a starting point: make each one test what its real server\n"
        "# really serves (HTTP_GET with a url, MISC_CHECK ...) before relying on them.\n");
    QString expected = header
        + QStringLiteral("\nvirtual_server 192.168.10.254 80 {\n"
                         "    lvs_sched wlc\n"
                         "    lvs_method NAT\n"
                         "    protocol TCP\n");
    for (const char *server : {"192.168.0.160", "192.168.0.170", "192.168.0.180", "192.168.0.254"}) {
        expected += QStringLiteral("\n    real_server %1 80 {\n"
                                   "        weight 1\n"
                                   "        TCP_CHECK {\n"
                                   "            connect_timeout 3\n"
                                   "        }\n"
                                   "    }\n")
                        .arg(QLatin1String(server));
    }
    expected += QStringLiteral("}\n");
    QCOMPARE(text, expected);
}

void TestKeepalived::writesMixedForwarding()
{
    const IpvsTable table = tableFromRules(QStringLiteral(
        "-A -t 10.0.0.1:80 -s sh -b sh-port,sh-fallback -p 60 -M 255.255.255.0\n"
        "-a -t 10.0.0.1:80 -r 10.0.1.1:80 -g -w 2\n"
        "-a -t 10.0.0.1:80 -r 10.0.1.2:8080 -m -w 1\n"
        "-a -t 10.0.0.1:80 -r 10.0.1.3:80 -g -w 1\n"
        "-a -t 10.0.0.1:80 -r 10.0.1.4:80 -i -w 1 --tun-type gue --tun-port 6080 --tun-remcsum\n"
        "-A -f 7 -6 -s rr\n"
        "-a -f 7 -6 -r 192.168.0.1 -i -w 1\n"));
    const QString text = KeepalivedWriter::write(table);
    // The service says the method most real servers use; the others say their own.
    QVERIFY(text.contains(QStringLiteral("virtual_server 10.0.0.1 80 {\n"
                                         "    lvs_sched sh\n"
                                         "    sh-fallback\n"
                                         "    sh-port\n"
                                         "    lvs_method DR\n"
                                         "    persistence_timeout 60\n"
                                         "    persistence_granularity 255.255.255.0\n"
                                         "    protocol TCP\n")));
    QVERIFY(text.contains(QStringLiteral("    real_server 10.0.1.2 8080 {\n"
                                         "        weight 1\n"
                                         "        lvs_method NAT\n")));
    QVERIFY(text.contains(QStringLiteral("        lvs_method TUN type gue port 6080 remcsum\n")));
    QCOMPARE(text.count(QStringLiteral("lvs_method")), 4); // three in the first service, one in the second
    // A fwmark service says its family: its tunnelled IPv4 servers would make keepalived guess IPv4.
    QVERIFY(text.contains(QStringLiteral("virtual_server fwmark 7 {\n"
                                         "    ip_family inet6\n"
                                         "    lvs_sched rr\n"
                                         "    lvs_method TUN\n\n"
                                         "    real_server 192.168.0.1 {\n"
                                         "        weight 1\n"
                                         "        # No port to connect to")));
    const KeepalivedReadResult back = KeepalivedReader::parse(text);
    QVERIFY2(back.ok(), qPrintable(joined(back.errors)));
    QCOMPARE(RulesWriter::rules(back.table), RulesWriter::rules(table));
}

void TestKeepalived::writesWhatKeepalivedCannotHoldAsComments()
{
    IpvsTable table = tableFromRules(QStringLiteral("--start-daemon master --mcast-interface eth1 --syncid 3\n"
                                                    "-A -u 10.0.0.1:5060 -s rr --pe sip\n"));
    const QString text = KeepalivedWriter::write(table);
    QVERIFY(text.contains(QStringLiteral("#   lvs_sync_daemon eth1 inst VI_1 id 3   (now: master)\n")));
    QVERIFY(text.contains(QStringLiteral("# keepalived ignores a virtual_server without real servers.\n")));
    QVERIFY(text.contains(QStringLiteral("    # persistence_engine sip left out: keepalived passes it only with "
                                         "persistence_timeout.\n")));
    const KeepalivedReadResult back = KeepalivedReader::parse(text);
    QVERIFY(back.ok());
    QVERIFY(back.table.services.isEmpty());
}

void TestKeepalived::exportThenImportIsIdentity_data()
{
    QTest::addColumn<IpvsTable>("table");
    for (std::uint32_t seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("generated table %1").arg(seed))) << generatedTable(seed);
    QTest::newRow("Listing 1") << RulesParser::parse(readData(QStringLiteral("howto/listing1.sh"))).table;
    QTest::newRow("Listing 9") << RulesParser::parse(readData(QStringLiteral("howto/listing9.sh"))).table;
}

void TestKeepalived::exportThenImportIsIdentity()
{
    QFETCH(IpvsTable, table);
    const QList<ValidationIssue> issues = Validation::checkTable(table);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    const QString text = KeepalivedWriter::write(table);
    const KeepalivedReadResult back = KeepalivedReader::parse(text);
    QVERIFY2(back.ok(), qPrintable(joined(back.errors) + QStringLiteral("\n") + text));
    QCOMPARE(RulesWriter::script(back.table), RulesWriter::script(table));
    QVERIFY(back.table.sameConfiguration(table));
    // Writing again gives the same text: nothing drifts on a second trip.
    QCOMPARE(KeepalivedWriter::write(back.table), text);
}

QTEST_GUILESS_MAIN(TestKeepalived)
#include "tst_keepalived.moc"
