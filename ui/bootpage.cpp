// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootpage.h"

#include "backend.h"
#include "bootcompanion.h"
#include "helpererrortext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

BootPage::BootPage(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_title(new QLabel)
    , m_warningBox(new QLabel)
    , m_summary(new QLabel)
    , m_differenceText(new QPlainTextEdit)
    , m_fileText(new QPlainTextEdit)
    , m_load(new QPushButton(tr("&Load Boot Configuration")))
    , m_keepRest(new QPushButton(tr("&Keep the Rest at Boot…")))
{
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_warningBox->setWordWrap(true);
    m_warningBox->setAutoFillBackground(true);
    m_warningBox->setContentsMargins(8, 6, 8, 6);
    QPalette warning = m_warningBox->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xb0));
    warning.setColor(QPalette::WindowText, Qt::black);
    m_warningBox->setPalette(warning);
    m_summary->setWordWrap(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : {m_differenceText, m_fileText}) {
        text->setReadOnly(true);
        text->setFont(fixed);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_fileText->setPlaceholderText(tr("No boot file: nothing is restored at boot."));

    auto *save = new QPushButton(tr("&Runtime to Boot…"));
    save->setToolTip(tr("Write the running table into the boot file (ipvsadm -S -n), keeping the old file as .bak."));
    connect(save, &QPushButton::clicked, this, [this] { runtimeToBoot(); });
    m_load->setToolTip(tr("Make the boot file's table the pending changes, to look at and apply."));
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (const std::optional<IpvsTable> table = m_file.table())
            Q_EMIT loadRequested(*table, m_file.path);
    });
    m_keepRest->setToolTip(tr("The thresholds, timeouts and sync daemons the boot file cannot hold, as a systemd "
                              "drop-in that sets them again after ipvsadm.service restores the file."));
    m_keepRest->hide();
    connect(m_keepRest, &QPushButton::clicked, this, &BootPage::showCompanion);
    auto *reloadButton = new QPushButton(tr("Re&read"));
    connect(reloadButton, &QPushButton::clicked, this, &BootPage::reload);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_load);
    buttons->addStretch(1);
    buttons->addWidget(reloadButton);

    auto *differenceBox = new QWidget;
    auto *differenceLayout = new QVBoxLayout(differenceBox);
    differenceLayout->setContentsMargins(0, 0, 0, 0);
    differenceLayout->addWidget(m_summary);
    differenceLayout->addWidget(m_differenceText);
    auto *fileBox = new QWidget;
    auto *fileLayout = new QVBoxLayout(fileBox);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(new QLabel(tr("The boot file:")));
    fileLayout->addWidget(m_fileText);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(differenceBox);
    splitter->addWidget(fileBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    // What the file cannot hold, and beside it the way to keep it anyway.
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningBox, 1);
    warningRow->addWidget(m_keepRest, 0, Qt::AlignTop);
    layout->addLayout(warningRow);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_backend, &Backend::bootFileRead, this, &BootPage::showFile);
    connect(m_backend, &Backend::bootFileSaved, this, [this](const QString &path) {
        Q_EMIT bootFileSaved(path);
        reload();
    });
    connect(m_backend, &Backend::bootFileFailed, this, [this](const QString &name, const QString &message) {
        QMessageBox::warning(this, tr("Boot Configuration"), HelperErrorText::describe(name, message));
    });
    m_title->setText(tr("Reading the boot file…"));
    m_warningBox->hide();
}

void BootPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void BootPage::reload()
{
    m_backend->readBootFile();
}

void BootPage::setLiveTable(const IpvsTable &live)
{
    m_live = live;
    if (isVisible() && m_read)
        updateComparison();
}

void BootPage::runtimeToBoot(bool confirmed)
{
    if (!confirmed) {
        QString question = tr("Write the running table into %1? The previous file is kept as %1.bak.")
                               .arg(m_file.path.isEmpty() ? tr("the boot file") : m_file.path);
        if (m_pendingCount > 0)
            question += QLatin1String("\n\n")
                + tr("%n pending change(s) are not applied yet and will not be saved.", nullptr, m_pendingCount);
        if (QMessageBox::question(this, tr("Runtime to Boot"), question) != QMessageBox::Yes)
            return;
    }
    m_backend->saveBootFile(true);
}

void BootPage::showFile(const BootFile &file)
{
    m_file = file;
    m_read = true;
    m_title->setText(file.exists
                         ? tr("<b>%1</b>: the table restored at boot (ipvsadm.service).").arg(file.path.toHtmlEscaped())
                         : tr("<b>%1</b> does not exist: nothing is restored at boot.").arg(file.path.toHtmlEscaped()));
    m_fileText->setPlainText(file.text);
    updateComparison();
    Q_EMIT bootFileShown();
}

void BootPage::updateComparison()
{
    m_warnings = BootFile::warnings(m_file.path, m_live, m_file.debianAuto);
    m_warningBox->setVisible(!m_warnings.isEmpty());
    QString items;
    for (const QString &warning : std::as_const(m_warnings))
        items += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
    m_warningBox->setText(tr("Before relying on the boot file:") + QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(items));

    m_keepRest->setVisible(!BootCompanion::commands(m_live).isEmpty());

    m_difference = m_file.compareWith(m_live);
    m_load->setEnabled(m_file.exists && m_difference.errors.isEmpty());
    QString text;
    if (!m_difference.errors.isEmpty()) {
        m_summary->setText(tr("The boot file has mistakes; it would not restore as it is:"));
        text = m_difference.errors.join(QLatin1Char('\n'));
    } else if (m_difference.same()) {
        m_summary->setText(tr("The boot file and the running table agree."));
    } else {
        m_summary->setText(tr("They differ (in ipvsadm -S -n rules):"));
        for (const QString &rule : std::as_const(m_difference.onlyAtBoot))
            text += tr("at boot only:   %1").arg(rule) + QLatin1Char('\n');
        for (const QString &rule : std::as_const(m_difference.onlyRunning))
            text += tr("running only:   %1").arg(rule) + QLatin1Char('\n');
    }
    if (m_differenceText->toPlainText() != text)
        m_differenceText->setPlainText(text);
}

QString BootPage::companionText() const
{
    return BootCompanion::dropIn(m_live);
}

void BootPage::showCompanion()
{
    const QString text = companionText();
    if (text.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keep the Rest at Boot"));
    auto *explanation = new QLabel(
        tr("ipvsadm.service restores only the rules; at stop it overwrites the boot file with ipvsadm-save, so "
           "thresholds, timeouts and sync daemons cannot be added to it. Installed as <b>%1</b> (then "
           "<tt>systemctl daemon-reload</tt>), this drop-in sets them again after every restore. It holds the "
           "values of now: save it again after changing them.")
            .arg(BootCompanion::dropInPath().toHtmlEscaped()));
    explanation->setWordWrap(true);
    auto *view = new QPlainTextEdit(text);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &dialog, [text] { QApplication::clipboard()->setText(text); });
    connect(save, &QPushButton::clicked, &dialog, [&dialog, text] {
        const QString path = QFileDialog::getSaveFileName(&dialog, tr("Save Drop-in"), QStringLiteral("50-lvs-studio.conf"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            QMessageBox::warning(&dialog, tr("Save Drop-in"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 360);
    dialog.exec();
}
