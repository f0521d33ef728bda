// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelpage.h"

#include "backend.h"
#include "helpererrortext.h"
#include "kernelsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, ValueColumn, DefaultColumn, MeaningColumn };

QSpinBox *secondsBox()
{
    auto *box = new QSpinBox;
    box->setRange(1, 30 * 24 * 3600);
    box->setSuffix(KernelPage::tr(" s"));
    return box;
}
} // namespace

KernelPage::KernelPage(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_table(new QTableWidget(0, 4))
    , m_persist(new QCheckBox(tr("Keep changes across reboots (/etc/sysctl.d/90-lvs-studio.conf)")))
    , m_presets(new QComboBox)
    , m_presetWhy(new QLabel)
    , m_tcp(secondsBox())
    , m_tcpFin(secondsBox())
    , m_udp(secondsBox())
    , m_daemons(new QLabel)
    , m_interface(new QLineEdit(QStringLiteral("eth0")))
    , m_syncId(new QSpinBox)
{
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("Default"), tr("What it does")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(MeaningColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false); // the whole explanation is the row's tooltip
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ValueColumn)
            return;
        const QString name = m_table->item(item->row(), NameColumn)->text();
        if (item->text() != m_values.value(name))
            setValue(name, item->text());
    });

    for (const KernelSettings::Preset &preset : KernelSettings::presets())
        m_presets->addItem(preset.name);
    auto showWhy = [this](int index) {
        const KernelSettings::Preset preset = KernelSettings::presets().value(index);
        QStringList values;
        for (const auto &[name, value] : preset.values)
            values.append(QStringLiteral("%1 = %2").arg(name, value));
        m_presetWhy->setText(preset.why + QLatin1Char('\n') + values.join(QStringLiteral(", ")));
    };
    connect(m_presets, &QComboBox::currentIndexChanged, this, showWhy);
    showWhy(0);
    m_presetWhy->setWordWrap(true);
    auto *applyPresetButton = new QPushButton(tr("Set These"));
    connect(applyPresetButton, &QPushButton::clicked, this, [this] { applyPreset(m_presets->currentIndex()); });

    auto *settingsBox = new QGroupBox(tr("Kernel settings"));
    auto *settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addWidget(m_table, 1);
    settingsLayout->addWidget(m_persist);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Preset:")));
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(applyPresetButton);
    settingsLayout->addLayout(presetRow);
    settingsLayout->addWidget(m_presetWhy);

    auto *timeoutsBox = new QGroupBox(tr("Connection timeouts (ipvsadm --set)"));
    auto *timeoutsLayout = new QFormLayout(timeoutsBox);
    timeoutsLayout->addRow(tr("TCP established:"), m_tcp);
    timeoutsLayout->addRow(tr("TCP after FIN:"), m_tcpFin);
    timeoutsLayout->addRow(tr("UDP:"), m_udp);
    auto *setTimeouts = new QPushButton(tr("Set Timeouts"));
    setTimeouts->setToolTip(tr("Adds the change to the pending changes, to apply with the rest."));
    connect(setTimeouts, &QPushButton::clicked, this, [this] {
        Q_EMIT timeoutsRequested(Timeouts{std::uint32_t(m_tcp->value()), std::uint32_t(m_tcpFin->value()),
                                          std::uint32_t(m_udp->value())});
    });
    timeoutsLayout->addRow(setTimeouts);
    auto *timeoutsHelp = new QLabel(KernelSettings::timeoutsExplanation());
    timeoutsHelp->setWordWrap(true);
    timeoutsLayout->addRow(timeoutsHelp);

    auto *syncBox = new QGroupBox(tr("Connection synchronisation (for a backup director)"));
    auto *syncLayout = new QFormLayout(syncBox);
    m_daemons->setWordWrap(true);
    syncLayout->addRow(m_daemons);
    m_syncId->setRange(0, 255);
    syncLayout->addRow(tr("Multicast interface:"), m_interface);
    syncLayout->addRow(tr("Sync ID:"), m_syncId);
    auto *daemonButtons = new QHBoxLayout;
    for (const auto role : {SyncDaemon::Role::Master, SyncDaemon::Role::Backup}) {
        const bool master = role == SyncDaemon::Role::Master;
        auto *start = new QPushButton(master ? tr("Start Master") : tr("Start Backup"));
        auto *stop = new QPushButton(master ? tr("Stop Master") : tr("Stop Backup"));
        connect(start, &QPushButton::clicked, this, [this, role] {
            SyncDaemon daemon;
            daemon.role = role;
            daemon.interface = m_interface->text().trimmed();
            daemon.syncId = std::uint8_t(m_syncId->value());
            m_backend->startSyncDaemon(daemon, true);
        });
        connect(stop, &QPushButton::clicked, this, [this, role] { m_backend->stopSyncDaemon(role, true); });
        daemonButtons->addWidget(start);
        daemonButtons->addWidget(stop);
    }
    syncLayout->addRow(daemonButtons);

    // The settings table gets the width its explanations need; the rest sits below.
    auto *lower = new QHBoxLayout;
    lower->addWidget(timeoutsBox, 1);
    lower->addWidget(syncBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(settingsBox, 1);
    layout->addLayout(lower);

    connect(m_backend, &Backend::sysctlsRead, this, &KernelPage::showValues);
    connect(m_backend, &Backend::sysctlSet, this, [this](const QString &name, const QString &value) {
        m_values.insert(name, value);
        showValues(m_values);
    });
    connect(m_backend, &Backend::kernelSettingFailed, this, [this](const QString &name, const QString &message) {
        Q_EMIT failed(message);
        if (isVisible())
            QMessageBox::warning(this, tr("Kernel Settings"), HelperErrorText::describe(name, message));
        reload(); // show what the kernel has, not what was typed
    });
    connect(m_backend, &Backend::syncDaemonsChanged, m_backend, &Backend::refresh);
    showDaemons();
}

void KernelPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void KernelPage::reload()
{
    m_backend->readSysctls();
}

void KernelPage::setValue(const QString &name, const QString &value)
{
    m_backend->setSysctl(name, value.trimmed(), m_persist->isChecked(), true);
}

void KernelPage::applyPreset(int index)
{
    const KernelSettings::Preset preset = KernelSettings::presets().value(index);
    for (const auto &[name, value] : preset.values)
        setValue(name, value);
}

void KernelPage::setLiveTable(const IpvsTable &live)
{
    const bool timeoutsChanged = live.timeouts != m_live.timeouts;
    const bool daemonsChanged = live.syncDaemons != m_live.syncDaemons;
    m_live = live;
    if (timeoutsChanged) {
        const Timeouts timeouts = live.timeouts.value_or(Timeouts{});
        m_tcp->setValue(int(timeouts.tcp));
        m_tcpFin->setValue(int(timeouts.tcpFin));
        m_udp->setValue(int(timeouts.udp));
    }
    if (daemonsChanged)
        showDaemons();
}

void KernelPage::showDaemons()
{
    QStringList running;
    for (const SyncDaemon &daemon : std::as_const(m_live.syncDaemons))
        running.append(tr("%1 on %2, sync ID %3")
                           .arg(daemon.role == SyncDaemon::Role::Master ? tr("master") : tr("backup"), daemon.interface)
                           .arg(daemon.syncId));
    m_daemons->setText(running.isEmpty() ? tr("No sync daemon is running.")
                                         : tr("Running: %1").arg(running.join(QStringLiteral("; "))));
}

void KernelPage::showValues(const QMap<QString, QString> &values)
{
    m_values = values;
    m_filling = true;
    // Known settings in the catalogue's order, then any others the kernel has.
    QList<KernelSettings::Setting> rows;
    for (const KernelSettings::Setting &setting : KernelSettings::all()) {
        if (values.contains(setting.name))
            rows.append(setting);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (KernelSettings::find(it.key()).name.isEmpty())
            rows.append({it.key(), QString(), QString()});
    }
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const KernelSettings::Setting &setting = rows[row];
        const QString value = values.value(setting.name);
        auto *name = new QTableWidgetItem(setting.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *valueItem = new QTableWidgetItem(value);
        // A value that is not the default stands out.
        const bool changed = !setting.defaultValue.isEmpty() && value.simplified() != setting.defaultValue.simplified();
        QFont font = valueItem->font();
        font.setBold(changed);
        valueItem->setFont(font);
        auto *defaultItem = new QTableWidgetItem(setting.defaultValue);
        defaultItem->setFlags(defaultItem->flags() & ~Qt::ItemIsEditable);
        auto *meaning = new QTableWidgetItem(setting.explanation);
        meaning->setFlags(meaning->flags() & ~Qt::ItemIsEditable);
        meaning->setToolTip(setting.explanation);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, ValueColumn, valueItem);
        m_table->setItem(row, DefaultColumn, defaultItem);
        m_table->setItem(row, MeaningColumn, meaning);
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->resizeColumnToContents(ValueColumn);
    m_table->resizeColumnToContents(DefaultColumn);
    m_filling = false;
    Q_EMIT valuesShown();
}
