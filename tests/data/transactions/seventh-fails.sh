# Ten changes from before.sh; the seventh adds a service with the twos scheduler, which
# Linux 6.1 does not have (ip_vs_twos arrived in 6.2): the kernel refuses it (ENOENT)
# after six changes were made, and changes 8 to 10 then fail on the missing service.
ipvsadm -A -t 192.168.10.254:80 -s wlc
ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.160:80 -m
ipvsadm -a -t 192.168.10.254:80 -r 192.168.0.170:80 -m -w 3
ipvsadm -A -t 10.20.0.1:80 -s rr
ipvsadm -a -t 10.20.0.1:80 -r 10.20.1.1 -g
ipvsadm -a -t 10.20.0.1:80 -r 10.20.1.2 -g
ipvsadm -A -t 10.20.0.3:443 -s sh
ipvsadm -a -t 10.20.0.3:443 -r 10.20.1.4 -g
ipvsadm -A -u 10.20.0.2:53 -s twos
ipvsadm -a -u 10.20.0.2:53 -r 10.20.1.3 -g
ipvsadm -a -u 10.20.0.2:53 -r 10.20.1.5 -g
ipvsadm -a -u 10.20.0.2:53 -r 10.20.1.6 -g
