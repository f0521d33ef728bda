// SPDX-License-Identifier: GPL-2.0-or-later
#include "serverstatedelegate.h"

#include "servicemodel.h"

#include <QCoreApplication>

namespace {
struct State {
    const char *name;
    const char *label;
    QColor colour;
};

// Light tints, readable with the default text colour in light and dark palettes alike.
const State states[] = {
    {"ready", QT_TRANSLATE_NOOP("ServerStateDelegate", "ready"), QColor(0xc8, 0xe6, 0xc9)},
    {"quiesced", QT_TRANSLATE_NOOP("ServerStateDelegate", "quiesced"), QColor(0xff, 0xf3, 0xb0)},
    {"drain", QT_TRANSLATE_NOOP("ServerStateDelegate", "drain"), QColor(0xff, 0xd5, 0x9e)},
    {"maintenance", QT_TRANSLATE_NOOP("ServerStateDelegate", "maintenance"), QColor(0xd0, 0xd0, 0xd0)},
};
} // namespace

QColor ServerStateDelegate::colour(const QString &state)
{
    for (const State &known : states) {
        if (state == QLatin1String(known.name))
            return known.colour;
    }
    return {};
}

QString ServerStateDelegate::legend()
{
    QString text;
    for (const State &known : states)
        text += QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;</span>&nbsp;%2&nbsp;&nbsp;")
                    .arg(known.colour.name(), QCoreApplication::translate("ServerStateDelegate", known.label));
    return text;
}

void ServerStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ServiceModel::NameColumn) {
        const QString managers = index.data(ServiceModel::ManagedByRole).toString();
        if (!managers.isEmpty()) {
            option->text += QStringLiteral("  [%1]").arg(managers);
            option->font.setItalic(true);
        }
    }
    const QVariant state = index.data(ServiceModel::StateRole);
    if (!state.isValid())
        return;
    const QColor tint = colour(state.toString());
    if (tint.isValid()) {
        option->backgroundBrush = tint;
        // Fixed tints need a dark text colour to stay readable on a dark theme.
        option->palette.setColor(QPalette::Text, Qt::black);
    }
}
