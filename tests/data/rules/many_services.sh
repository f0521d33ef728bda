# Two dozen services over TCP and UDP, a few real servers each, in no particular order.
ipvsadm -A -t 10.1.1.11:8011 -s lblc
ipvsadm -a -t 10.1.1.11:8011 -r 10.2.11.1:9000 -m -w 1
ipvsadm -a -t 10.1.1.11:8011 -r 10.2.11.2:9001 -m -w 3
ipvsadm -a -t 10.1.1.11:8011 -r 10.2.11.3:9002 -m -w 5
ipvsadm -a -t 10.1.1.11:8011 -r 10.2.11.4:9003 -m -w 7
ipvsadm -A -t 10.1.0.5:8005 -s dh
ipvsadm -a -t 10.1.0.5:8005 -r 10.2.5.1:9000 -m -w 1
ipvsadm -a -t 10.1.0.5:8005 -r 10.2.5.2:9001 -m -w 6
ipvsadm -A -t 10.1.3.13:8013 -s wrr
ipvsadm -a -t 10.1.3.13:8013 -r 10.2.13.1:9000 -m -w 1
ipvsadm -a -t 10.1.3.13:8013 -r 10.2.13.2:9001 -m -w 5
ipvsadm -A -u 10.1.1.21:8021 -s ovf
ipvsadm -a -u 10.1.1.21:8021 -r 10.2.21.1:9000 -m -w 1
ipvsadm -a -u 10.1.1.21:8021 -r 10.2.21.2:9001 -m -w 4
ipvsadm -A -t 10.1.2.2:8002 -s lc
ipvsadm -a -t 10.1.2.2:8002 -r 10.2.2.1:9000 -m -w 1
ipvsadm -a -t 10.1.2.2:8002 -r 10.2.2.2:9001 -m -w 3
ipvsadm -a -t 10.1.2.2:8002 -r 10.2.2.3:9002 -m -w 5
ipvsadm -A -u 10.1.3.3:8003 -s wlc
ipvsadm -a -u 10.1.3.3:8003 -r 10.2.3.1:9000 -m -w 1
ipvsadm -a -u 10.1.3.3:8003 -r 10.2.3.2:9001 -m -w 4
ipvsadm -a -u 10.1.3.3:8003 -r 10.2.3.3:9002 -m -w 7
ipvsadm -a -u 10.1.3.3:8003 -r 10.2.3.4:9003 -m -w 1
ipvsadm -A -u 10.1.3.18:8018 -s sed
ipvsadm -a -u 10.1.3.18:8018 -r 10.2.18.1:9000 -m -w 1
ipvsadm -a -u 10.1.3.18:8018 -r 10.2.18.2:9001 -m -w 1
ipvsadm -a -u 10.1.3.18:8018 -r 10.2.18.3:9002 -m -w 1
ipvsadm -A -t 10.1.4.4:8004 -s sh
ipvsadm -a -t 10.1.4.4:8004 -r 10.2.4.1:9000 -m -w 1
ipvsadm -A -u 10.1.2.12:8012 -s rr
ipvsadm -a -u 10.1.2.12:8012 -r 10.2.12.1:9000 -m -w 1
ipvsadm -A -t 10.1.0.10:8010 -s mh
ipvsadm -a -t 10.1.0.10:8010 -r 10.2.10.1:9000 -m -w 1
ipvsadm -a -t 10.1.0.10:8010 -r 10.2.10.2:9001 -m -w 2
ipvsadm -a -t 10.1.0.10:8010 -r 10.2.10.3:9002 -m -w 3
ipvsadm -A -t 10.1.1.1:8001 -s wrr
ipvsadm -a -t 10.1.1.1:8001 -r 10.2.1.1:9000 -m -w 1
ipvsadm -a -t 10.1.1.1:8001 -r 10.2.1.2:9001 -m -w 2
ipvsadm -A -u 10.1.4.9:8009 -s ovf
ipvsadm -a -u 10.1.4.9:8009 -r 10.2.9.1:9000 -m -w 1
ipvsadm -a -u 10.1.4.9:8009 -r 10.2.9.2:9001 -m -w 1
ipvsadm -A -t 10.1.2.17:8017 -s dh
ipvsadm -a -t 10.1.2.17:8017 -r 10.2.17.1:9000 -m -w 1
ipvsadm -a -t 10.1.2.17:8017 -r 10.2.17.2:9001 -m -w 9
ipvsadm -A -t 10.1.4.14:8014 -s lc
ipvsadm -a -t 10.1.4.14:8014 -r 10.2.14.1:9000 -m -w 1
ipvsadm -a -t 10.1.4.14:8014 -r 10.2.14.2:9001 -m -w 6
ipvsadm -a -t 10.1.4.14:8014 -r 10.2.14.3:9002 -m -w 2
ipvsadm -A -t 10.1.0.20:8020 -s fo
ipvsadm -a -t 10.1.0.20:8020 -r 10.2.20.1:9000 -m -w 1
ipvsadm -A -t 10.1.2.7:8007 -s nq
ipvsadm -a -t 10.1.2.7:8007 -r 10.2.7.1:9000 -m -w 1
ipvsadm -a -t 10.1.2.7:8007 -r 10.2.7.2:9001 -m -w 8
ipvsadm -a -t 10.1.2.7:8007 -r 10.2.7.3:9002 -m -w 6
ipvsadm -a -t 10.1.2.7:8007 -r 10.2.7.4:9003 -m -w 4
ipvsadm -A -t 10.1.2.22:8022 -s mh
ipvsadm -a -t 10.1.2.22:8022 -r 10.2.22.1:9000 -m -w 1
ipvsadm -a -t 10.1.2.22:8022 -r 10.2.22.2:9001 -m -w 5
ipvsadm -a -t 10.1.2.22:8022 -r 10.2.22.3:9002 -m -w 9
ipvsadm -A -u 10.1.4.24:8024 -s rr
ipvsadm -a -u 10.1.4.24:8024 -r 10.2.24.1:9000 -m -w 1
ipvsadm -A -u 10.1.0.15:8015 -s wlc
ipvsadm -a -u 10.1.0.15:8015 -r 10.2.15.1:9000 -m -w 1
ipvsadm -a -u 10.1.0.15:8015 -r 10.2.15.2:9001 -m -w 7
ipvsadm -a -u 10.1.0.15:8015 -r 10.2.15.3:9002 -m -w 4
ipvsadm -a -u 10.1.0.15:8015 -r 10.2.15.4:9003 -m -w 1
ipvsadm -A -t 10.1.3.8:8008 -s fo
ipvsadm -a -t 10.1.3.8:8008 -r 10.2.8.1:9000 -m -w 1
ipvsadm -A -t 10.1.1.16:8016 -s sh
ipvsadm -a -t 10.1.1.16:8016 -r 10.2.16.1:9000 -m -w 1
ipvsadm -A -t 10.1.3.23:8023 -s lblc
ipvsadm -a -t 10.1.3.23:8023 -r 10.2.23.1:9000 -m -w 1
ipvsadm -a -t 10.1.3.23:8023 -r 10.2.23.2:9001 -m -w 6
ipvsadm -a -t 10.1.3.23:8023 -r 10.2.23.3:9002 -m -w 2
ipvsadm -a -t 10.1.3.23:8023 -r 10.2.23.4:9003 -m -w 7
ipvsadm -A -t 10.1.4.19:8019 -s nq
ipvsadm -a -t 10.1.4.19:8019 -r 10.2.19.1:9000 -m -w 1
ipvsadm -a -t 10.1.4.19:8019 -r 10.2.19.2:9001 -m -w 2
ipvsadm -a -t 10.1.4.19:8019 -r 10.2.19.3:9002 -m -w 3
ipvsadm -a -t 10.1.4.19:8019 -r 10.2.19.4:9003 -m -w 4
ipvsadm -A -u 10.1.1.6:8006 -s sed
ipvsadm -a -u 10.1.1.6:8006 -r 10.2.6.1:9000 -m -w 1
ipvsadm -a -u 10.1.1.6:8006 -r 10.2.6.2:9001 -m -w 7
ipvsadm -a -u 10.1.1.6:8006 -r 10.2.6.3:9002 -m -w 4
