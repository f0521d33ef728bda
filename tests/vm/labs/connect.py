#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Plays a connection script (the format of `lvsctl simulate`) against the real kernel:
open CLIENT:PORT VIRTUAL:PORT opens a TCP connection from exactly that address and port
and waits for the real server's greeting; close CLIENT:PORT closes it and waits for the
server's side to close too; wait SECONDS sleeps. Each step is finished, as the director
saw it, before the next begins, so the kernel schedules in the script's order.

Prints "CLIENT:PORT SERVER" per open (SERVER as the greeting names it, - if refused),
then writes DONE_FILE and holds every open connection until STOP_FILE appears, so the
caller can read the kernel's connection table meanwhile."""
import os
import socket
import sys
import time

script, done_file, stop_file = sys.argv[1:4]
held = {}
for line in open(script):
    words = line.split("#")[0].split()
    if not words:
        continue
    if words[0] == "open":
        client, virtual = words[1], words[2]
        caddr, cport = client.rsplit(":", 1)
        vaddr, vport = virtual.rsplit(":", 1)
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(5)
        s.bind((caddr, int(cport)))
        try:
            s.connect((vaddr, int(vport)))
            greeting = s.recv(64).decode().strip()
            held[client] = s
            print(client, greeting.removeprefix("This is "), flush=True)
        except OSError:
            s.close()
            print(client, "-", flush=True)
    elif words[0] == "close":
        s = held.pop(words[1], None)
        if s is not None:
            # Half-close and wait for the server's FIN: then the director has seen ours.
            s.shutdown(socket.SHUT_WR)
            while s.recv(4096):
                pass
            s.close()
    elif words[0] == "wait":
        time.sleep(float(words[1]))
open(done_file, "w").close()
while not os.path.exists(stop_file):
    time.sleep(0.1)
