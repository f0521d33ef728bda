// SPDX-License-Identifier: GPL-2.0-or-later
// What each kernel refusal becomes: the D-Bus error a client can act on, and a sentence
// naming the service, real server, scheduler or module involved.
#include "dbuserrors.h"
#include "kernelerrors.h"
#include "rulesparser.h"

#include <QTest>

#include <cerrno>

Q_DECLARE_METATYPE(TableChange)

class TestKernelErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data();
    void mapping();
};

void TestKernelErrors::mapping_data()
{
    const IpvsTable table = RulesParser::parse(QStringLiteral("-A -t 10.0.0.1:80 -s twos\n"
                                                              "-a -t 10.0.0.1:80 -r 10.0.1.1:80 -m\n"
                                                              "-A -u 10.0.0.2:5060 -s rr -p 60 --pe sip\n"))
                                .table;
    const VirtualService &web = table.services.at(0);
    const VirtualService &sip = table.services.at(1);
    const RealServer &server = web.realServers.first();
    QTest::addColumn<TableChange>("change");
    QTest::addColumn<int>("errnoValue");
    QTest::addColumn<QString>("dbusName");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const TableChange &change, int errnoValue, QLatin1String dbusName, const char *message) {
        QTest::newRow(name) << change << errnoValue << QString(dbusName) << QString::fromLatin1(message);
    };
    row("service exists", TableChange::addService(web), EEXIST, DBusErrors::serviceExists,
        "service TCP 10.0.0.1:80 already exists");
    row("real server exists", TableChange::addServer(web, server), EEXIST, DBusErrors::realServerExists,
        "real server 10.0.1.1:80 already exists in service TCP 10.0.0.1:80");
    row("missing scheduler", TableChange::addService(web), ENOENT, DBusErrors::schedulerUnavailable,
        "scheduler 'twos' is not available: the kernel could not load ip_vs_twos");
    row("missing persistence engine", TableChange::editService(sip, sip), ENOENT, DBusErrors::schedulerUnavailable,
        "scheduler 'rr' or persistence engine 'sip' is not available (ip_vs_rr, ip_vs_pe_sip)");
    row("no such service", TableChange::deleteService(web), ESRCH, DBusErrors::noSuchService,
        "no such service TCP 10.0.0.1:80");
    row("server of a missing service", TableChange::addServer(web, server), ESRCH, DBusErrors::noSuchService,
        "no such service TCP 10.0.0.1:80");
    row("no such real server", TableChange::deleteServer(web, server), ENOENT, DBusErrors::noSuchRealServer,
        "no such real server 10.0.1.1:80 in service TCP 10.0.0.1:80");
    row("thresholds", TableChange::editServer(web, server, server), ERANGE, DBusErrors::kernelError,
        "real server 10.0.1.1:80: weight or thresholds out of range");
    row("not unicast", TableChange::addServer(web, server), EINVAL, DBusErrors::kernelError,
        "real server 10.0.1.1:80 refused: its address is not a unicast address");
    row("no capability", TableChange::addService(web), EPERM, DBusErrors::kernelError,
        "permission denied: IPVS needs CAP_NET_ADMIN");
    row("anything else", TableChange::addService(web), ENOMEM, DBusErrors::kernelError,
        "add service TCP 10.0.0.1:80 (twos): ");
}

void TestKernelErrors::mapping()
{
    QFETCH(TableChange, change);
    QFETCH(int, errnoValue);
    QFETCH(QString, dbusName);
    QFETCH(QString, message);
    QCOMPARE(KernelErrors::dbusErrorName(change.kind, errnoValue), dbusName);
    const QString explained = KernelErrors::explain(change, errnoValue);
    QVERIFY2(explained.startsWith(message), qPrintable(explained));
}

QTEST_GUILESS_MAIN(TestKernelErrors)
#include "tst_kernelerrors.moc"
