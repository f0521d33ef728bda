# IPv6: a NAT service with its own ports, and a DR service.
ipvsadm -A -t [2001:db8::1]:80 -s wlc
ipvsadm -a -t [2001:db8::1]:80 -r [2001:db8::10]:8080 -m -w 2
ipvsadm -a -t [2001:db8::1]:80 -r [2001:db8::11]:8080 -m
ipvsadm -A -t [2001:db8::2]:443 -s rr
ipvsadm -a -t [2001:db8::2]:443 -r 2001:db8::20 -g
