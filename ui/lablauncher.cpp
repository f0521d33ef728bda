// SPDX-License-Identifier: GPL-2.0-or-later
#include "lablauncher.h"

#include "helperlab.h"
#include "labpanel.h"
#include "labwizard.h"
#include "mainwindow.h"
#include "simulatedlab.h"

#include <QPushButton>
#include <QVBoxLayout>

using LabLauncher::Tr;

LabPanel *LabLauncher::start(QWidget *parent, bool realKernel)
{
    const QString because = realKernel
        ? QString()
        : Tr::tr("The window runs on the simulated kernel: this machine's kernel has no IPVS, or the helper is not "
                 "installed.");
    LabWizard wizard(because, parent);
    if (wizard.exec() != QDialog::Accepted)
        return nullptr;
    Lab *lab = realKernel ? static_cast<Lab *>(new HelperLab) : static_cast<Lab *>(new SimulatedLab);
    return open(wizard.description(), lab, parent);
}

LabPanel *LabLauncher::open(const LabDescription &description, Lab *lab, QWidget *parent)
{
    auto *panel = new LabPanel(lab, parent);
    panel->setWindowFlag(Qt::Window);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    // The director's table in a window of its own once the lab stands: the same main
    // window as the host's, on the lab's backend.
    auto *tableButton = new QPushButton(Tr::tr("Show the Director's &Table"), panel);
    tableButton->setObjectName(QStringLiteral("showDirectorTable"));
    tableButton->setEnabled(false);
    static_cast<QVBoxLayout *>(panel->layout())->insertWidget(1, tableButton);
    QObject::connect(lab, &Lab::created, tableButton, [tableButton] { tableButton->setEnabled(true); });
    QObject::connect(tableButton, &QPushButton::clicked, panel, [panel, lab] {
        if (!lab->director())
            return;
        auto *window = new MainWindow(lab->director(), MainWindow::SettingsUse::Defaults, panel);
        window->setWindowFlag(Qt::Window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(Tr::tr("Lab Director (%1)").arg(lab->description().methodName()));
        QObject::connect(lab, &Lab::removed, window, &QWidget::close);
        window->show();
    });
    QObject::connect(panel, &LabPanel::finished, tableButton, [tableButton] { tableButton->setEnabled(false); });
    panel->show();
    lab->create(description);
    return panel;
}
