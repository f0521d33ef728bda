// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QWidget;

/**
 * Help ▸ Forwarding Methods and Schedulers: the how-to's comparison of VS/NAT, VS/TUN and
 * VS/DR as a table, each method in a paragraph, and every scheduler in one sentence.
 */
namespace MethodsHelp {
/// The page as HTML (translated), for the dialog and for tests.
QString html();
/// Shows the page in a non-modal window owned by parent.
void show(QWidget *parent);
}
