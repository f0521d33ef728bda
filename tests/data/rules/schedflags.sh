# Scheduler flags: sh's and mh's own, and a generic one on wlc.
ipvsadm -A -t 10.0.0.10:80 -s sh -b sh-fallback,sh-port
ipvsadm -A -t 10.0.0.11:80 -s mh -b mh-port
ipvsadm -A -t 10.0.0.12:80 -s wlc -b flag-3
