# NAT mapping the virtual port onto other ports, and IPv6 NAT with fo (weighted failover).
ipvsadm -A -t 10.0.13.1:80 -s rr
ipvsadm -a -t 10.0.13.1:80 -r 10.0.14.1:8080 -m
ipvsadm -a -t 10.0.13.1:80 -r 10.0.14.2:8081 -m
ipvsadm -a -t 10.0.13.1:80 -r 10.0.14.2:8082 -m
ipvsadm -A -t [2001:db8:d::1]:80 -s fo
ipvsadm -a -t [2001:db8:d::1]:80 -r [2001:db8:d::10]:80 -m -w 100
ipvsadm -a -t [2001:db8:d::1]:80 -r [2001:db8:d::11]:80 -m -w 50
