# Connecting to a port nobody listens on: ConnectionRefusedError, errno 111; connect_ex answers it.
import socket

srv = socket.create_server(("127.0.0.1", 0))
addr = srv.getsockname()
srv.close()

s = socket.socket()
try:
    s.connect(addr)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(isinstance(e, OSError), isinstance(e, ConnectionError))
s.close()

s = socket.socket()
print(s.connect_ex(addr))
s.close()

try:
    socket.create_connection(addr)
except OSError as e:
    print("create_connection:", type(e).__name__, e.args)
