#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Makes a running process lose the kernel's acknowledgements of its IPVS changes, as a
real transport fault loses them (a receive buffer overrun, a reply that never comes).

    netlink-fault.py PID NETNS

Takes a duplicate of each generic netlink socket of process PID that belongs to network
namespace NETNS (/run/netns/NETNS), with pidfd_getfd(2) as a debugger could, and
attaches a socket filter to it that drops every acknowledgement of a request with
attributes (the changes: new, set and delete service or destination) while letting
dumps, their ends and the answers to bare requests (GET_CONFIG, GET_INFO) through. So
the process can still read its table, but each change it sends is made by the kernel
and its answer never comes. The filter belongs to the socket, not to this program: it
stays after we exit, until the process closes that socket. Prints how many sockets it
changed; exits 1 if none."""
import ctypes
import fcntl
import os
import socket
import struct
import sys

SYS_PIDFD_GETFD = 438
SO_ATTACH_FILTER = 26
SIOCGSKNS = 0x894C
NETLINK_GENERIC = 16

# Classic BPF over the netlink message: nlmsg_type at 4 (host order, so NLMSG_ERROR = 2
# reads 0x0200 big-endian), and in an acknowledgement the request's own nlmsg_len at 20.
BPF_LD_H_ABS, BPF_LD_B_ABS, BPF_JEQ_K, BPF_JGT_K, BPF_RET_K = 0x28, 0x30, 0x15, 0x25, 0x06
PROGRAM = [
    (BPF_LD_H_ABS, 0, 0, 4),
    (BPF_JEQ_K, 0, 6, 0x0200),      # not an acknowledgement: accept
    (BPF_LD_H_ABS, 0, 0, 22),       # the request's length, bytes 2-3
    (BPF_JEQ_K, 0, 5, 0),           # 64 KiB or more: drop
    (BPF_LD_B_ABS, 0, 0, 21),
    (BPF_JEQ_K, 0, 3, 0),           # 256 bytes or more: drop
    (BPF_LD_B_ABS, 0, 0, 20),
    (BPF_JGT_K, 1, 0, 20),          # longer than a bare header: drop
    (BPF_RET_K, 0, 0, 0xFFFFFFFF),  # accept
    (BPF_RET_K, 0, 0, 0),           # drop
]


def main():
    pid, netns = int(sys.argv[1]), sys.argv[2]
    libc = ctypes.CDLL(None, use_errno=True)
    wanted_ns = os.stat(f"/run/netns/{netns}").st_ino
    code = b"".join(struct.pack("HBBI", *instruction) for instruction in PROGRAM)
    program_buffer = ctypes.create_string_buffer(code)
    program = struct.pack("HL", len(PROGRAM), ctypes.addressof(program_buffer))
    pidfd = os.pidfd_open(pid)
    changed = 0
    for name in os.listdir(f"/proc/{pid}/fd"):
        try:
            if not os.readlink(f"/proc/{pid}/fd/{name}").startswith("socket:"):
                continue
        except OSError:
            continue
        fd = libc.syscall(SYS_PIDFD_GETFD, pidfd, int(name), 0)
        if fd < 0:
            continue
        sock = socket.socket(fileno=fd)
        try:
            if sock.family != socket.AF_NETLINK or sock.proto != NETLINK_GENERIC:
                continue
            ns_fd = fcntl.ioctl(sock.fileno(), SIOCGSKNS)
            try:
                if os.fstat(ns_fd).st_ino != wanted_ns:
                    continue
            finally:
                os.close(ns_fd)
            sock.setsockopt(socket.SOL_SOCKET, SO_ATTACH_FILTER, program)
            changed += 1
            print(f"netlink-fault: fd {name} of process {pid} (generic netlink, {netns}) now loses its change acknowledgements")
        finally:
            sock.close()
    os.close(pidfd)
    if not changed:
        print(f"netlink-fault: process {pid} has no generic netlink socket in {netns}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
