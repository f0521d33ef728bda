# One-packet scheduling and the SIP persistence engine.
ipvsadm -A -u 10.0.0.9:53 -s rr -o
ipvsadm -A -u 10.0.0.9:5060 -s rr -p 60 --pe sip
ipvsadm -a -u 10.0.0.9:5060 -r 10.0.1.9:5060 -m
