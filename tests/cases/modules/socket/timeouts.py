# Blocking, non-blocking and timeout modes of a socket; socket.timeout is TimeoutError.
import socket

print(socket.timeout is TimeoutError, socket.error is OSError)
print(socket.getdefaulttimeout())
a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking())
a.settimeout(0.25)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.errno)
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
a.setblocking(True)
print(a.gettimeout())
for bad in (-1, "x"):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.sendall(b"ready")
a.settimeout(5)
print(a.recv(10))
a.close()
b.close()
