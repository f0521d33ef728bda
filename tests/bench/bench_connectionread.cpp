// SPDX-License-Identifier: GPL-2.0-or-later
// Whether the helper reads a connection table of 1,000,000 entries in bounded memory:
// a /proc/net/ip_vs_conn of that size (10 virtual services, TCP and UDP, 4 real servers
// each) read in pages of ConnectionTable::entriesPerReply, unfiltered and filtered to
// one service (10%), then through the real HelperService over peer-to-peer D-Bus as
// lvsctl pages it, and last the whole file read and parsed at once, as GetConnections
// did before it paged. Prints seconds, entries a second, each phase's peak resident
// memory (VmHWM) and its growth, the peak page by page (flat after the first pages:
// bounded by a page, not the table) and one reply's size on the bus. About 40 s on two
// cores in RelWithDebInfo, most of it the two unfiltered paged reads, which run once.
// Asserts no time; exits 1 when a read returns the wrong entries.
#include "connectiontable.h"
#include "helperclient.h"
#include "peerhelper.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
constexpr quint64 entryCount = 1'000'000;
constexpr int services = 10;
constexpr int serversPerService = 4;
/// The service the filtered phase asks for: every tenth entry is its.
constexpr int filteredService = 3;

QString grouped(qint64 number)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(number);
}

// ---- the file ---------------------------------------------------------------------

struct Service {
    const char *protocol;
    quint32 address;
    quint16 port;
};

// Services 0-6 are web sites (TCP 80 or 443), 7-8 DNS and 9 SIP (UDP), on
// 192.168.10.1-10; each has four real servers in 192.168.0.0/24.
Service serviceOf(int index)
{
    const quint32 address = 0xc0a80a01u + quint32(index);
    if (index < 7)
        return {"TCP", address, quint16(index % 2 ? 443 : 80)};
    return {"UDP", address, quint16(index < 9 ? 53 : 5060)};
}

/// The i-th line as ip_vs_conn_seq_show prints an IPv4 entry ("%-3s %08X %04X %08X
/// %04X %08X %04X %-11s %7u" and the persistence engine's " name data" when it has one).
QByteArray lineOf(quint64 i)
{
    static const char *const tcpStates[] = {"ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "TIME_WAIT",
                                            "FIN_WAIT",    "SYN_RECV",    "CLOSE_WAIT",  "LAST_ACK"};
    const int index = int(i % services);
    const Service service = serviceOf(index);
    // Odd multiplication modulo 2^20 (> entryCount) permutes the numbers: every entry's
    // client address and port are its own, so no two entries share a key (the client
    // drops a repeat at a page's start as the previous page's end).
    const quint32 mixed = quint32((i * 2654435761u) & 0xfffffu);
    const quint32 client = 0xc6120000u + (mixed >> 4); // in 198.18.0.0/16
    const quint16 clientPort = quint16(1024 + (mixed & 15u) * 4001u);
    const quint32 server =
        0xc0a80000u + 100u + quint32(index * serversPerService) + quint32((i / services) % serversPerService);
    const char *state = service.protocol[0] == 'T' ? tcpStates[(i / 7) % 8] : "UDP";
    const unsigned expires = unsigned((i * 7919u) % (service.protocol[0] == 'T' ? 900u : 300u));
    char line[160];
    int length = std::snprintf(line, sizeof line, "%-3s %08X %04X %08X %04X %08X %04X %-11s %7u", service.protocol,
                               client, clientPort, service.address, service.port, server, service.port, state, expires);
    if (service.port == 5060 && i % 3 == 0) // a SIP call's Call-ID as the sip engine keeps it
        length += std::snprintf(line + length, sizeof line - size_t(length), " sip %08x", unsigned(mixed));
    line[length++] = '\n';
    return QByteArray(line, length);
}

/// Writes the file a megabyte at a time: a whole-file buffer would raise the very peak
/// the paged phases are to show.
bool writeTable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk = "Pro FromIP   FPrt ToIP     TPrt DestIP   DPrt State       Expires PEName PEData\n";
    chunk.reserve(1 << 20);
    for (quint64 i = 0; i < entryCount; ++i) {
        chunk += lineOf(i);
        if (chunk.size() > (1 << 20) - 160) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size() && file.flush();
}

// ---- memory -----------------------------------------------------------------------

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wanted = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Sets VmHWM back to the present VmRSS (Linux 4.0 and later), so that a phase's peak
/// is its own and not an earlier phase's. Where the kernel refuses, VmHWM stays the
/// process's peak so far: the phases run in the order that keeps that meaningful.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1 && clearRefs.flush();
}

struct Memory {
    qint64 startKb = 0; ///< VmRSS when the phase began (VmHWM when the peak cannot be reset)
    qint64 peakKb = 0;  ///< VmHWM when it ended
};

