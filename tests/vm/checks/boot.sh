#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The guest has the distribution's kernel with IPVS and its schedulers, and the
# distribution's ipvsadm talks to it.
set -eu
echo "kernel $(uname -r)"
ipvsadm -Ln | head -n1 | grep -q '^IP Virtual Server version' || { echo "FAIL: ipvsadm cannot list" >&2; exit 1; }
for scheduler in rr wrr lc wlc lblc lblcr dh sh sed nq fo ovf mh; do
  grep -q "^ip_vs_$scheduler " /proc/modules || { echo "FAIL: ip_vs_$scheduler is not loaded" >&2; exit 1; }
done
ipvsadm -A -t 10.0.0.1:80 -s wlc
ipvsadm -S -n | grep -qx -- '-A -t 10.0.0.1:80 -s wlc' || { echo "FAIL: a service does not round-trip" >&2; exit 1; }
echo "boot: IPVS $(ipvsadm -Ln | head -n1 | cut -d' ' -f5), $(grep -c '^ip_vs' /proc/modules) IPVS modules loaded"
