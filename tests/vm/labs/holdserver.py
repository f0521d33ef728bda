#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""A real server for the scheduler-agreement test: on port 80 it greets every connection
with "This is TEXT" and then keeps it open until the client closes it, so that the
kernel counts it as an active connection for as long as the script says."""
import socket
import sys
import threading

text = sys.argv[1].encode()
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("0.0.0.0", 80))
listener.listen(1024)


def serve(connection):
    with connection:
        connection.sendall(b"This is " + text + b"\n")
        while connection.recv(4096):
            pass


while True:
    connection, _ = listener.accept()
    threading.Thread(target=serve, args=(connection,), daemon=True).start()
