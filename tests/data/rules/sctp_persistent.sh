# SCTP: Diameter with lblc and a /16 persistence mask, SIGTRAN with sed.
ipvsadm -A --sctp-service 10.0.5.1:3868 -s lblc -p 600 -M 255.255.0.0
ipvsadm -a --sctp-service 10.0.5.1:3868 -r 10.0.6.1:3868 -m
ipvsadm -a --sctp-service 10.0.5.1:3868 -r 10.0.6.2:3868 -m -w 4
ipvsadm -A --sctp-service 10.0.5.2:2905 -s sed
ipvsadm -a --sctp-service 10.0.5.2:2905 -r 10.0.6.3 -g
