# Services added out of order across protocols, families and marks, addresses on both
# sides of 128.0.0.0 (ipvsadm compares with a wrapping subtraction), and real servers
# added out of order.
ipvsadm -A -f 9 -s rr
ipvsadm -A -u 10.0.0.20:53 -s rr
ipvsadm -A -t [2001:db8::20]:80 -s rr
ipvsadm -A -t 200.0.0.20:80 -s rr
ipvsadm -A -t 10.0.0.20:443 -s rr
ipvsadm -A -f 3 -s rr
ipvsadm -A -t 10.0.0.20:80 -s rr
ipvsadm -A --sctp-service 10.0.0.20:80 -s rr
ipvsadm -a -t 10.0.0.20:80 -r 192.168.2.30:80 -m
ipvsadm -a -t 10.0.0.20:80 -r 192.168.2.4:8080 -m
ipvsadm -a -t 10.0.0.20:80 -r 192.168.2.100:80 -m
ipvsadm -a -t 10.0.0.20:80 -r 192.168.2.4:80 -m
ipvsadm -a -t 10.0.0.20:80 -r 192.168.2.25:80 -m
ipvsadm -a -t 10.0.0.20:80 -r 192.168.2.3:80 -m