// ---- phases -----------------------------------------------------------------------

/// What a read got wrong, said as it is found; any of it makes the exit status 1.
class Failures
{
public:
    void operator()(const QString &what)
    {
        ++m_count;
        std::fprintf(stderr, "wrong read: %s\n", qPrintable(what));
    }
    int count() const { return m_count; }

private:
    int m_count = 0;
};

struct Phase {
    double seconds = 0;  ///< the median run
    quint64 entries = 0; ///< what the last run returned
    int pages = 0;       ///< the replies or readPage calls it took
    Memory memory;
    std::vector<qint64> pagePeaksKb; ///< VmHWM after each page of the first run

};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Runs `read` `runs` times; it returns how many entries it read and counts its pages,
/// calling pageDone() after each.
using Read = std::function<quint64(int *pages, const std::function<void()> &pageDone)>;
Phase measure(int runs, bool peakResets, const Read &read)
{
#ifdef __GLIBC__
    malloc_trim(0); // what an earlier phase freed goes back, so this one's growth shows
#endif
    Phase phase;
    if (peakResets) {
        resetPeak();
        phase.memory.startKb = statusKb("VmRSS");
    } else {
        phase.memory.startKb = statusKb("VmHWM");
    }
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        phase.pages = 0;
        QElapsedTimer timer;
        timer.start();
        phase.entries = read(&phase.pages, [&phase, run] {
            // Flat after the first pages is memory bounded by a page, whatever the table.
            if (run == 0)
                phase.pagePeaksKb.push_back(statusKb("VmHWM"));
        });
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    phase.memory.peakKb = statusKb("VmHWM");
    phase.seconds = median(times);
    return phase;
}

/// Every entry that matches `filter`, page after page, as GetConnections serves them:
/// the file opened afresh for each page.
quint64 readPaged(const QString &path, const ConnectionTable::Filter &filter, quint64 expected, int *pages,
                  const std::function<void()> &pageDone, Failures &fail)
{
    quint64 read = 0;
    for (;;) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
            return read;
        }
        const ConnectionTable::Page page =
            ConnectionTable::readPage(file, filter, read, ConnectionTable::entriesPerReply);
        ++*pages;
        pageDone();
        if (page.matching != expected)
            fail(QStringLiteral("readPage: %1 matching, not %2").arg(page.matching).arg(expected));
        if (!page.errors.isEmpty())
            fail(QStringLiteral("readPage: %1").arg(page.errors.first()));
        read += quint64(page.entries.size());
        if (page.entries.isEmpty() || read >= page.matching)
            return read;
    }
}

// ---- one reply's size on the wire ---------------------------------------------------

