# The hashing schedulers with their flags, and lblcr with persistence.
ipvsadm -A -t 10.0.11.1:80 -s mh -b mh-fallback,mh-port
ipvsadm -a -t 10.0.11.1:80 -r 10.0.12.1 -g -w 2
ipvsadm -a -t 10.0.11.1:80 -r 10.0.12.2 -g
ipvsadm -A -t 10.0.11.2:80 -s sh -b sh-port
ipvsadm -a -t 10.0.11.2:80 -r 10.0.12.3 -g
ipvsadm -A -t 10.0.11.3:80 -s dh
ipvsadm -a -t 10.0.11.3:80 -r 10.0.12.4 -g
ipvsadm -A -t 10.0.11.4:80 -s lblcr -p 900
ipvsadm -a -t 10.0.11.4:80 -r 10.0.12.5 -g
