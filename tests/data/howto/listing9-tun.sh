# The how-to's Listing 9 with tunnelling (-i) instead of direct routing: its VS/TUN
# variant, for the TUN lab.
ipvsadm -C
ipvsadm -A -t 192.168.0.200:80 -s wlc
ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.160 -i
ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.170 -i
ipvsadm -a -t 192.168.0.200:80 -r 192.168.0.180 -i
ipvsadm -Ln
