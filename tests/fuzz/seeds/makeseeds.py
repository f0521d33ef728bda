#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Writes the seeds of the fuzzers whose inputs are scripts rather than files the project
# reads: fuzz_netlinkreceive (the kernel's side of whole operations, in the format its
# source describes) and fuzz_dbusarguments (a type's number and a D-Bus body), and
# fuzz_changebatch's large batch (just under 1 MiB, its longest input). Run it from
# anywhere after changing a format; it rewrites seeds/netlinkreceive/,
# seeds/dbusarguments/ and seeds/changebatch/large-batch.
import pathlib
import struct

here = pathlib.Path(__file__).resolve().parent


def write(folder, name, data):
    path = here / folder
    path.mkdir(exist_ok=True)
    (path / name).write_bytes(data)


# fuzz_changebatch's large batch: seeds/changebatch/add-service's change and a set
# timeouts, alternately, as many as fit in 1 MiB.

def varint(value):
    out = bytearray()
    while True:
        low = value & 0x7f
        value >>= 7
        out.append(low | (0x80 if value else 0))
        if not value:
            return bytes(out)


one = (here / 'changebatch' / 'add-service').read_bytes()
assert one[:6] == b'LVSC\1\1'
pair = one[6:] + varint(6) + varint(900) + varint(120) + varint(300)
pairs = (1024 * 1024 - 16) // len(pair)
write('changebatch', 'large-batch', b'LVSC\1' + varint(2 * pairs) + pair * pairs)


# fuzz_netlinkreceive ------------------------------------------------------------------

def ack(error=0, sequence=0, delta=0):
    """An NLMSG_ERROR for the request in turn; sequence 1 moves it by delta, 2 gives it."""
    out = bytes([0 | sequence << 3])
    if sequence == 1:
        out += struct.pack('b', delta)
    elif sequence == 2:
        out += struct.pack('>I', delta)
    return out + bytes([error])


def acks_for(count, answers):
    """Acknowledgements of a batch of `count` for (request, error) in this order; a
    request of None is one for a sequence number of no batch of ours."""
    out = []
    for turn, (request, error) in enumerate(answers):
        if request is None:
            out.append(ack(error, 2, 0xdeadbeef))
        else:
            out.append(ack(error, 1, request - min(turn, count - 1)))
    return out


def done():
    return bytes([1 | 0x20])


def data(command, attributes, multi=False):
    return bytes([2 | (0x20 if multi else 0), command]) + struct.pack('>H', len(attributes)) + attributes


def datagram(*messages):
    return bytes([len(messages)]) + b''.join(messages)


def nla(kind, payload):
    header = struct.pack('=HH', 4 + len(payload), kind)
    return header + payload + b'\0' * (-len(payload) % 4)


family = (nla(1, struct.pack('=H', 0x20)) + nla(2, b'IPVS\0') + nla(3, struct.pack('=I', 1))
          + nla(4, struct.pack('=I', 0)) + nla(5, struct.pack('=I', 10)))
resolve = datagram(data(1, family)) + datagram(ack())
netlink = here / 'netlink'
service = (netlink / 'service').read_bytes()
dest = (netlink / 'dest').read_bytes()
daemon = (netlink / 'daemon').read_bytes()
info_config = (netlink / 'info-config').read_bytes()

write('netlinkreceive', 'info', b'\0' + b'\0' + resolve + datagram(data(14, info_config), ack()))
write('netlinkreceive', 'read-table', b'\0' + b'\1' + resolve
      + datagram(data(1, service, True), data(1, service, True)) + datagram(done())
      + datagram(data(5, dest, True), data(5, dest, True), done())
      + datagram(done())
      + datagram(data(12, info_config), ack())
      + datagram(data(9, daemon, True), done()))
write('netlinkreceive', 'apply', b'\0' + b'\2\3' + resolve + datagram(ack()))
write('netlinkreceive', 'apply-refused', b'\0' + b'\2\0' + resolve + datagram(ack(17)))
acks = [ack(0) for _ in range(64)]
window = b''.join(datagram(*acks[i:i + 15]) for i in range(0, 64, 15))
write('netlinkreceive', 'apply-all', b'\0' + b'\3\x46\0' + resolve + window
      + datagram(ack(), ack(2), ack(), ack(), ack(), ack()))
# Out of order, duplicated, and one for a request of no batch of ours.
unordered = acks_for(5, [(4, 0), (3, 0), (3, 22), (None, 0), (0, 0), (9, 0), (1, 17), (2, 0)])
write('netlinkreceive', 'apply-all-unordered', b'\0' + b'\3\x05\x11' + resolve
      + datagram(*unordered[:4]) + datagram(*unordered[4:]))
