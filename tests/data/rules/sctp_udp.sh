# One address and port, three protocols: three services.
ipvsadm -A -t 10.0.0.5:3868 -s rr
ipvsadm -A -u 10.0.0.5:3868 -s rr
ipvsadm -A --sctp-service 10.0.0.5:3868 -s lc
ipvsadm -a --sctp-service 10.0.0.5:3868 -r 10.0.1.1:3868 -m
ipvsadm -a -u 10.0.0.5:3868 -r 10.0.1.2:3868 -m
