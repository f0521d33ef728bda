# Tunnelling: ipip, GUE with checksum and with remote checksum offload, GRE, and an
# IPv6 real server under an IPv4 service.
ipvsadm -A -t 10.0.0.13:80 -s rr
ipvsadm -a -t 10.0.0.13:80 -r 192.168.1.1 -i
ipvsadm -a -t 10.0.0.13:80 -r 192.168.1.2 -i --tun-type gue --tun-port 6080 --tun-csum
ipvsadm -a -t 10.0.0.13:80 -r 192.168.1.3 -i --tun-type gue --tun-port 6081 --tun-remcsum
ipvsadm -a -t 10.0.0.13:80 -r 192.168.1.4 -i --tun-type gre --tun-nocsum
ipvsadm -a -t 10.0.0.13:80 -r 2001:db8::40 -i