write('netlinkreceive', 'zero-flush', b'\1' + b'\x0c' + resolve + datagram(ack(3)) + b'\5' + datagram(ack()))
write('netlinkreceive', 'daemons', b'\1' + b'\6' + resolve + datagram(ack(19)) + b'\x0f' + datagram(ack(3)))
write('netlinkreceive', 'no-ipvs-then-info', b'\1' + b'\0' + datagram(ack(2)) + b'\0' + resolve
      + datagram(data(14, info_config), ack()))


# fuzz_dbusarguments ------------------------------------------------------------------

class Body:
    """D-Bus marshalling, little-endian, of a body starting at offset 0."""

    def __init__(self):
        self.out = bytearray()

    def align(self, n):
        self.out += b'\0' * (-len(self.out) % n)

    def y(self, v): self.out += struct.pack('<B', v)
    def b(self, v): self.align(4); self.out += struct.pack('<I', int(v))
    def q(self, v): self.align(2); self.out += struct.pack('<H', v)
    def u(self, v): self.align(4); self.out += struct.pack('<I', v)
    def t(self, v): self.align(8); self.out += struct.pack('<Q', v)

    def s(self, v):
        raw = v.encode()
        self.u(len(raw))
        self.out += raw + b'\0'

    def struct_(self):
        self.align(8)

    def array(self, elements, alignment, write):
        self.align(4)
        at = len(self.out)
        self.out += b'\0\0\0\0'
        self.align(alignment)
        start = len(self.out)
        for element in elements:
            write(element)
        struct.pack_into('<I', self.out, at, len(self.out) - start)


def service_spec(body, mark=0, family=2, protocol=6, address='192.0.2.1', port=80, scheduler='wlc'):
    body.struct_()
    body.u(mark); body.q(family); body.q(protocol); body.s(address); body.q(port); body.s(scheduler)
    body.u(0); body.b(True); body.u(300); body.u(0xffffffff); body.s(''); body.b(False)


def server_spec(body, address='192.0.2.2', forwarding=2, tunnel=0):
    body.struct_()
    body.s(address); body.q(8080); body.u(forwarding); body.u(1); body.u(0); body.u(0); body.y(tunnel)
    body.q(0); body.y(0)


def daemon_spec(body, role=0, group='239.1.1.1'):
    body.struct_()
    body.y(role); body.s('eth0'); body.y(1); body.q(1400); body.s(group); body.q(8848); body.y(1)


def connection(body, entry):
    body.struct_()
    protocol, client, virtual, destination = entry
    body.s(protocol); body.s(client); body.q(40000); body.s(virtual); body.q(80); body.s(destination); body.q(8080)
    body.s('ESTABLISHED'); body.u(899); body.s(''); body.s('')


# The order of fuzz_dbusarguments' table of types.
def seed(number, name, write_body):
    body = Body()
    write_body(body)
    write('dbusarguments', name, bytes([number]) + bytes(body.out))


seed(0, 'service', lambda b: service_spec(b))
seed(0, 'service-v6-mark', lambda b: service_spec(b, mark=7, family=10, address='', scheduler='mh'))
seed(0, 'service-bad', lambda b: service_spec(b, family=3, protocol=1, address='300.1.1.1', scheduler='x'))
seed(1, 'server', lambda b: server_spec(b))
seed(1, 'server-bad', lambda b: server_spec(b, address='2001:db8::zz', forwarding=9, tunnel=7))
seed(2, 'timeouts', lambda b: (b.struct_(), b.u(900), b.u(120), b.u(300)))
seed(3, 'daemon', lambda b: daemon_spec(b))
seed(3, 'daemon-bad', lambda b: daemon_spec(b, role=4, group='x'))
seed(4, 'daemon-reply', lambda b: daemon_spec(b, role=1, group=''))
seed(5, 'connections', lambda b: b.array([('TCP', '198.51.100.7', '192.0.2.1', '10.0.0.2'),
                                           ('UDP', '2001:db8::7', '2001:db8::1', 'x')], 8,
                                          lambda e: connection(b, e)))
seed(6, 'sysctls', lambda b: b.array([('net.ipv4.vs.expire_nodest_conn', '1'), ('net.ipv4.vs.conntrack', '0')], 8,
                                     lambda e: (b.align(8), b.s(e[0]), b.s(e[1]))))
seed(7, 'add-real-server', lambda b: (service_spec(b), server_spec(b), b.b(True)))
seed(8, 'start-daemon', lambda b: (daemon_spec(b), b.b(False)))
batch = (here / 'changebatch' / 'add-service').read_bytes()
snapshot = (here / 'tablesnapshot' / 'two-services').read_bytes()
seed(9, 'apply', lambda b: (b.t(3), b.array(batch, 1, b.y), b.b(True)))
seed(10, 'get-connections', lambda b: (b.s('192.0.2.1'), b.q(80), b.s(''), b.q(0), b.u(100)))
seed(11, 'get-table-reply', lambda b: (b.array(snapshot, 1, b.y), b.t(4)))
