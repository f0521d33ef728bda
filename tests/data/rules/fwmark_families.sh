# Firewall marks: an IPv6 one with long persistence and an IPv4 one with sh's fallback.
ipvsadm -A -f 10 -6 -s wlc -p 1800
ipvsadm -a -f 10 -6 -r 2001:db8:a::1 -g
ipvsadm -a -f 10 -6 -r 2001:db8:a::2 -g -w 5
ipvsadm -A -f 20 -s sh -b sh-fallback
ipvsadm -a -f 20 -r 10.0.4.1 -g
ipvsadm -a -f 20 -r 10.0.4.2 -i
