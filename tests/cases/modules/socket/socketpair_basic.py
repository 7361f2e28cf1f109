# socketpair(): two connected stream sockets; end of stream, half close and broken pipes.
import socket

a, b = socket.socketpair()
print(a.family, a.type, a.family == socket.AF_UNIX)
a.sendall(b"one")
a.send(b"two")
print(b.recv(2), b.recv(100))
b.sendall(b"back")
print(a.recv(10))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
b.sendall(b"after half close")
print(a.recv(100))
b.close()
print(a.recv(10))
try:
    a.send(b"x")
except BrokenPipeError as e:
    print(type(e).__name__, e.errno, e)
a.close()
print(a.fileno(), b.fileno())