/// The bytes a value takes in a D-Bus message body, by the specification's marshalling
/// rules (each value aligned to its type's size, strings with a length and a nul),
/// counted over what the reply holds; false for a type this does not count.
bool addWireSize(const QDBusArgument &argument, qint64 *at)
{
    const auto align = [at](int boundary) { *at = (*at + boundary - 1) / boundary * boundary; };
    const auto alignmentOf = [](QChar type) {
        switch (type.toLatin1()) {
        case 'y': case 'g': case 'v': return 1;
        case 'n': case 'q': return 2;
        case 'x': case 't': case 'd': case '(': case '{': return 8;
        default: return 4;
        }
    };
    while (!argument.atEnd()) {
        switch (argument.currentType()) {
        case QDBusArgument::BasicType: {
            const QChar type = argument.currentSignature().at(0);
            const QVariant value = argument.asVariant();
            align(alignmentOf(type));
            if (type == QLatin1Char('s') || type == QLatin1Char('o'))
                *at += 4 + value.toString().toUtf8().size() + 1;
            else if (type == QLatin1Char('g'))
                *at += 1 + value.toString().toUtf8().size() + 1;
            else
                *at += type == QLatin1Char('y') ? 1 : alignmentOf(type);
            break;
        }
        case QDBusArgument::StructureType:
            align(8);
            argument.beginStructure();
            if (!addWireSize(argument, at))
                return false;
            argument.endStructure();
            break;
        case QDBusArgument::ArrayType: {
            align(4);
            *at += 4; // the length, then padding to the first element even when there is none
            align(alignmentOf(argument.currentSignature().at(1)));
            argument.beginArray();
            if (!addWireSize(argument, at))
                return false;
            argument.endArray();
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

/// The body of GetConnections' first page, unfiltered: its entries (a(sssqsqsqsuss))
/// and the count (t). Waits for the reply with the event loop running, which the
/// service needs to answer.
qint64 firstPageWireSize(const QDBusConnection &bus, qsizetype *entries, Failures &fail)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QString(), QStringLiteral("/org/lvsstudio/Helper1"),
                                                       QStringLiteral("org.lvsstudio.Helper1"),
                                                       QStringLiteral("GetConnections"));
    // As the proxy sends them (ssqsqtu's q and u): a plain ushort would go as an int.
    call << QString() << QVariant::fromValue(ushort(0)) << QString() << QVariant::fromValue(ushort(0))
         << QVariant::fromValue(qulonglong(0)) << QVariant::fromValue(uint(0));
    QDBusPendingCall pending = bus.asyncCall(call, 120 * 1000);
    QDBusPendingCallWatcher watcher(pending);
    QEventLoop loop;
    QObject::connect(&watcher, &QDBusPendingCallWatcher::finished, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    const QDBusMessage reply = pending.reply();
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        fail(QStringLiteral("GetConnections: %1 %2").arg(reply.errorName(), reply.errorMessage()));
        return -1;
    }
    qint64 at = 0;
    if (!addWireSize(reply.arguments().at(0).value<QDBusArgument>(), &at)) {
        fail(QStringLiteral("GetConnections' reply holds a type not counted: %1").arg(reply.signature()));
        return -1;
    }
    *entries = qdbus_cast<QList<ConnectionEntry>>(reply.arguments().at(0)).size();
    return (at + 7) / 8 * 8 + 8; // the count
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A median of three where a run takes a second or two. Every entry page by page
    // takes about 10 s a run on two cores, and through the helper about 18 s: once each,
    // or the benchmark would take a minute and a half (their peaks are the same each run).
    constexpr int allRuns = 1;
    constexpr int filteredRuns = 3;
    constexpr int helperRuns = 1;
    constexpr int wholeRuns = 3;

    QTemporaryDir dir;
    HelperPaths paths;
    paths.procRoot = dir.filePath(QStringLiteral("proc"));
    const QString path = paths.procRoot + QStringLiteral("/net/ip_vs_conn");
    if (!dir.isValid() || !QDir().mkpath(paths.procRoot + QStringLiteral("/net")) || !writeTable(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    const qint64 generatedHwm = statusKb("VmHWM");
    const qint64 generatedRss = statusKb("VmRSS");
    const bool peakResets = resetPeak();
    Failures fail;
    const auto expect = [&fail](const char *phase, quint64 entries, quint64 expected) {
        if (entries != expected)
            fail(QStringLiteral("%1: %2 entries, not %3").arg(QLatin1String(phase)).arg(entries).arg(expected));
    };

    // The bounded phases come first: where the peak cannot be reset VmHWM only rises,
    // and after the whole-file read it would say nothing of theirs.
    const Phase all = measure(allRuns, peakResets, [&](int *pages, const std::function<void()> &pageDone) {
        return readPaged(path, {}, entryCount, pages, pageDone, fail);
    });
    expect("(a)", all.entries, entryCount);

    ConnectionTable::Filter oneService;
    oneService.virtualAddress = IpAddress::fromV4(serviceOf(filteredService).address);
    oneService.virtualPort = serviceOf(filteredService).port;
    const quint64 serviceEntries = entryCount / services;
    const Phase filtered = measure(filteredRuns, peakResets, [&](int *pages, const std::function<void()> &pageDone) {
        return readPaged(path, oneService, serviceEntries, pages, pageDone, fail);
    });
    expect("(b)", filtered.entries, serviceEntries);

    // The real service and lvsctl's client, both in this process: the helper reads on
    // its thread pool and answers from this thread's event loop, so the client's
    // blocking calls go from a thread of their own. The peak is both sides': the
    // helper's page, its message, and the client's copy of it.
    auto helper = std::make_unique<PeerHelper>(QStringLiteral("bench-connectionread"), paths);
    if (!helper->isConnected()) {
        std::fprintf(stderr, "no peer-to-peer D-Bus connection\n");
        return 1;
    }
    const Phase viaHelper = measure(helperRuns, peakResets, [&](int *pages, const std::function<void()> &pageDone) {
        quint64 handed = 0;
        std::optional<quint64> returned;
        HelperClient::Error error;
        QEventLoop loop;
        QThread *client = QThread::create([&] {
            HelperClient helperClient(helper->client, {QString(), QStringLiteral("/org/lvsstudio/Helper1")});
            returned = helperClient.connections(
                {},
                [&](const QList<ConnectionEntry> &page) {
                    ++*pages;
                    handed += quint64(page.size());
                    pageDone();
                },
                &error);
        });
        QObject::connect(client, &QThread::finished, &loop, &QEventLoop::quit);
        client->start();
        loop.exec();
        client->wait();
        delete client;
        if (!returned)
            fail(QStringLiteral("HelperClient::connections: %1 %2").arg(error.name, error.message));
        else if (*returned != handed)
            fail(QStringLiteral("HelperClient::connections: says %1, handed %2").arg(*returned).arg(handed));
        return handed;
    });
    expect("(c)", viaHelper.entries, entryCount);

    qsizetype pageEntries = 0;
    const qint64 pageBytes = firstPageWireSize(helper->client, &pageEntries, fail);
    expect("one reply", quint64(pageEntries), ConnectionTable::entriesPerReply);
    QThreadPool::globalInstance()->waitForDone();
    helper.reset();

    // What GetConnections did before it paged: the whole file into memory, parsed, then
    // filtered (to nothing here, so a copy of every entry). Its reply, every entry in
    // one message, is not built: a million are more than the system bus takes.
    const Phase whole = measure(wholeRuns, peakResets, [&](int *pages, const std::function<void()> &) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
            return quint64(0);
        }
        *pages = 1;
        const ConnectionTable::ParseResult parsed = ConnectionTable::parse(QString::fromLatin1(file.readAll()));
        if (!parsed.errors.isEmpty())
            fail(QStringLiteral("parse: %1").arg(parsed.errors.first()));
        return quint64(ConnectionTable::filter(parsed.entries, {}).size());
    });
    expect("(d)", whole.entries, entryCount);

    std::printf("connection table read: %s entries (%s bytes of /proc/net/ip_vs_conn), pages of %s\n",
                qPrintable(grouped(entryCount)), qPrintable(grouped(QFileInfo(path).size())),
                qPrintable(grouped(ConnectionTable::entriesPerReply)));
    std::printf("  memory from /proc/self/status, %s\n",
                peakResets ? "VmHWM reset before each phase: its peak is its own, growth over its VmRSS at start"
                           : "VmHWM not resettable here: the peak so far, growth over the previous phase's");
    std::printf("  after writing the file: VmHWM %s kB, VmRSS %s kB\n", qPrintable(grouped(generatedHwm)),
                qPrintable(grouped(generatedRss)));
    std::printf("  %-40s %4s %7s %10s %9s %5s %10s %10s\n", "phase", "runs", "seconds", "entries/s", "entries",
                "pages", "VmHWM kB", "growth kB");
    const auto row = [](const char *name, int runs, const Phase &phase) {
        std::printf("  %-40s %4d %7.2f %10s %9s %5d %10s %10s\n", name, runs, phase.seconds,
                    qPrintable(grouped(qint64(double(phase.entries) / phase.seconds))),
                    qPrintable(grouped(qint64(phase.entries))), phase.pages, qPrintable(grouped(phase.memory.peakKb)),
                    qPrintable(QLatin1Char('+') + grouped(phase.memory.peakKb - phase.memory.startKb)));
    };
    row("(a) readPage, every entry", allRuns, all);
    row("(b) readPage, one service (10%)", filteredRuns, filtered);
    row("(c) HelperService, D-Bus, HelperClient", helperRuns, viaHelper);
    row("(d) whole file at once (the old read)", wholeRuns, whole);
    // The peak page by page: flat after the first pages is memory bounded by a page.
    const auto byPage = [](const char *name, const Phase &phase) {
        QStringList peaks;
        for (int page : {1, 2, 3, 5, 10, 15, 20}) {
            if (page <= int(phase.pagePeaksKb.size()))
                peaks.append(QStringLiteral("%1: %2").arg(page).arg(grouped(phase.pagePeaksKb[size_t(page - 1)])));
        }
        std::printf("  %s VmHWM kB after page %s\n", name, qPrintable(peaks.join(QStringLiteral(", "))));
    };
    byPage("(a)", all);
    byPage("(c)", viaHelper);
    if (pageBytes > 0)
        std::printf("  one reply: %s entries, %s bytes of D-Bus body (%.0f an entry); a ConnectionEntry is %zu bytes "
                    "before its strings\n",
                    qPrintable(grouped(pageEntries)), qPrintable(grouped(pageBytes)),
                    double(pageBytes) / double(pageEntries), sizeof(ConnectionEntry));
    const auto growth = [](const Phase &phase) {
        return double(std::max<qint64>(1, phase.memory.peakKb - phase.memory.startKb));
    };
    std::printf("  (d) against (a): %.2fx the time, %.1fx the growth; against (c): %.1fx the growth\n",
                whole.seconds / all.seconds, growth(whole) / growth(all), growth(whole) / growth(viaHelper));
    std::printf("  (b) against (a): %.2fx the time\n", filtered.seconds / all.seconds);
    if (fail.count()) {
        std::printf("FAILED: %d wrong reads (their reasons on stderr)\n", fail.count());
        return 1;
    }
    return 0;
}
