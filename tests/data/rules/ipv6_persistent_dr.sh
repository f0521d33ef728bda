# IPv6 with a /48 persistence prefix: DR and IPv6-in-IPv6 tunnelled real servers.
ipvsadm -A -t [2001:db8:5::1]:443 -s sh -p 600 -M 48
ipvsadm -a -t [2001:db8:5::1]:443 -r 2001:db8:5::10 -g -w 3
ipvsadm -a -t [2001:db8:5::1]:443 -r 2001:db8:5::11 -i -w 2
ipvsadm -a -t [2001:db8:5::1]:443 -r 2001:db8:5::12 -i --tun-type gue --tun-port 5555 --tun-nocsum
