// SPDX-License-Identifier: GPL-2.0-or-later
#include "methodshelp.h"

#include "forwarding.h"
#include "scheduler.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MethodsHelp)
};

QString row(const QStringList &cells, const char *tag = "td")
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), cell.toHtmlEscaped());
    return html + QStringLiteral("</tr>");
}
} // namespace

QString MethodsHelp::html()
{
    QString page = QStringLiteral("<h3>%1</h3>").arg(Tr::tr("The three forwarding methods"));
    page += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    page += row({Tr::tr("Method"), Tr::tr("Real servers' OS"), Tr::tr("Network"), Tr::tr("Real servers"),
                 Tr::tr("Their gateway"), Tr::tr("Efficiency")},
                "th");
    page += row({QStringLiteral("VS/NAT"), Tr::tr("any"), Tr::tr("private network"), Tr::tr("10–20 (100 Mbit/s)"),
                 Tr::tr("the director"), Tr::tr("fair")});
    page += row({QStringLiteral("VS/TUN"), Tr::tr("must support IP tunnelling"), Tr::tr("LAN or WAN"),
                 Tr::tr("about 100"), Tr::tr("their own router"), Tr::tr("high")});
    page += row({QStringLiteral("VS/DR"), Tr::tr("most; need a device that does not answer ARP"), Tr::tr("LAN"),
                 Tr::tr("about 100"), Tr::tr("their own router"), Tr::tr("highest")});
    page += QStringLiteral("</table>");
    for (ForwardingMethod method :
         {ForwardingMethod::Masquerading, ForwardingMethod::Tunnelling, ForwardingMethod::DirectRouting})
        page += QStringLiteral("<p>%1</p>").arg(Forwarding::explanation(method).toHtmlEscaped());
    page += QStringLiteral("<p>%1</p>")
                .arg(Tr::tr("Whatever the method, the director forwards packets: net.ipv4.ip_forward = 1 (the Kernel "
                            "page sets it, and can keep it in /etc/sysctl.d).")
                         .toHtmlEscaped());

    page += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Schedulers"));
    for (Scheduler scheduler : Schedulers::all())
        page += QStringLiteral("<p><b>%1</b>: %2</p>")
                    .arg(Schedulers::name(scheduler), Schedulers::description(scheduler).toHtmlEscaped());
    return page;
}

void MethodsHelp::show(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(Tr::tr("Forwarding Methods and Schedulers"));
    auto *browser = new QTextBrowser;
    browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(720, 640);
    dialog->show();
}
