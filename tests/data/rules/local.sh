# A real server that is an address of the director itself: the kernel forwards to it
# locally ("Local"), and ipvsadm -S writes it as -g. (10.1.1.1 is on the capture's
# dummy interface.)
ipvsadm -A -t 10.0.0.16:80 -s rr
ipvsadm -a -t 10.0.0.16:80 -r 10.1.1.1:80 -m
ipvsadm -a -t 10.0.0.16:80 -r 10.1.1.2:80 -m
