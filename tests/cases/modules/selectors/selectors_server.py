# An echo server driven by a selector, with five clients.
import selectors
import socket

sel = selectors.DefaultSelector()
srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, "server")
clients = []
for i in range(5):
    c = socket.create_connection(srv.getsockname())
    clients.append(c)
    c.sendall(b"msg %d\n" % i)
got = []
accepted = 0
while len(got) < 5:
    for key, ev in sel.select(timeout=5):
        if key.data == "server":
            conn, _ = srv.accept()
            conn.setblocking(False)
            accepted += 1
            sel.register(conn, selectors.EVENT_READ, "conn")
        else:
            d = key.fileobj.recv(100)
            if d:
                got.append(d)
                key.fileobj.sendall(d.upper())
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
print(sorted(got), accepted, len(sel.get_map()))
print(sorted(c.recv(100) for c in clients))
for c in clients:
    c.close()
for key in list(sel.get_map().values()):
    if key.data == "conn":
        key.fileobj.close()
sel.close()
srv.close()
