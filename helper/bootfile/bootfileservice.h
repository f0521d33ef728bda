// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusContext>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

/**
 * The object behind /org/lvsstudio/BootFile1 (resources/dbus/org.lvsstudio.BootFile1.xml):
 * writes the boot file for the helper, whose own unit keeps /etc read-only. It trusts
 * nothing it is sent: the caller must be root, the rules at most maxRulesBytes and
 * readable as rules, and only then is the one file it knows replaced, atomically.
 */
class BootFileService : public QObject, protected QDBusContext
{
    Q_OBJECT
public:
    /// The most the service reads: the helper's own limit for a batch.
    static constexpr qsizetype maxRulesBytes = 16 * 1024 * 1024;
    /// The uid of a bus name, or nothing when the bus cannot say (tests give their own).
    using CallerUid = std::function<std::optional<uint>(const QString &busName)>;

    BootFileService(QString path, CallerUid callerUid, QObject *parent = nullptr);

    QString path() const { return m_path; }
    /// Emitted when no call came for the idle timeout: the service may exit.
    void setIdleTimeout(int milliseconds);
    /// Removes the temporary files a write cut short left beside the file; returns them.
    QStringList removeLeftovers() const;

public Q_SLOTS:
    QString Write(const QString &rules);

Q_SIGNALS:
    void idle();

private:
    QString m_path;
    CallerUid m_callerUid;
    QTimer m_idleTimer;
};
