// SPDX-License-Identifier: GPL-2.0-or-later
#include "setuppage.h"

#include "ruleswriter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
enum Target { Director, RealServers };

// The snippets' titles are part of the document they make (English, like the files
// themselves); the list shows them in the user's language.
const char *const snippetTitles[] = {
    QT_TRANSLATE_NOOP("SetupPage", "ARP settings"),
    QT_TRANSLATE_NOOP("SetupPage", "Apply now"),
    QT_TRANSLATE_NOOP("SetupPage", "Forwarding"),
    QT_TRANSLATE_NOOP("SetupPage", "Network (how-to)"),
    QT_TRANSLATE_NOOP("SetupPage", "Solaris 11 and illumos"),
    QT_TRANSLATE_NOOP("SetupPage", "The how-to's files"),
    QT_TRANSLATE_NOOP("SetupPage", "Tunnel devices at boot"),
    QT_TRANSLATE_NOOP("SetupPage", "Tunnel modules"),
    QT_TRANSLATE_NOOP("SetupPage", "Tunnelling"),
    QT_TRANSLATE_NOOP("SetupPage", "VIP at boot (NetworkManager)"),
    QT_TRANSLATE_NOOP("SetupPage", "What the director does"),
    QT_TRANSLATE_NOOP("SetupPage", "What this server does"),
};

QString shownTitle(const QString &title)
{
    for (const char *known : snippetTitles) {
        if (title == QLatin1String(known))
            return SetupPage::tr(known);
    }
    return title; // a file name, or a title made with a value in it
}
} // namespace

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent)
    , m_target(new QComboBox)
    , m_system(new QComboBox)
    , m_director(new QLineEdit)
    , m_gateway(new QLineEdit)
    , m_notes(new QLabel)
    , m_snippets(new QListWidget)
    , m_path(new QLabel)
    , m_text(new QPlainTextEdit)
{
    // Named for tests and accessibility tools.
    m_target->setObjectName(QStringLiteral("target"));
    m_system->setObjectName(QStringLiteral("system"));
    m_director->setObjectName(QStringLiteral("directorAddress"));
    m_gateway->setObjectName(QStringLiteral("gateway"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_target->addItem(tr("The director"), Director);
    m_target->addItem(tr("The real servers"), RealServers);
    for (const RealServerSetup::OperatingSystem system : RealServerSetup::operatingSystems())
        m_system->addItem(RealServerSetup::operatingSystemDisplayName(system), int(system));
    m_director->setPlaceholderText(tr("e.g. 192.168.0.254"));
    m_director->setToolTip(tr("The director's own address on the real servers' network (not the VIP): a NAT real "
                              "server's default router, and the far end of FreeBSD's and Solaris' tunnels."));
    m_gateway->setPlaceholderText(tr("optional, e.g. 192.168.0.252"));
    m_gateway->setToolTip(tr("DR and TUN real servers' own default router, which must not be the director."));
    m_notes->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_system, 1);
    form->addRow(tr("Set up:"), targetRow);
    form->addRow(tr("Director's inside address:"), m_director);
    form->addRow(tr("Real servers' router:"), m_gateway);

    auto *copy = new QPushButton(tr("&Copy"));
    copy->setToolTip(tr("Copy the snippet shown to the clipboard."));
    connect(copy, &QPushButton::clicked, this, &SetupPage::copyShown);
    auto *save = new QPushButton(tr("Save &All…"));
    save->setToolTip(tr("Save every snippet as one commented document."));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Setup"), QStringLiteral("lvs-setup.txt"));
        QString error;
        if (!path.isEmpty() && !saveAll(path, &error))
            QMessageBox::warning(this, tr("Save Setup"), tr("Cannot write %1: %2").arg(path, error));
    });
    auto *textBox = new QWidget;
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(0, 0, 0, 0);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(copy);
    pathRow->addWidget(save);
    textLayout->addLayout(pathRow);
    textLayout->addWidget(m_text);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_snippets);
    splitter->addWidget(textBox);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    layout->addWidget(splitter, 1);

    for (QComboBox *combo : {m_target, m_system})
        connect(combo, &QComboBox::currentIndexChanged, this, &SetupPage::regenerate);
    for (QLineEdit *edit : {m_director, m_gateway})
        connect(edit, &QLineEdit::textChanged, this, &SetupPage::regenerate);
    connect(m_snippets, &QListWidget::currentRowChanged, this, &SetupPage::showSnippet);
    regenerate();
}

