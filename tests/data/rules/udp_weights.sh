# UDP: DNS over wrr 1:2:3 and NTP with one-packet scheduling.
ipvsadm -A -u 10.0.2.53:53 -s wrr
ipvsadm -a -u 10.0.2.53:53 -r 10.0.3.1:53 -m -w 1
ipvsadm -a -u 10.0.2.53:53 -r 10.0.3.2:53 -m -w 2
ipvsadm -a -u 10.0.2.53:53 -r 10.0.3.3:53 -m -w 3
ipvsadm -A -u 10.0.2.123:123 -s rr -o
ipvsadm -a -u 10.0.2.123:123 -r 10.0.3.4 -g
ipvsadm -a -u 10.0.2.123:123 -r 10.0.3.5 -g
