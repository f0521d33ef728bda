# One service whose real servers use each forwarding method.
ipvsadm -A -t 10.0.7.1:80 -s wlc
ipvsadm -a -t 10.0.7.1:80 -r 10.0.8.1:80 -m -w 10
ipvsadm -a -t 10.0.7.1:80 -r 10.0.8.2 -g -w 20
ipvsadm -a -t 10.0.7.1:80 -r 10.0.8.3 -i -w 30
ipvsadm -a -t 10.0.7.1:80 -r 10.0.8.4 -i --tun-type gre --tun-csum -w 40
