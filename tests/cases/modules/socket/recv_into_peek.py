# recv_into a bytearray and a memoryview slice; MSG_PEEK leaves the data in place.
import socket

a, b = socket.socketpair()
a.sendall(b"0123456789")
print(b.recv(4, socket.MSG_PEEK))
buf = bytearray(6)
print(b.recv_into(buf), buf)
view = memoryview(bytearray(8))
print(b.recv_into(view[2:], 3), bytes(view))
print(b.recv(100))
try:
    b.recv(-1)
except ValueError as e:
    print(e)
print(b.recv(0))
a.close()
b.close()
