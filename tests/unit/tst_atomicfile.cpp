// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's file replacement: the old file's mode and owner survive, a file whose owner
// cannot be kept is left alone, and what a cut-short write leaves behind is swept at start.
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

// Drops CAP_CHOWN from this process's effective set, as the helper's unit runs without it.
bool dropChown()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    data[CAP_CHOWN / 32].effective &= ~(1u << (CAP_CHOWN % 32));
    return syscall(SYS_capset, &header, data) == 0;
}
} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replacesAndKeepsBackup();
    void keepsModeAndOwner();
    void refusesWhenTheOwnerCannotBeKept();
    void sweepsOnlyItsOwnLeftovers();
};

void TestAtomicFile::replacesAndKeepsBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ipvsadm"));
    QVERIFY(writeFile(path, "old\n"));
    QString error;
    QVERIFY2(AtomicFile::write(path, "new\n", true, &error), qPrintable(error));
    QCOMPARE(contentsOf(path), QByteArray("new\n"));
    QCOMPARE(contentsOf(path + QStringLiteral(".bak")), QByteArray("old\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("ipvsadm"), QStringLiteral("ipvsadm.bak")}));
}

void TestAtomicFile::keepsModeAndOwner()
{
    if (geteuid() != 0)
        QSKIP("giving a file to another owner needs root");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("90-lvs-studio.conf"));
    QVERIFY(writeFile(path, "old\n"));
    const QByteArray name = QFile::encodeName(path);
    QCOMPARE(::chown(name.constData(), 4321, 4322), 0);
    QCOMPARE(::chmod(name.constData(), 0640), 0);

    QString error;
    QVERIFY2(AtomicFile::write(path, "new\n", false, &error), qPrintable(error));
    struct stat after {};
    QCOMPARE(::stat(name.constData(), &after), 0);
    QCOMPARE(after.st_uid, uid_t(4321));
    QCOMPARE(after.st_gid, gid_t(4322));
    QCOMPARE(after.st_mode & 07777, mode_t(0640));
    QCOMPARE(contentsOf(path), QByteArray("new\n"));

    // A file that did not exist is the helper's, readable by all like /etc/sysconfig/ipvsadm.
    const QString fresh = dir.filePath(QStringLiteral("fresh"));
    QVERIFY2(AtomicFile::write(fresh, "x\n", false, &error), qPrintable(error));
    QCOMPARE(::stat(QFile::encodeName(fresh).constData(), &after), 0);
    QCOMPARE(after.st_uid, uid_t(0));
    QCOMPARE(after.st_mode & 07777, mode_t(0644));
}

void TestAtomicFile::refusesWhenTheOwnerCannotBeKept()
{
    if (geteuid() != 0)
        QSKIP("giving a file to another owner needs root");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ipvsadm.rules"));
    QVERIFY(writeFile(path, "old\n"));
    QCOMPARE(::chown(QFile::encodeName(path).constData(), 4321, 4321), 0);

    // In a child, so that the capability is dropped for that process only.
    int pipeFds[2];
    QCOMPARE(::pipe(pipeFds), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(pipeFds[0]);
        QString error = QStringLiteral("could not drop CAP_CHOWN");
        const bool written = dropChown() && AtomicFile::write(path, "new\n", true, &error);
        const QByteArray message = error.toUtf8();
        (void)!::write(pipeFds[1], message.constData(), size_t(message.size()));
        ::_exit(written ? 1 : 0);
    }
    ::close(pipeFds[1]);
    QByteArray message;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, n);
    ::close(pipeFds[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the write went ahead without keeping the owner");
    QVERIFY2(message.contains("belongs to uid 4321 gid 4321") && message.contains("left as it was"), message.constData());
    QCOMPARE(contentsOf(path), QByteArray("old\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ipvsadm.rules")});
}

void TestAtomicFile::sweepsOnlyItsOwnLeftovers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ipvsadm.rules"));
    const QStringList kept{QStringLiteral("ipvsadm.rules"), QStringLiteral("ipvsadm.rules.bak"),
                           QStringLiteral(".ipvsadm.rules.toolong7"), QStringLiteral(".ipvsadm.rules.ab-12c"),
                           QStringLiteral(".other.Ab12Cd")};
    for (const QString &name : kept + QStringList{QStringLiteral(".ipvsadm.rules.Ab12Cd"), QStringLiteral(".ipvsadm.rules.zZ9yY8")})
        QVERIFY(writeFile(dir.filePath(name), "x"));

    QStringList removed = AtomicFile::removeLeftovers(path);
    removed.sort();
    QCOMPARE(removed, QStringList({dir.filePath(QStringLiteral(".ipvsadm.rules.Ab12Cd")),
                                   dir.filePath(QStringLiteral(".ipvsadm.rules.zZ9yY8"))}));
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QStringList expected = kept;
    left.sort();
    expected.sort();
    QCOMPARE(left, expected);
    QVERIFY(AtomicFile::removeLeftovers(dir.filePath(QStringLiteral("missing/ipvsadm"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
