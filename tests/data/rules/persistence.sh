# Persistence: -p with no value, a timeout and a netmask, IPv6 with a prefix, and the
# any-port service persistence makes possible.
ipvsadm -A -t 10.0.0.6:443 -s wlc -p
ipvsadm -A -t 10.0.0.7:443 -s wlc -p 600 -M 255.255.255.0
ipvsadm -A -t [2001:db8::6]:443 -s wlc -p 120 -M 64
ipvsadm -A -t 10.0.0.8:0 -s rr -p 300
ipvsadm -a -t 10.0.0.8:0 -r 10.0.1.8 -g
