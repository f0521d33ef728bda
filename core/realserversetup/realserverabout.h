// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "realserverplan.h"
#include "setuptext.h"

/**
 * The note that opens each real server's part: its services, what must listen where,
 * and why each forwarding method needs what follows. The same for every system but for
 * the words each system adds (its loopback device, why it needs or needs not ARP settings).
 */
namespace RealServerAbout {
struct SystemWords {
    QString loopback;       ///< "lo", "lo0"
    QString arpParagraph;   ///< why this system needs (or does not need) ARP settings
    QString tunnelParagraph; ///< what else tunnelling needs on this system
};

/// The about note's text; placeholders the text uses are appended to `placeholders`.
QString text(const RealServerPlan &plan, RealServerSetup::OperatingSystem system,
             const RealServerSetup::Options &options, const SystemWords &words, QStringList &placeholders);

/// The default router a real server gets: the director for NAT, options' gateway for
/// DR and TUN; a placeholder (and a warning) when NAT's is missing; null when there is none.
QString defaultRouter(const RealServerPlan &plan, const RealServerSetup::Options &options, QStringList &warnings);

/// "TCP 192.168.0.200:80 by direct routing" style name of a role's method.
QString methodWords(const RealServer &server);
}
