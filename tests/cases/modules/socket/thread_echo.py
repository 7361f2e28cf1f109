# A threaded TCP server upper-cases what one client sends; the client half-closes to end.
import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
addr = srv.getsockname()


def serve():
    conn, peer = srv.accept()
    print("peer host:", peer[0])
    with conn:
        while True:
            data = conn.recv(4)
            if not data:
                break
            conn.sendall(data.upper())


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(addr) as s:
    s.sendall(b"hello, sockets")
    s.shutdown(socket.SHUT_WR)
    chunks = []
    while True:
        d = s.recv(100)
        if not d:
            break
        chunks.append(d)
print(b"".join(chunks))
t.join()
srv.close()
