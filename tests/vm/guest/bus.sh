#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# A private system bus and a real polkitd inside the guest. The bus sees the build
# tree's D-Bus service and policy files, so the helper is D-Bus activated from the
# build; polkit sees the build's action files beside the system's, and its rules
# directory is a guest-only tmpfs for tests to write.
build=$1
mkdir -p /run/dbus
cat >/run/dbus/system.conf <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <fork/>
  <pidfile>/run/dbus/pid</pidfile>
  <listen>unix:path=/run/dbus/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Properties"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Peer"/>
  </policy>
  <policy user="root">
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.systemd1.Activator"/>
  </policy>
  <includedir>/usr/share/dbus-1/system.d</includedir>
  <includedir>/etc/dbus-1/system.d</includedir>
  <includedir>$build/dbus-1/system.d</includedir>
  <servicedir>$build/dbus-1/system-services</servicedir>
</busconfig>
CONF
dbus-daemon --config-file=/run/dbus/system.conf || { echo "vm: dbus-daemon did not start" >&2; exit 1; }

mount -t tmpfs -o mode=0755 tmpfs /etc/polkit-1/rules.d
actions=/run/polkit-actions
mkdir -p "$actions"
cp /usr/share/polkit-1/actions/* "$actions/" 2>/dev/null
cp "$build"/polkit-1/actions/* "$actions/" 2>/dev/null
mount --bind "$actions" /usr/share/polkit-1/actions
/usr/lib/polkit-1/polkitd --no-debug >/run/polkitd.log 2>&1 &

# polkitd takes a moment under emulation; wait for its name, not for a fixed time.
tries=0
until busctl --system --no-pager list 2>/dev/null | grep -q '^org.freedesktop.PolicyKit1 '; do
  tries=$((tries + 1))
  if [ "$tries" -gt 150 ]; then
    echo "vm: polkitd did not appear on the bus; its log:" >&2
    cat /run/polkitd.log >&2
    exit 1
  fi
  sleep 0.2
done
