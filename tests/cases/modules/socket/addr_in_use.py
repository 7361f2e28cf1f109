# Two sockets cannot bind the same address: [Errno 98] Address already in use.
import socket

a = socket.socket()
a.bind(("127.0.0.1", 0))
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e)
b.close()
try:
    socket.create_server(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror.startswith("Address already in use"))
a.close()
c = socket.socket()
c.bind(("127.0.0.1", 0))
print(c.getsockname()[0], c.getsockname()[1] > 0)
c.close()
