// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootfileservice.h"

#include "atomicfile.h"
#include "dbuserrors.h"
#include "rulesparser.h"

#include <QDBusConnection>
#include <QDBusMessage>

BootFileService::BootFileService(QString path, CallerUid callerUid, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_callerUid(std::move(callerUid))
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &BootFileService::idle);
}

void BootFileService::setIdleTimeout(int milliseconds)
{
    m_idleTimer.setInterval(milliseconds);
    m_idleTimer.start();
}

QStringList BootFileService::removeLeftovers() const
{
    return AtomicFile::removeLeftovers(m_path);
}

QString BootFileService::Write(const QString &rules)
{
    m_idleTimer.start();
    // The bus policy lets only root send; a policy file edited by mistake must not make
    // this a way for anyone to write in /etc.
    const std::optional<uint> uid = m_callerUid(message().service());
    if (!uid || *uid != 0) {
        sendErrorReply(QDBusError::AccessDenied,
                       uid ? QStringLiteral("only root may write the boot file; the caller is uid %1").arg(*uid)
                           : QStringLiteral("only root may write the boot file; the caller's uid is unknown"));
        return {};
    }
    const QByteArray contents = rules.toUtf8();
    if (contents.size() > maxRulesBytes) {
        sendErrorReply(QDBusError::InvalidArgs, QStringLiteral("the rules are %1 bytes; the boot file takes at most %2")
                                                    .arg(contents.size())
                                                    .arg(maxRulesBytes));
        return {};
    }
    // What ipvsadm-restore would refuse at boot is refused now, while someone is watching.
    const RulesParseResult parsed = RulesParser::parse(rules);
    if (!parsed.ok()) {
        const RulesDiagnostic &first = parsed.errors.constFirst();
        sendErrorReply(QDBusError::InvalidArgs,
                       QStringLiteral("the rules do not read, so %1 was left as it was: line %2: %3")
                           .arg(m_path)
                           .arg(first.line)
                           .arg(first.message));
        return {};
    }
    QString error;
    if (!AtomicFile::write(m_path, contents, true, &error)) {
        sendErrorReply(DBusErrors::kernelError, error);
        return {};
    }
    return m_path;
}
