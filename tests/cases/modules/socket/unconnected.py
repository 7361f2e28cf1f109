# Operations that need a connection, on sockets that have none.
import socket

s = socket.socket()
for name, op in [("getpeername", s.getpeername), ("recv", lambda: s.recv(1)),
                 ("shutdown", lambda: s.shutdown(socket.SHUT_RDWR)), ("send", lambda: s.send(b"x"))]:
    try:
        op()
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror)
print(s.getsockname())
s.bind(("127.0.0.1", 0))
s.listen(5)
print(s.getsockname()[0])
s.settimeout(0.2)
try:
    s.accept()
except TimeoutError as e:
    print("accept:", e)
s.close()
