# Firewall-mark services, IPv4 and IPv6.
ipvsadm -A -f 1 -s rr
ipvsadm -a -f 1 -r 192.168.0.160 -g
ipvsadm -a -f 1 -r 192.168.0.170 -g -w 3
ipvsadm -A -f 2 -6 -s wlc
ipvsadm -a -f 2 -6 -r 2001:db8::30 -g
