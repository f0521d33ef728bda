// SPDX-License-Identifier: GPL-2.0-or-later
// The bar that reports a batch a stopped helper cut short, and offers its rollback.
#include "interruptedbatchbanner.h"
#include "memorybackend.h"

#include <QSignalSpy>
#include <QTest>

namespace {
/// A table in memory that pretends a helper left a batch half made.
class InterruptedBackend : public MemoryBackend
{
public:
    QStringList calls;
    QString failWith; ///< an error name for the next rollback

    void checkInterruptedBatch() override
    {
        Q_EMIT interruptedBatchFound(QStringLiteral("a batch of 2000 changes that uid 0 began at 2026-12-07 "
                                                    "16:00:05 UTC was cut short"),
                                     {QStringLiteral("service TCP 10.20.0.1:80 is still there"),
                                      QStringLiteral("service TCP 10.20.0.2:80 is still there"),
                                      QStringLiteral("service TCP 10.20.0.3:80 is still there"),
                                      QStringLiteral("service TCP <10.20.0.4>:80 is still there"),
                                      QStringLiteral("service TCP 10.20.0.5:80 is still there")});
    }
    void rollBackInterruptedBatch(bool interactive) override
    {
        calls << QStringLiteral("rollback %1").arg(interactive);
        if (failWith.isEmpty())
            Q_EMIT interruptedBatchResolved();
        else
            Q_EMIT interruptedBatchFailed(failWith, QStringLiteral("service TCP 10.20.0.1:80 is still there"));
    }
    void forgetInterruptedBatch(bool interactive) override
    {
        calls << QStringLiteral("forget %1").arg(interactive);
        Q_EMIT interruptedBatchResolved();
    }
};
} // namespace

class TestInterruptedBatchBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenUntilABatchIsReported();
    void namesTheBatchAndWhatItLeft();
    void rollBackIsAPersonsRequestAndHidesTheBar();
    void aFailedRollbackStaysOnScreen();
};

void TestInterruptedBatchBanner::hiddenUntilABatchIsReported()
{
    MemoryBackend backend;
    InterruptedBatchBanner banner(&backend);
    banner.setVisible(true);
    backend.checkInterruptedBatch(); // a table in memory has none
    QVERIFY(banner.text().isEmpty());
}

void TestInterruptedBatchBanner::namesTheBatchAndWhatItLeft()
{
    InterruptedBackend backend;
    QWidget window;
    auto *banner = new InterruptedBatchBanner(&backend, &window);
    window.show();
    QVERIFY(!banner->isVisible());
    backend.checkInterruptedBatch();
    QVERIFY(banner->isVisible());
    const QString text = banner->text();
    QVERIFY2(text.contains(QStringLiteral("A batch was interrupted")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("a batch of 2000 changes")));
    QVERIFY(text.contains(QStringLiteral("10.20.0.3:80")));
    QVERIFY2(!text.contains(QStringLiteral("10.20.0.4")), "more than three items named");
    QVERIFY(text.contains(QStringLiteral("and 2 more")));
    QVERIFY(text.contains(QStringLiteral("href=\"rollback\"")) && text.contains(QStringLiteral("href=\"forget\"")));
}

void TestInterruptedBatchBanner::rollBackIsAPersonsRequestAndHidesTheBar()
{
    InterruptedBackend backend;
    QWidget window;
    auto *banner = new InterruptedBatchBanner(&backend, &window);
    window.show();
    QSignalSpy resolved(banner, &InterruptedBatchBanner::resolved);
    backend.checkInterruptedBatch();
    Q_EMIT banner->linkActivated(QStringLiteral("rollback"));
    QCOMPARE(backend.calls, QStringList{QStringLiteral("rollback 1")});
    QCOMPARE(resolved.count(), 1);
    QVERIFY(!banner->isVisible());
    backend.checkInterruptedBatch();
    Q_EMIT banner->linkActivated(QStringLiteral("forget"));
    QCOMPARE(backend.calls.last(), QStringLiteral("forget 1"));
    QCOMPARE(resolved.count(), 2);
}

void TestInterruptedBatchBanner::aFailedRollbackStaysOnScreen()
{
    InterruptedBackend backend;
    backend.failWith = QStringLiteral("org.lvsstudio.Error.RollbackFailed");
    QWidget window;
    auto *banner = new InterruptedBatchBanner(&backend, &window);
    window.show();
    QSignalSpy resolved(banner, &InterruptedBatchBanner::resolved);
    backend.checkInterruptedBatch();
    Q_EMIT banner->linkActivated(QStringLiteral("rollback"));
    QCOMPARE(resolved.count(), 0);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("still reported")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("10.20.0.1:80 is still there")));
}

QTEST_MAIN(TestInterruptedBatchBanner)
#include "tst_interruptedbatchbanner.moc"
