# One service per scheduler the kernel has.
ipvsadm -A -t 10.0.0.30:80 -s rr
ipvsadm -A -t 10.0.0.31:80 -s wrr
ipvsadm -A -t 10.0.0.32:80 -s lc
ipvsadm -A -t 10.0.0.33:80 -s wlc
ipvsadm -A -t 10.0.0.34:80 -s lblc
ipvsadm -A -t 10.0.0.35:80 -s lblcr
ipvsadm -A -t 10.0.0.36:80 -s dh
ipvsadm -A -t 10.0.0.37:80 -s sh
ipvsadm -A -t 10.0.0.38:80 -s sed
ipvsadm -A -t 10.0.0.39:80 -s nq
ipvsadm -A -t 10.0.0.40:80 -s fo
ipvsadm -A -t 10.0.0.41:80 -s ovf
ipvsadm -A -t 10.0.0.42:80 -s mh
