// SPDX-License-Identifier: GPL-2.0-or-later
// The topology picture offscreen, on the how-to's listings: which service it draws,
// which way each reply goes, what it says, its exports and its animation cap.
#include "rulesparser.h"
#include "topologyview.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
IpvsTable readListing(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../data/howto/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(file.readAll()));
    if (!result.ok())
        qFatal("%s does not parse", qPrintable(name));
    return result.table;
}

IpvsTable parseRules(const char *rules)
{
    const RulesParseResult result = RulesParser::parse(QString::fromUtf8(rules));
    if (!result.ok())
        qFatal("bad test input: %s", qPrintable(result.errors.first().message));
    return result.table;
}

IpAddress address(const char *text)
{
    return *IpAddress::parse(QString::fromLatin1(text));
}

bool anyContains(const QStringList &texts, const QString &part)
{
    for (const QString &text : texts) {
        if (text.contains(part))
            return true;
    }
    return false;
}

/// A few connections at different stages, so a picture shows requests and replies in flight.
void startConnections(TopologyView &view, const IpvsTable &table)
{
    const VirtualService &service = table.services.first();
    const IpAddress clients[] = {address("203.0.113.7"), address("198.51.100.23"), address("203.0.113.99")};
    int i = 0;
    for (const RealServer &server : service.realServers) {
        view.showConnection(service.key(), clients[i % 3], server.address, server.port);
        view.advanceAnimations(TopologyView::animationMilliseconds / 4 - 20);
        ++i;
    }
}
} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawsTheFirstServiceUntilAnotherIsChosen();
    void replyPathPerMethod_data();
    void replyPathPerMethod();
    void directRepliesBypassTheDirector();
    void mixedMethodsDrawEachServersOwnPath();
    void quiescedServerSaysWhy();
    void exportsPngAtTheWidgetsSize();
    void exportsSvgWithTheAddressesAsText();
    void followsADarkPalette();
    void animatesOnlyTheShownServiceAndCapsTheDots();
    void screenshots();
};

void TestTopologyView::drawsTheFirstServiceUntilAnotherIsChosen()
{
    IpvsTable table = readListing(QStringLiteral("listing1.sh"));
    const VirtualService dr = readListing(QStringLiteral("listing9.sh")).services.first();
    table.services.append(dr);
    const ServiceKey nat = table.services.first().key();

    TopologyView view;
    QVERIFY(!view.hasService());
    view.resize(800, 500);
    view.setTable(table);
    QVERIFY(view.hasService());
    QCOMPARE(view.service(), nat);
    QVERIFY(view.drawnTexts().contains(QStringLiteral("TCP 192.168.10.254:80")));

    view.setService(dr.key());
    QCOMPARE(view.service(), dr.key());
    view.setTable(table); // a refresh keeps the choice
    QCOMPARE(view.service(), dr.key());
    QVERIFY(view.drawnTexts().contains(QStringLiteral("TCP 192.168.0.200:80")));

    // Gone for a refresh: the first is drawn; back again: so is the choice.
    IpvsTable without = table;
    without.services.removeLast();
    view.setTable(without);
    QCOMPARE(view.service(), nat);
    view.setTable(table);
    QCOMPARE(view.service(), dr.key());
}

void TestTopologyView::replyPathPerMethod_data()
{
    QTest::addColumn<QString>("listing");
    QTest::addColumn<ReplyPath>("reply");
    QTest::addColumn<QString>("serverNote");
    QTest::addColumn<QString>("legLabel");
    QTest::addColumn<bool>("bypass");

    QTest::newRow("NAT (Listing 1) replies through the director")
        << QStringLiteral("listing1.sh") << ReplyPath::ThroughDirector << QStringLiteral("gateway") << QString() << false;
    QTest::newRow("DR (Listing 9) replies straight to the client, VIP on lo")
        << QStringLiteral("listing9.sh") << ReplyPath::Direct << QStringLiteral("VIP on lo") << QString() << true;
    QTest::newRow("TUN (Listing 9 with -i) replies straight to the client, VIP on tunl0, IP-in-IP leg")
        << QStringLiteral("listing9-tun.sh") << ReplyPath::Direct << QStringLiteral("VIP on tunl0")
        << QStringLiteral("IP-in-IP") << true;
}

