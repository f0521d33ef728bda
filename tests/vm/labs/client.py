#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Fetches http://ADDRESS:PORT/ COUNT times, each over a new TCP connection from a source
port of its own (FIRST_PORT, FIRST_PORT+1, ...), and prints how many answers came from
each real server ("This is 160" -> "160 10"). One process does all the requests: process
start-up is slow under emulation. A port reused while the kernel still holds the old
connection entry would not be a new IPVS connection, so ports are never reused."""
import socket
import sys
from collections import Counter

address, port, count, first_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
answers = Counter()
for i in range(count):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        s.bind(("0.0.0.0", first_port + i))
        s.connect((address, port))
        s.sendall(b"GET / HTTP/1.0\r\nHost: lab\r\n\r\n")
        reply = b""
        while chunk := s.recv(4096):
            reply += chunk
    body = reply.split(b"\r\n\r\n", 1)[-1].decode().strip()
    answers[body.removeprefix("This is ")] += 1
for server, n in sorted(answers.items()):
    print(server, n)
