# Bad addresses: their types, port ranges and host names.
import socket

s = socket.socket()
for addr in ["127.0.0.1", ("127.0.0.1", 70000), ("127.0.0.1", "80"), (1, 2), ("127.0.0.1",)]:
    try:
        s.bind(addr)
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
s.close()
try:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", -1))
except OverflowError as e:
    print(type(e).__name__, e)
