// SPDX-License-Identifier: GPL-2.0-or-later
// The service wizard answered as a user would, for the tests that open it from the main
// window (on the simulated kernel and, in the VM rig, on the real helper).
#pragma once

#include "servicewizard.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace ServiceWizardTesting {
inline QSpinBox *cellSpin(ServiceWizard &wizard, int row, int column)
{
    return qobject_cast<QSpinBox *>(wizard.serversTable()->cellWidget(row, column));
}

/// The real servers' weights, top row first (the Real Servers page must be showing).
inline void setWeights(ServiceWizard &wizard, const QList<int> &weights)
{
    for (int row = 0; row < weights.size(); ++row)
        cellSpin(wizard, row, 2)->setValue(weights[row]);
}

/// Answers the next service wizard with the how-to's DR service as it is proposed, with
/// `scheduler` and the three real servers' `weights`, and finishes it; `*answered` says
/// that it got that far.
inline void answerNextServiceWizard(const QString &scheduler, const QList<int> &weights, bool *answered)
{
    QTimer::singleShot(0, [scheduler, weights, answered] {
        auto *wizard = qobject_cast<ServiceWizard *>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        wizard->schedulerBox()->setCurrentIndex(wizard->schedulerBox()->findText(scheduler));
        wizard->next();
        QCOMPARE(wizard->serversTable()->rowCount(), weights.size());
        setWeights(*wizard, weights);
        while (wizard->currentId() != ServiceWizard::SummaryPage)
            wizard->next();
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
        *answered = true;
    });
}
} // namespace ServiceWizardTesting
