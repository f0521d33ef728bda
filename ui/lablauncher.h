// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "labdescription.h"

#include <QCoreApplication>

class Lab;
class LabPanel;
class QWidget;

/**
 * Lab ▸ Build a Lab: the wizard, then the lab (the helper's on a real kernel, the
 * simulated kernel's otherwise, saying why), its panel, and the director's table in a
 * main window of its own, live and editable like the host's.
 */
namespace LabLauncher {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LabLauncher)
};

/// Runs the wizard; on Build, starts the lab and returns its panel (a window that
/// deletes itself when closed), else null. realKernel: the window's backend is the helper.
LabPanel *start(QWidget *parent, bool realKernel);
/// Builds `description` on `lab` (taking it) and shows its panel, without the wizard.
LabPanel *open(const LabDescription &description, Lab *lab, QWidget *parent);
}
