# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by init (busybox, before switch_root, so paths are under /newroot) for a guest
# with --bus: a private system bus that sees the build tree's D-Bus service and policy
# files, so the helper is D-Bus activated from the build, and what polkitd needs: the
# build's action files beside the system's, and a guest-only tmpfs as its rules
# directory for tests to write. stage2.sh starts dbus-daemon and polkitd.
mkdir -p /newroot/run/dbus
cat >/newroot/run/dbus/system.conf <<CONF
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

mount -t tmpfs -o mode=0755 tmpfs /newroot/etc/polkit-1/rules.d
mkdir -p /newroot/run/polkit-actions
cp /newroot/usr/share/polkit-1/actions/* /newroot/run/polkit-actions/ 2>/dev/null
cp "/newroot$build"/polkit-1/actions/* /newroot/run/polkit-actions/ 2>/dev/null
mount -o bind /newroot/run/polkit-actions /newroot/usr/share/polkit-1/actions
