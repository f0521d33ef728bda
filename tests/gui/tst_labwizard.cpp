// SPDX-License-Identifier: GPL-2.0-or-later
// The lab as a learner builds it, offscreen: the wizard to a NAT and then a DR lab with
// wrr 1:2:3, each in at most 25 clicks and key presses (counted), 60 requests from the
// lab's client answered 10/20/30 beside the kernel's own counts, then removed. On the
// simulated kernel here; with LVS_TEST_LAB_ON_HELPER=1 (tests/vm/checks/lab-gui.sh) on
// the helper's lab on the real kernel.
#include "helperlab.h"
#include "lablauncher.h"
#include "labpanel.h"
#include "labwizard.h"
#include "simulatedlab.h"
#include "translator.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

namespace {
/// Every simulated click and key press goes through here, so the test can count them.
struct Input {
    int count = 0;
    void click(QWidget *widget, QPoint at = {})
    {
        ++count;
        QTest::mouseClick(widget, Qt::LeftButton, {}, at);
    }
    void key(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++count;
        QTest::keyClick(widget, key, modifiers);
    }
    void type(QWidget *widget, const QString &text)
    {
        for (QChar c : text) {
            ++count;
            QTest::keyClick(widget, c.toLatin1());
        }
    }
};

// With LVS_LAB_SCREENSHOTS=DIR, the wizard's pages and the running lab are saved there
// as PNGs (docs/screenshots/ for the README).
void screenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("LVS_LAB_SCREENSHOTS");
    if (!directory.isEmpty())
        widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
}

bool onHelper()
{
    return qEnvironmentVariableIntValue("LVS_TEST_LAB_ON_HELPER") == 1;
}
} // namespace

class TestLabWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<LabAnswer>>();
        // LANG=zh_CN.UTF-8 with LVS_LAB_SCREENSHOTS takes the Chinese screenshots.
        Translator::install(QLocale::system(), QStringLiteral(LVS_QM_DIR));
    }
    void buildSendRemove_data();
    void buildSendRemove();
    void theWizardSaysWhyItIsSimulated();
    void aRefusedLabSaysSo();
};

void TestLabWizard::buildSendRemove_data()
{
    QTest::addColumn<ForwardingMethod>("method");
    QTest::newRow("NAT") << ForwardingMethod::Masquerading;
    QTest::newRow("DR") << ForwardingMethod::DirectRouting;
}

void TestLabWizard::buildSendRemove()
{
    QFETCH(ForwardingMethod, method);
    Input input;
    LabWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    if (method != ForwardingMethod::Masquerading)
    {
        // On the round indicator: a wide radio button's middle may be past its text.
        QAbstractButton *button = wizard.methodButtons()->button(int(method));
        input.click(button, QPoint(6, button->height() / 2));
    }
    QVERIFY(wizard.description().vip() == LabDescription::howTo(method).vip());
    QVERIFY(wizard.currentPage()->findChild<QPlainTextEdit *>() != nullptr);
    input.click(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(LabWizard::ServersPage));

    // wrr by typing its name into the scheduler box, weights 2 and 3 typed over the 1s.
    input.click(wizard.schedulerBox());
    input.type(wizard.schedulerBox(), QStringLiteral("wr"));
    QCOMPARE(wizard.schedulerBox()->currentText(), QStringLiteral("wrr"));
    for (int row : {1, 2}) {
        QSpinBox *weight = wizard.weightBox(row);
        input.click(weight);
        input.key(weight, Qt::Key_A, Qt::ControlModifier);
        input.type(weight, QString::number(row + 1));
    }
    const LabDescription description = wizard.description();
    QCOMPARE(description.servers, (QList<LabServer>{{160, 1}, {170, 2}, {180, 3}}));
    QCOMPARE(description.scheduler, Scheduler::WeightedRoundRobin);
    screenshot(&wizard, QStringLiteral("lab-wizard-%1").arg(description.methodName().toLower()));
    input.click(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(LabWizard::SummaryPage));
    QVERIFY(wizard.currentPage()->findChild<QPlainTextEdit *>()->toPlainText().contains(
        QStringLiteral("ipvsadm -A -t %1:80 -s wrr").arg(description.vip().toString())));
    input.click(wizard.button(QWizard::FinishButton));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    Lab *lab = onHelper() ? static_cast<Lab *>(new HelperLab) : static_cast<Lab *>(new SimulatedLab);
    LabPanel *panel = LabLauncher::open(wizard.description(), lab, nullptr);
    QSignalSpy created(lab, &Lab::created);
    QSignalSpy failed(lab, &Lab::failed);
    QVERIFY2(created.wait(onHelper() ? 300000 : 5000),
             failed.isEmpty() ? "no answer" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(lab->isSimulated(), !onHelper());

    QCOMPARE(panel->countBox()->value(), 60); // the default: no key needed
    QSignalSpy answered(lab, &Lab::answered);
    input.click(panel->sendButton());
    QVERIFY(answered.wait(onHelper() ? 300000 : 5000));
    QCOMPARE(Lab::countsText(panel->answered()), QStringLiteral("160=10 170=20 180=30"));
    // The kernel's own counts beside them, once the director's table was read again.
    QTableWidget *table = panel->serverTable();
    QTRY_COMPARE_WITH_TIMEOUT(table->item(2, 3) ? table->item(2, 3)->text() : QString(), QStringLiteral("30"), 20000);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("10"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("20"));
    screenshot(panel, QStringLiteral("lab-running-%1").arg(description.methodName().toLower()));

    QSignalSpy finished(panel, &LabPanel::finished);
    input.click(panel->removeButton());
    QVERIFY(finished.wait(onHelper() ? 120000 : 5000));
    QVERIFY(!lab->exists());
    qInfo("%s lab: %d clicks and key presses", qPrintable(description.methodName()), input.count);
    QVERIFY2(input.count <= 25, qPrintable(QString::number(input.count)));
    delete panel;
}

void TestLabWizard::theWizardSaysWhyItIsSimulated()
{
    LabWizard wizard(QStringLiteral("No IPVS here."));
    auto *why = wizard.page(LabWizard::MethodPage)->findChild<QLabel *>(QStringLiteral("simulatedBecause"));
    QVERIFY(why);
    QVERIFY(why->text().startsWith(QStringLiteral("No IPVS here.")));
    QVERIFY(why->text().contains(QStringLiteral("simulated kernel")));
    LabWizard real;
    QVERIFY(!real.page(LabWizard::MethodPage)->findChild<QLabel *>(QStringLiteral("simulatedBecause")));
}

void TestLabWizard::aRefusedLabSaysSo()
{
    // An invalid lab is refused by the lab itself as the helper refuses it, and the panel
    // says so in words and ends.
    LabDescription description = LabDescription::howTo(ForwardingMethod::DirectRouting);
    description.servers = {{200, 1}};
    auto *lab = new SimulatedLab;
    LabPanel *panel = LabLauncher::open(description, lab, nullptr);
    QSignalSpy finished(panel, &LabPanel::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!lab->exists());
    QVERIFY(!panel->sendButton()->isEnabled());
    delete panel;
}

QTEST_MAIN(TestLabWizard)
#include "tst_labwizard.moc"
