# Quiesced servers (weight 0) and connection thresholds under lc, wlc and nq.
ipvsadm -A -t 10.0.9.1:80 -s lc
ipvsadm -a -t 10.0.9.1:80 -r 10.0.10.1:80 -m -w 0
ipvsadm -a -t 10.0.9.1:80 -r 10.0.10.2:80 -m -x 500
ipvsadm -A -t 10.0.9.2:80 -s wlc
ipvsadm -a -t 10.0.9.2:80 -r 10.0.10.3 -g -w 7 -x 1000 -y 800
ipvsadm -a -t 10.0.9.2:80 -r 10.0.10.4 -g -w 0 -x 20 -y 10
ipvsadm -A -t 10.0.9.3:8080 -s nq
ipvsadm -a -t 10.0.9.3:8080 -r 10.0.10.5:8080 -m -w 65535 -x 65535 -y 1
