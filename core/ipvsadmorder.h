// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QList>

/**
 * ipvsadm's client-side sort order, reproduced exactly so that our listings and saved
 * rules equal ipvsadm's byte for byte.
 *
 * ipvsadm (libipvs ipvs_cmp_services / ipvs_cmp_dests) compares with an unsigned
 * subtraction stored in an int, so two addresses more than 2^31 apart compare "the wrong
 * way round" (10.0.0.1 sorts after 200.0.0.1), and three such addresses form a cycle.
 * glibc's qsort (a top-down merge sort up to glibc 2.36) then yields an order that
 * depends on the input order, which for the kernel is its hash order. We therefore keep
 * the comparison as ipvsadm's and run the same merge sort over the order the table was
 * read in: from the kernel this gives ipvsadm's output for the same dump.
 */
namespace IpvsadmOrder {
/// ipvs_cmp_services: negative, zero or positive, wrap-around included.
int compareServices(const VirtualService &a, const VirtualService &b);
/// ipvs_cmp_dests: negative, zero or positive, wrap-around included.
int compareRealServers(const RealServer &a, const RealServer &b);

/// The services in ipvsadm's listing order.
QList<const VirtualService *> services(const IpvsTable &table);
/// The real servers of one service in ipvsadm's listing order.
QList<const RealServer *> realServers(const VirtualService &service);
}
