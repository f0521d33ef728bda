// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "lab.h"

#include <QList>

/**
 * The lab's client: HTTP/1.0 fetches of http://VIP/ made one after the other from a
 * thread inside the client's namespace, each from its own source port (firstPort,
 * firstPort + 1 ...): a port reused while the director still holds the old
 * connection's entry would not be a new IPVS connection (conn_reuse_mode), and the
 * counts would not show the scheduler's spread. Blocking: call it from a worker thread.
 */
namespace LabClient {
QList<LabAnswer> fetch(const QString &netns, const LabDescription &lab, int count, std::uint16_t firstPort);
/// The host number in an answer's body ("This is 160" is 160), 0 if it is not one.
int hostOf(const QByteArray &reply);
}
