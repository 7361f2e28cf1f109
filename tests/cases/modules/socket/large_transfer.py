# A megabyte each way through loopback TCP, with a thread on each side.
import hashlib
import socket
import threading

data = bytes(range(256)) * 4096
srv = socket.create_server(("127.0.0.1", 0))
received = []


def serve():
    conn, _ = srv.accept()
    with conn:
        got = bytearray()
        while len(got) < len(data):
            chunk = conn.recv(65536)
            if not chunk:
                break
            got += chunk
        received.append(bytes(got))
        conn.sendall(bytes(reversed(got)))


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(srv.getsockname()) as s:
    s.sendall(data)
    back = bytearray()
    while len(back) < len(data):
        back += s.recv(100000)
t.join()
srv.close()
print(len(received[0]), hashlib.sha256(received[0]).hexdigest() == hashlib.sha256(data).hexdigest())
print(bytes(back) == data[::-1])
