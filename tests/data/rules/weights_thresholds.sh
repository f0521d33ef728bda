# Weights at both ends, and thresholds (which the rules format does not keep).
ipvsadm -A -t 10.0.0.14:80 -s wrr
ipvsadm -a -t 10.0.0.14:80 -r 10.0.1.14:80 -m -w 0
ipvsadm -a -t 10.0.0.14:80 -r 10.0.1.15:80 -m -w 65535
ipvsadm -a -t 10.0.0.14:80 -r 10.0.1.16:80 -m -x 100 -y 50
