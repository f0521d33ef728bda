// SPDX-License-Identifier: GPL-2.0-or-later
// The window in Chinese: the compiled catalogue loads for zh_CN and nothing a user reads
// on any page, menu or toolbar stays in English; English needs no catalogue.
#include "helpererrortext.h"
#include "dbuserrors.h"
#include "mainwindow.h"
#include "memorybackend.h"
#include "methodshelp.h"
#include "rulesparser.h"
#include "scheduler.h"
#include "translator.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

using namespace WindowTesting;

namespace {
bool hasChinese(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// Texts that are the same in every language: numbers, addresses, names of protocols,
// programs and settings, units.
bool needsNoTranslation(const QString &text)
{
    // Punctuation and digits only, or one name that every language keeps.
    static const QRegularExpression untranslatable(
        QStringLiteral("^[\\s\\d.:,/%()+\\-\u2013\u2014\u2026\uff1a*#=<>\\[\\]|&'\"]*$"
                       "|^&?(TCP|UDP|SCTP|NAT|DR|TUN|IPv4|IPv6|ipvsadm|keepalived|polkit|CSV|LVS Studio|[a-z0-9_.]+"
                       "|[A-Z]{2,5}(/[A-Z]{2,5})?)[\\s.:\u2026\uff1a]*$"));
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return plain.trimmed().isEmpty() || untranslatable.match(plain.trimmed()).hasMatch();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishNeedsNoCatalogue();
    void everyPageMenuAndToolbarIsChinese();
    void helperErrorsAndHelpAreChinese();
};

void TestTranslations::englishNeedsNoCatalogue()
{
    QVERIFY(!Translator::install(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral(LVS_QM_DIR)));
    QVERIFY(!Translator::install(QLocale::c(), QStringLiteral(LVS_QM_DIR)));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Services"), u"&Services");
}

void TestTranslations::everyPageMenuAndToolbarIsChinese()
{
    QVERIFY(QFile::exists(QStringLiteral(LVS_QM_DIR "/lvs-studio_zh_CN.qm")));
    QVERIFY(Translator::install(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral(LVS_QM_DIR)));

    QFile listing(QFINDTESTDATA("../data/howto/listing1.sh"));
    QVERIFY(listing.open(QIODevice::ReadOnly));
    MemoryBackend backend(RulesParser::parse(QString::fromUtf8(listing.readAll())).table);
    MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
    window.show();
    waitForFirstTable(window);
    QVERIFY(hasChinese(window.windowTitle()) || window.windowTitle() == u"LVS Studio");

    QStringList english;
    auto check = [&english](const QString &where, const QString &text) {
        if (!needsNoTranslation(text) && !hasChinese(text))
            english.append(where + QStringLiteral(": ") + text);
    };
    auto *pages = window.findChild<QTabWidget *>();
    QVERIFY(pages->count() >= 5);
    for (int page = 0; page < pages->count(); ++page) {
        check(QStringLiteral("tab"), pages->tabText(page));
        pages->setCurrentIndex(page);
        QWidget *shown = pages->widget(page);
        for (QLabel *label : shown->findChildren<QLabel *>())
            if (label->isVisibleTo(shown))
                check(shown->objectName() + QStringLiteral(" label"), label->text());
        for (QAbstractButton *button : shown->findChildren<QAbstractButton *>())
            if (button->isVisibleTo(shown))
                check(shown->objectName() + QStringLiteral(" button"), button->text());
        for (QGroupBox *box : shown->findChildren<QGroupBox *>())
            check(shown->objectName() + QStringLiteral(" group"), box->title());
    }
    for (QAction *menu : window.menuBar()->actions()) {
        check(QStringLiteral("menu"), menu->text());
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (!action->isSeparator())
                    check(QStringLiteral("menu item"), action->text());
    }
    for (int column = 0; column < ServiceModel::ColumnCount; ++column)
        check(QStringLiteral("column"), window.tree()->model()->headerData(column, Qt::Horizontal).toString());
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    QVERIFY(hasChinese(pages->tabText(0)));
}

void TestTranslations::helperErrorsAndHelpAreChinese()
{
    // The previous test function installed zh_CN for the whole process.
    for (const QLatin1String name : {DBusErrors::notAuthorized, DBusErrors::conflict, DBusErrors::schedulerUnavailable,
                                     DBusErrors::kernelError, DBusErrors::rollbackFailed}) {
        const QString text = HelperErrorText::headline(name);
        QVERIFY2(hasChinese(text), qPrintable(name));
    }
    // The helper's own words stay as the detail: they name the change and the kernel's reason.
    const QString described = HelperErrorText::describe(DBusErrors::schedulerUnavailable,
                                                        QStringLiteral("scheduler 'twos' is not available"));
    QVERIFY(hasChinese(described));
    QVERIFY(described.contains(u"scheduler 'twos' is not available"));
    QCOMPARE(HelperErrorText::describe(QStringLiteral("org.example.Unknown"), QStringLiteral("as is")), u"as is");

    const QString help = MethodsHelp::html();
    QVERIFY(hasChinese(help));
    for (Scheduler scheduler : Schedulers::all())
        QVERIFY2(hasChinese(Schedulers::description(scheduler)), qPrintable(Schedulers::name(scheduler)));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
