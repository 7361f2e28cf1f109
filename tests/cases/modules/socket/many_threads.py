# Ten client threads against one accepting thread; results sorted so the order of
# connections does not matter.
import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
addr = srv.getsockname()
answers = []
lock = threading.Lock()


def server():
    handlers = []
    for _ in range(10):
        conn, _ = srv.accept()

        def handle(c=conn):
            with c:
                n = int(c.recv(16).decode())
                c.sendall(str(n * n).encode())

        h = threading.Thread(target=handle)
        h.start()
        handlers.append(h)
    for h in handlers:
        h.join()


def client(i):
    with socket.create_connection(addr) as s:
        s.sendall(str(i).encode())
        reply = s.recv(16).decode()
    with lock:
        answers.append((i, reply))


st = threading.Thread(target=server)
st.start()
cs = [threading.Thread(target=client, args=(i,)) for i in range(10)]
for c in cs:
    c.start()
for c in cs:
    c.join()
st.join()
srv.close()
print(sorted(answers))
