// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

/**
 * The main window. For now it shows a table read from a rules file or ipvsadm script,
 * read-only, with the ipvsadm rules it equals; the live backends (helper, simulated
 * kernel) come next.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Loads FILE; on failure shows why and keeps the previous table.
    bool openFile(const QString &path);
    void showTable(const IpvsTable &table, const QString &source);

private:
    void chooseFile();

    QTreeWidget *m_tree;
    QPlainTextEdit *m_rules;
    QLabel *m_backendLabel;
};