void TestTopologyView::replyPathPerMethod()
{
    QFETCH(QString, listing);
    QFETCH(ReplyPath, reply);
    QFETCH(QString, serverNote);
    QFETCH(QString, legLabel);
    QFETCH(bool, bypass);

    const IpvsTable table = readListing(listing);
    TopologyView view;
    view.resize(800, 500);
    view.setTable(table);
    const QStringList texts = view.drawnTexts();
    for (const RealServer &server : table.services.first().realServers) {
        QCOMPARE(TopologyView::replyPath(server), reply);
        QVERIFY2(texts.contains(server.endpoint()), qPrintable(server.endpoint()));
    }
    QCOMPARE(texts.count(QStringLiteral("DR \u00b7 VIP on lo")) + texts.count(QStringLiteral("TUN \u00b7 VIP on tunl0")),
             reply == ReplyPath::Direct ? table.services.first().realServers.size() : 0);
    QVERIFY2(anyContains(texts, serverNote), qPrintable(texts.join(u" | ")));
    QCOMPARE(texts.count(QStringLiteral("IP-in-IP")), legLabel.isEmpty() ? 0 : table.services.first().realServers.size());
    QCOMPARE(anyContains(texts, QStringLiteral("bypassing the director")), bypass);
}

void TestTopologyView::directRepliesBypassTheDirector()
{
    for (const char *name : {"listing1.sh", "listing9.sh", "listing9-tun.sh"}) {
        const VirtualService service = readListing(QString::fromLatin1(name)).services.first();
        const TopologyLayout layout(service, QRectF(0, 40, 800, 420), 16);
        QCOMPARE(layout.servers().size(), service.realServers.size());
        for (const TopologyLayout::Server &server : layout.servers()) {
            const QPolygonF &last = server.replyRoute.last();
            // Every reply ends at the client; only NAT's touches the director on the way.
            QVERIFY(layout.client().adjusted(-1, -1, 1, 1).contains(last.last()));
            bool touchesDirector = false;
            for (const QPolygonF &piece : server.replyRoute) {
                for (const QPointF &point : piece)
                    touchesDirector = touchesDirector || layout.director().adjusted(-1, -1, 1, 1).contains(point);
            }
            QCOMPARE(touchesDirector, server.reply == ReplyPath::ThroughDirector);
            QVERIFY(!server.box.intersects(layout.director()));
        }
    }
}

void TestTopologyView::mixedMethodsDrawEachServersOwnPath()
{
    const IpvsTable table = parseRules("-A -t 10.0.0.1:80 -s rr\n"
                                       "-a -t 10.0.0.1:80 -r 192.168.0.160:80 -m\n"
                                       "-a -t 10.0.0.1:80 -r 192.168.0.170:80 -g\n"
                                       "-a -t 10.0.0.1:80 -r 192.168.0.180:80 -i --tun-type gre\n");
    TopologyView view;
    view.resize(800, 500);
    view.setTable(table);
    const QStringList texts = view.drawnTexts();
    QVERIFY(texts.contains(QStringLiteral("GRE")));
    QVERIFY(texts.contains(QStringLiteral("TUN \u00b7 VIP on gre0")));
    QVERIFY(texts.contains(QStringLiteral("DR \u00b7 VIP on lo")));
    QVERIFY(anyContains(texts, QStringLiteral("Mixed forwarding")));
    QVERIFY(anyContains(texts, QStringLiteral("bypassing the director")));

    const VirtualService &service = table.services.first();
    const TopologyLayout layout(service, QRectF(0, 40, 800, 420), 16);
    QList<ReplyPath> paths;
    for (const TopologyLayout::Server &server : layout.servers())
        paths.append(server.reply);
    // Drawn in ipvsadm's order: by address.
    QCOMPARE(paths, (QList<ReplyPath>{ReplyPath::ThroughDirector, ReplyPath::Direct, ReplyPath::Direct}));
}

void TestTopologyView::quiescedServerSaysWhy()
{
    IpvsTable table = readListing(QStringLiteral("listing9.sh"));
    table.services.first().findRealServer(address("192.168.0.170"), 80)->weight = 0;
    TopologyView view;
    view.resize(800, 500);
    view.setTable(table);
    QCOMPARE(view.drawnTexts().count(QStringLiteral("weight 0: no new connections")), 1);
}

void TestTopologyView::exportsPngAtTheWidgetsSize()
{
    TopologyView view;
    view.resize(800, 500);
    view.setTable(readListing(QStringLiteral("listing1.sh")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nat.png"));
    QVERIFY(view.exportPng(path));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(800, 500));
    // Something besides the background was drawn.
    const QRgb background = image.pixel(0, 0);
    int other = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            other += image.pixel(x, y) != background;
    }
    QVERIFY2(other > 500, qPrintable(QString::number(other)));

    QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("missing/folder/nat.png"))));
}

