// SPDX-License-Identifier: GPL-2.0-or-later
// Our writers against what the distribution's ipvsadm really printed, in the VM rig,
// for the same tables (tests/data/rules: NAME.sh the commands, NAME.rules `ipvsadm -S
// -n`, NAME.list `ipvsadm -Ln`; tests/vm/capture-rules.sh makes them, and the vm test
// vm_rules_capture checks they are still what the kernel gives).
#include "ipvsadmlisting.h"
#include "rulesparser.h"
#include "ruleswriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

class TestRulesWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalsIpvsadm_data();
    void equalsIpvsadm();
};

void TestRulesWriter::equalsIpvsadm_data()
{
    QTest::addColumn<QString>("base");
    const QDir dir(QStringLiteral(LVS_TEST_DATA_DIR "/rules"));
    const QStringList scripts = dir.entryList({QStringLiteral("*.sh")}, QDir::Files, QDir::Name);
    QVERIFY2(scripts.size() >= 13, "the captured ipvsadm output is missing");
    for (const QString &script : scripts)
        QTest::newRow(qPrintable(script.chopped(3))) << dir.filePath(script.chopped(3));
}

void TestRulesWriter::equalsIpvsadm()
{
    QFETCH(QString, base);
    const RulesParseResult parsed = RulesParser::parse(read(base + QStringLiteral(".sh")));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.errors.first().message));
    QCOMPARE(RulesWriter::rules(parsed.table), read(base + QStringLiteral(".rules")));
    QCOMPARE(IpvsadmListing::write(parsed.table, {}), read(base + QStringLiteral(".list")));
    // And reading ipvsadm's own output gives the same table back.
    const RulesParseResult again = RulesParser::parse(read(base + QStringLiteral(".rules")));
    QVERIFY(again.ok());
    QCOMPARE(RulesWriter::rules(again.table), read(base + QStringLiteral(".rules")));
}

QTEST_GUILESS_MAIN(TestRulesWriter)
#include "tst_ruleswriter.moc"
