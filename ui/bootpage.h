// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootfile.h"

#include <QWidget>

class Backend;
class QLabel;
class QPlainTextEdit;
class QPushButton;

/**
 * Runtime and boot configuration side by side, as firewall-config keeps them: the boot
 * file (what ipvsadm.service restores at start), how it differs from the running table,
 * what the file cannot hold, and the two ways between them: "Runtime to Boot" writes
 * the running table into the file; "Load Boot Configuration" makes the file's table the
 * pending changes, to look at and apply.
 */
class BootPage : public QWidget
{
    Q_OBJECT
public:
    explicit BootPage(Backend *backend, QWidget *parent = nullptr);

    /// The kernel's table, after each refresh.
    void setLiveTable(const IpvsTable &live);
    /// Pending edits are not in the kernel: "Runtime to Boot" would not save them.
    void setPendingCount(int count) { m_pendingCount = count; }
    /// Reads the boot file again.
    void reload();
    /// Writes the running table into the boot file (after asking, unless `confirmed`).
    void runtimeToBoot(bool confirmed = false);

    const BootFile &bootFile() const { return m_file; }
    const BootFile::Difference &difference() const { return m_difference; }
    QStringList warnings() const { return m_warnings; }
    /// The systemd drop-in that keeps what the boot file cannot (empty: nothing to keep).
    QString companionText() const;

Q_SIGNALS:
    /// The user wants the boot file's table as pending changes.
    void loadRequested(const IpvsTable &table, const QString &path);
    /// A read of the boot file is shown, or a save is done (for tests).
    void bootFileShown();
    void bootFileSaved(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFile(const BootFile &file);
    void updateComparison();
    void showCompanion();

    Backend *m_backend;
    BootFile m_file;
    bool m_read = false;
    IpvsTable m_live;
    int m_pendingCount = 0;
    BootFile::Difference m_difference;
    QStringList m_warnings;
    QLabel *m_title;
    QLabel *m_warningBox;
    QLabel *m_summary;
    QPlainTextEdit *m_differenceText;
    QPlainTextEdit *m_fileText;
    QPushButton *m_load;
    QPushButton *m_keepRest;
};