void TestTopologyView::exportsSvgWithTheAddressesAsText()
{
    const IpvsTable table = readListing(QStringLiteral("listing9.sh"));
    TopologyView view;
    view.resize(800, 500);
    view.setTable(table);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dr.svg"));
    QVERIFY(view.exportSvg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    for (const RealServer &server : table.services.first().realServers)
        QVERIFY2(svg.contains(server.endpoint().toUtf8()), qPrintable(server.endpoint()));
    QVERIFY(svg.contains("192.168.0.200:80"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not open output device")));
    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    QVERIFY(!view.exportSvg(dir.filePath(QStringLiteral("missing/folder/dr.svg"))));
}

void TestTopologyView::followsADarkPalette()
{
    TopologyView view;
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    view.setPalette(dark);
    view.resize(800, 500);
    view.setTable(readListing(QStringLiteral("listing9.sh")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dark.png"));
    QVERIFY(view.exportPng(path));
    const QImage image(path);
    QCOMPARE(QColor(image.pixel(2, 2)), QColor(0x2b, 0x2b, 0x2b));
    // Light text is drawn somewhere on the dark background.
    bool light = false;
    for (int y = 0; y < image.height() && !light; ++y) {
        for (int x = 0; x < image.width() && !light; ++x)
            light = QColor(image.pixel(x, y)).lightness() > 200;
    }
    QVERIFY(light);
}

void TestTopologyView::animatesOnlyTheShownServiceAndCapsTheDots()
{
    IpvsTable table = readListing(QStringLiteral("listing9.sh"));
    const VirtualService other = readListing(QStringLiteral("listing1.sh")).services.first();
    table.services.append(other);
    const VirtualService &shown = table.services.first();
    TopologyView view;
    view.resize(800, 500);
    view.setTable(table);

    view.showConnection(other.key(), address("203.0.113.7"), address("192.168.0.160"), 80);
    QCOMPARE(view.animationCount(), 0);
    view.showConnection(shown.key(), address("203.0.113.7"), address("192.168.0.99"), 80);
    QCOMPARE(view.animationCount(), 0); // not a real server of the service

    view.showConnection(shown.key(), address("203.0.113.7"), address("192.168.0.160"), 80);
    QCOMPARE(view.animationCount(), 1);
    view.setTable(table); // a refresh keeps what is in flight
    QCOMPARE(view.animationCount(), 1);

    for (int i = 0; i < 1000; ++i)
        view.showConnection(shown.key(), address("203.0.113.7"), address("192.168.0.170"), 80);
    QCOMPARE(view.animationCount(), TopologyView::maximumAnimations);

    view.advanceAnimations(TopologyView::animationMilliseconds / 2);
    QCOMPARE(view.animationCount(), TopologyView::maximumAnimations);
    // The view's own timer finishes them.
    QTRY_COMPARE_WITH_TIMEOUT(view.animationCount(), 0, 5 * TopologyView::animationMilliseconds);

    // Choosing another service drops the dots of the one before.
    view.showConnection(shown.key(), address("203.0.113.7"), address("192.168.0.160"), 80);
    view.setService(other.key());
    QCOMPARE(view.animationCount(), 0);
}

void TestTopologyView::screenshots()
{
    const QString folder = qEnvironmentVariable("LVS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("LVS_SCREENSHOT_DIR is not set");
    const struct {
        const char *listing;
        const char *picture;
    } shots[] = {{"listing1.sh", "topology-nat.png"}, {"listing9.sh", "topology-dr.png"},
                 {"listing9-tun.sh", "topology-tun.png"}};
    for (const auto &shot : shots) {
        IpvsTable table = readListing(QString::fromLatin1(shot.listing));
        // Plausible counts, as a few seconds of the simulator would leave them.
        std::uint32_t active = 3;
        for (RealServer &server : table.services.first().realServers) {
            server.connections.active = active;
            server.connections.inactive = active * 4 + 1;
            active += 2;
        }
        TopologyView view;
        view.resize(900, 560);
        // The how-to's NAT director is 192.168.0.254 on the inside, and a real server too.
        if (QByteArrayView(shot.listing) == "listing1.sh")
            view.setDirectorInsideAddress(address("192.168.0.254"));
        view.setTable(table);
        startConnections(view, table);
        QCOMPARE(view.animationCount(), table.services.first().realServers.size());
        QVERIFY(view.exportPng(QDir(folder).filePath(QString::fromLatin1(shot.picture))));
    }
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