void SetupPage::setService(const std::optional<VirtualService> &service)
{
    // A refresh moves counters, which the setup does not depend on: regenerate only when
    // the service's rules change.
    auto rules = [](const std::optional<VirtualService> &one) {
        if (!one)
            return QString();
        IpvsTable table;
        table.services.append(*one);
        return RulesWriter::rules(table);
    };
    if (service.has_value() == m_service.has_value() && rules(service) == rules(m_service))
        return;
    m_service = service;
    regenerate();
}

void SetupPage::setDirectorAddress(const IpAddress &address)
{
    if (m_director->text().isEmpty() && !address.isNull())
        m_director->setText(address.toString());
}

void SetupPage::regenerate()
{
    m_system->setEnabled(m_target->currentData().toInt() == RealServers);
    RealServerSetup::Options options;
    QStringList problems;
    // Each message a whole sentence, so that it translates as one.
    auto address = [&problems](QLineEdit *edit, const QString &mistake, IpAddress *v4, IpAddress *v6) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        const std::optional<IpAddress> parsed = IpAddress::parse(text);
        if (!parsed) {
            problems.append(mistake.arg(text));
            return;
        }
        (parsed->isV6() ? *v6 : *v4) = *parsed;
    };
    address(m_director, tr("Director's inside address: '%1' is not an IPv4 or IPv6 address"),
            &options.directorAddress, &options.directorAddress6);
    address(m_gateway, tr("Real servers' router: '%1' is not an IPv4 or IPv6 address"), &options.gateway,
            &options.gateway6);

    m_snippets->clear();
    m_result = {};
    if (!m_service) {
        m_notes->setText(tr("Select a service on the Services page to see what its director and real servers need."));
        showSnippet(-1);
        return;
    }
    const auto system = RealServerSetup::OperatingSystem(m_system->currentData().toInt());
    m_result = m_target->currentData().toInt() == Director ? RealServerSetup::forDirector(*m_service, options)
                                                           : RealServerSetup::forRealServers(*m_service, system, options);
    m_notes->setText((problems + m_result.errors + m_result.warnings).join(QLatin1Char('\n')));
    for (const RealServerSetup::Snippet &snippet : std::as_const(m_result.snippets))
        m_snippets->addItem(snippet.isForDirector()
                                ? shownTitle(snippet.title)
                                : QStringLiteral("%1: %2").arg(snippet.server.toString(), shownTitle(snippet.title)));
    m_snippets->setCurrentRow(m_result.snippets.isEmpty() ? -1 : 0);
    showSnippet(m_snippets->currentRow());
}

void SetupPage::showSnippet(int index)
{
    if (index < 0 || index >= m_result.snippets.size()) {
        m_path->clear();
        m_text->clear();
        return;
    }
    const RealServerSetup::Snippet &snippet = m_result.snippets[index];
    using Kind = RealServerSetup::Snippet::Kind;
    m_path->setText(snippet.kind == Kind::File       ? tr("File %1").arg(snippet.path)
                    : snippet.kind == Kind::AddLines ? tr("Add to %1").arg(snippet.path)
                    : snippet.kind == Kind::Commands ? tr("Commands to run as root on %1").arg(snippet.targetName())
                                                     : tr("Note"));
    m_text->setPlainText(snippet.text);
}

void SetupPage::selectSnippet(int index)
{
    m_snippets->setCurrentRow(index);
}

QString SetupPage::shownText() const
{
    return m_text->toPlainText();
}

void SetupPage::copyShown()
{
    QApplication::clipboard()->setText(shownText());
}

bool SetupPage::saveAll(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(RealServerSetup::render(m_result.snippets).toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
