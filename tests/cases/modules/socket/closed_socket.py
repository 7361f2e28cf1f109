# A closed socket: fileno() is -1, its repr says so, and operations fail with EBADF.
import socket

with socket.socket() as s:
    print(s.fileno() >= 0, s.family, s.type, s.proto)
print(s.fileno())
print(repr(s))
for op in (lambda: s.recv(1), lambda: s.send(b"x"), lambda: s.getsockname(),
           lambda: s.listen(), lambda: s.bind(("127.0.0.1", 0))):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
s.close()
print("closed twice")
