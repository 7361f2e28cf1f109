# A single-threaded server multiplexing its clients with select.select.
import select
import socket

srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
clients = [socket.create_connection(srv.getsockname()) for _ in range(5)]
for i, c in enumerate(clients):
    c.sendall(f"request {i}\n".encode())
conns = []
replies = 0
while replies < 5:
    r, _, _ = select.select([srv] + conns, [], [], 10)
    for s in r:
        if s is srv:
            conn, _ = srv.accept()
            conns.append(conn)
        else:
            data = s.recv(100)
            s.sendall(b"reply to " + data)
            replies += 1
print(len(conns), replies)
print(sorted(c.recv(100) for c in clients))
for s in clients + conns + [srv]:
    s.close()
