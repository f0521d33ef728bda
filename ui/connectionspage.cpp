// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionspage.h"

#include "backend.h"
#include "helpererrortext.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int readEveryMs = 2000;

// The states ipvsadm -Lnc shows (TCP's from ip_vs_proto_tcp.c, then UDP's and a
// template's), for the state filter.
const char *const knownStates[] = {"ESTABLISHED", "SYN_RECV", "SYN_SENT", "FIN_WAIT", "TIME_WAIT", "CLOSE",
                                   "CLOSE_WAIT", "LAST_ACK", "LISTEN", "SYNACK", "UDP", "NONE"};
} // namespace

ConnectionsPage::ConnectionsPage(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_virtual(new QLineEdit)
    , m_realServer(new QLineEdit)
    , m_client(new QLineEdit)
    , m_state(new QComboBox)
    , m_count(new QLabel)
    , m_view(new QTreeView)
{
    m_proxy.setSourceModel(&m_model);
    m_view->setModel(&m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // 100,000 rows
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionModel::VirtualColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed widths that fit the widest values: measuring 100,000 rows would not.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    m_view->header()->resizeSection(ConnectionModel::ProtocolColumn, metrics.horizontalAdvance(u"SCTP"_qs) + padding);
    m_view->header()->resizeSection(ConnectionModel::ExpiresColumn, metrics.horizontalAdvance(u"Expires"_qs) + padding);
    m_view->header()->resizeSection(ConnectionModel::StateColumn, metrics.horizontalAdvance(u"ESTABLISHED"_qs) + padding);
    const int endpoint = metrics.horizontalAdvance(u"255.255.255.255:65535"_qs) + padding;
    m_view->header()->resizeSection(ConnectionModel::SourceColumn, endpoint);
    m_view->header()->resizeSection(ConnectionModel::VirtualColumn, endpoint);
    m_view->header()->setStretchLastSection(true); // IPv6 real servers get the rest

    m_virtual->setPlaceholderText(tr("Virtual service"));
    m_realServer->setPlaceholderText(tr("Real server"));
    m_client->setPlaceholderText(tr("Client"));
    for (QLineEdit *edit : {m_virtual, m_realServer, m_client}) {
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tr("Part of an address or address:port, e.g. 192.168.0.160 or :80"));
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsPage::updateFilter);
    }
    m_state->addItem(tr("Any state"), QString());
    for (const char *state : knownStates)
        m_state->addItem(QString::fromLatin1(state), QString::fromLatin1(state));
    m_state->setItemData(m_state->count() - 1, tr("Persistence templates"), Qt::ToolTipRole);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ConnectionsPage::updateFilter);

    auto *exportButton = new QPushButton(tr("Export CSV…"));
    connect(exportButton, &QPushButton::clicked, this, &ConnectionsPage::chooseExport);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_virtual, 2);
    filters->addWidget(m_realServer, 2);
    filters->addWidget(m_client, 2);
    filters->addWidget(m_state, 1);
    filters->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_backend, &Backend::connectionsRead, this, &ConnectionsPage::showEntries);
    connect(m_backend, &Backend::connectionsFailed, this, [this](const QString &name, const QString &message) {
        m_reading = false;
        m_error = HelperErrorText::describe(name, message);
        updateCount();
    });
    connect(&m_timer, &QTimer::timeout, this, &ConnectionsPage::refresh);
    m_timer.setInterval(readEveryMs);
    updateCount();
}

void ConnectionsPage::showService(const QString &virtualService)
{
    m_virtual->setText(virtualService);
}

void ConnectionsPage::refresh()
{
    // A read that has not answered makes the next tick wait for it.
    if (m_reading)
        return;
    m_reading = true;
    m_backend->readConnections();
}

void ConnectionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void ConnectionsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop(); // nobody looks: no reading
}

void ConnectionsPage::showEntries(const QList<ConnectionEntry> &entries, quint64 total)
{
    m_reading = false;
    m_total = total;
    m_error.clear();
    // A reset forgets the selection and scroll position: carry them over by key.
    std::optional<ConnectionTable::EntryKey> selected;
    if (const QModelIndex current = m_proxy.mapToSource(m_view->currentIndex()); current.isValid())
        selected = ConnectionTable::keyOf(m_model.entry(current.row()));
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
    const int scrolled = m_view->verticalScrollBar()->value();

    m_model.setEntries(entries);

    if (selected) {
        for (int row = 0; row < m_model.rowCount(); ++row) {
            if (ConnectionTable::keyOf(m_model.entry(row)) == *selected) {
                const QModelIndex index = m_proxy.mapFromSource(m_model.index(row, column));
                m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    m_view->verticalScrollBar()->setValue(scrolled);
    updateCount();
    Q_EMIT connectionsShown();
}

void ConnectionsPage::updateFilter()
{
    m_proxy.setCriteria({m_virtual->text(), m_realServer->text(), m_client->text(), m_state->currentData().toString()});
    updateCount();
}

void ConnectionsPage::updateCount()
{
    const QLocale locale;
    QString text = tr("%1 of %2 connection entries shown")
                       .arg(locale.toString(m_proxy.rowCount()), locale.toString(m_model.rowCount()));
    if (m_total > quint64(m_model.rowCount()))
        text += QStringLiteral(" — ")
            + tr("the kernel holds %1; the page reads the first %2 (lvsctl connections prints them all)")
                  .arg(locale.toString(m_total), locale.toString(m_model.rowCount()));
    if (!m_error.isEmpty())
        text += QStringLiteral(" — ") + tr("reading failed: %1").arg(m_error);
    m_count->setText(text);
}

bool ConnectionsPage::exportCsv(const QString &path, QString *error)
{
    QList<ConnectionEntry> shown;
    shown.reserve(m_proxy.rowCount());
    for (int row = 0; row < m_proxy.rowCount(); ++row)
        shown.append(m_model.entry(m_proxy.mapToSource(m_proxy.index(row, 0)).row()));
    // Whole or not at all: a half-written export must not replace a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ConnectionTable::csv(shown).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ConnectionsPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Connections"), QStringLiteral("connections.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Connections"), tr("Cannot write %1: %2").arg(path, error));
}
