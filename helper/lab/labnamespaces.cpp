// SPDX-License-Identifier: GPL-2.0-or-later
#include "labnamespaces.h"

#include "labcommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <fcntl.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>

namespace {
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^lvs-lab-[a-z0-9]{1,16}$"));
    return pattern.match(name).hasMatch();
}
} // namespace

QString LabNamespaces::directory()
{
    return QStringLiteral("/run/netns");
}

bool LabNamespaces::runIn(const QString &name, const std::function<void()> &work, QString *error)
{
    if (!validName(name)) {
        *error = QStringLiteral("not a lab namespace: %1").arg(name);
        return false;
    }
    const QByteArray path = QFile::encodeName(directory() + QLatin1Char('/') + name);
    int failure = 0;
    const char *step = nullptr;
    // A thread of its own: setns() moves only the calling thread, and this one ends here.
    std::thread thread([&] {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            failure = errno;
            step = "open";
            return;
        }
        const int entered = ::setns(fd, CLONE_NEWNET);
        failure = entered == 0 ? 0 : errno;
        ::close(fd);
        if (entered != 0) {
            step = "setns";
            return;
        }
        work();
    });
    thread.join();
    if (step) {
        *error = QStringLiteral("cannot enter network namespace %1 (%2): %3")
                     .arg(name, QString::fromLatin1(step), errnoText(failure));
        return false;
    }
    return true;
}

int LabNamespaces::socketIn(const QString &name, int domain, int type, int protocol, QString *error)
{
    int fd = -1;
    int failure = 0;
    if (!runIn(name, [&] {
            fd = ::socket(domain, type | SOCK_CLOEXEC, protocol);
            failure = errno;
        }, error))
        return -1;
    if (fd < 0)
        *error = QStringLiteral("socket in %1: %2").arg(name, errnoText(failure));
    return fd;
}

bool LabNamespaces::setSysctl(const QString &name, const QString &key, const QString &value, QString *error)
{
    static const QRegularExpression keyPattern(QStringLiteral("^net(\\.[a-z0-9_]+)+$"));
    static const QRegularExpression valuePattern(QStringLiteral("^[0-9]{1,6}$"));
    if (!keyPattern.match(key).hasMatch() || !valuePattern.match(value).hasMatch()) {
        *error = QStringLiteral("not a lab sysctl: %1=%2").arg(key, value);
        return false;
    }
    // /proc/sys/net shows the namespace of the thread that opens it.
    const QByteArray path = QFile::encodeName(QStringLiteral("/proc/sys/") + QString(key).replace(u'.', u'/'));
    const QByteArray text = value.toLatin1() + '\n';
    int failure = 0;
    if (!runIn(name, [&] {
            const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
            if (fd < 0) {
                failure = errno;
                return;
            }
            if (::write(fd, text.constData(), size_t(text.size())) != text.size())
                failure = errno ? errno : EIO;
            ::close(fd);
        }, error))
        return false;
    if (failure != 0) {
        *error = QStringLiteral("sysctl %1=%2 in %3: %4").arg(key, value, name, errnoText(failure));
        return false;
    }
    return true;
}

bool LabNamespaces::run(const QStringList &argv, QString *error)
{
    if (argv.isEmpty() || (argv.first() != QLatin1String("ip") && argv.first() != QLatin1String("modprobe"))) {
        *error = QStringLiteral("the lab runs only ip and modprobe");
        return false;
    }
    QString program;
    if (argv.first() == QLatin1String("modprobe")) {
        // The loader the kernel itself runs for autoloading, as the administrator set it
        // (a distribution's, or a test rig's wrapper); not a caller's choice.
        QFile setting(QStringLiteral("/proc/sys/kernel/modprobe"));
        if (setting.open(QIODevice::ReadOnly)) {
            const QString path = QString::fromLocal8Bit(setting.readAll()).trimmed();
            if (path.startsWith(u'/') && QFileInfo(path).isExecutable())
                program = path;
        }
    }
    for (const char *directory : {"/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/"}) {
        if (!program.isEmpty())
            break;
        const QString candidate = QString::fromLatin1(directory) + argv.first();
        if (QFile::exists(candidate)) {
            program = candidate;
            break;
        }
    }
    if (program.isEmpty()) {
        *error = QStringLiteral("%1 is not installed").arg(argv.first());
        return false;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments(argv.mid(1));
    process.setEnvironment({QStringLiteral("PATH=/usr/sbin:/usr/bin:/sbin:/bin"), QStringLiteral("LC_ALL=C")});
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    // The lab service blocks its termination signals (TerminationSignals); ip and
    // modprobe must not inherit that.
    process.setChildProcessModifier([] {
        sigset_t none;
        sigemptyset(&none);
        pthread_sigmask(SIG_SETMASK, &none, nullptr);
    });
    process.start();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        *error = QStringLiteral("%1: did not finish").arg(argv.join(u' '));
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1: %2").arg(argv.join(u' '), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool LabNamespaces::loadLinkModule(const QString &kind, const QString &name, QString *error)
{
    const auto loaded = [&kind] { return QFileInfo::exists(QStringLiteral("/sys/module/") + kind); };
    if (loaded())
        return true;
    QString modprobeError;
    if (run({QStringLiteral("modprobe"), kind}, &modprobeError) && loaded())
        return true;
    const QString probe = QStringLiteral("lvs-lab-probe");
    QString probeError;
    const bool added = run({QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("add"),
                            probe, QStringLiteral("type"), kind},
                           &probeError);
    if (added) {
        QString ignored;
        run({QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("delete"), probe},
            &ignored);
    }
    // Added, the kind exists (loaded, or built in). Not added can still mean loaded: a
    // link with no endpoints is the module's own tunl0, so the kernel says "File exists".
    if (added || loaded())
        return true;
    *error = QStringLiteral("the kernel module %1 is not loaded and could not be: %2; %3").arg(kind, modprobeError, probeError);
    return false;
}

QStringList LabNamespaces::existing()
{
    QStringList names;
    const QStringList entries = QDir(directory()).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (entry.startsWith(QString::fromUtf16(LabCommands::namespacePrefix)) && validName(entry))
            names << entry;
    }
    return names;
}
