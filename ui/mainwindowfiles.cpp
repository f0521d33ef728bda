// SPDX-License-Identifier: GPL-2.0-or-later
// The main window's files: importing a rules file, script or keepalived.conf as one
// pending edit, and exporting what the window shows (the kernel's table with the
// pending edits) in any of those formats.
#include "mainwindow.h"

#include "tablereader.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

bool MainWindow::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"), tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    const TableReader::Result result = TableReader::read(QString::fromUtf8(file.readAll()), path);
    if (!result.ok()) {
        QStringList lines;
        for (const TableReader::Diagnostic &error : result.errors)
            lines.append(error.toString());
        QMessageBox::warning(this, tr("Import"),
                             tr("%1 has mistakes; nothing was imported.\n\n%2").arg(path, lines.join(QLatin1Char('\n'))));
        return false;
    }
    const QStringList refusals = m_session.replaceWith(result.table, tr("import %1").arg(path));
    report(refusals);
    return refusals.isEmpty();
}

bool MainWindow::exportTable(const QString &path, TableFormats::Format format, QString *error) const
{
    // What the window shows: the kernel's table with the pending edits.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(TableFormats::write(m_session.editedTable(), format).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::chooseExport(TableFormats::Format format)
{
    const QString suggested = format == TableFormats::Format::Rules    ? QStringLiteral("ipvsadm.rules")
                            : format == TableFormats::Format::Script ? QStringLiteral("ipvsadm.sh")
                                                                     : QStringLiteral("keepalived.conf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTable(path, format, &error)) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, error));
        return;
    }
    const int pending = int(m_session.pending().size());
    statusBar()->showMessage(pending ? tr("Exported %1, with %n pending change(s) not yet applied.", nullptr, pending).arg(path)
                                     : tr("Exported %1.").arg(path),
                             10'000);
}

void MainWindow::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(), tr("Rules, scripts and keepalived.conf (*.rules *.sh *.conf ipvsadm*);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}
