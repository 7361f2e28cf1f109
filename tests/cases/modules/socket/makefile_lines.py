# makefile(): line-oriented reading and writing over a connected socket.
import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))


def serve():
    conn, _ = srv.accept()
    with conn, conn.makefile("rw", encoding="utf-8") as f:
        for line in f:
            f.write(f"{len(line.strip())}:{line.strip()[::-1]}\n")
            f.flush()


t = threading.Thread(target=serve)
t.start()
s = socket.create_connection(srv.getsockname())
w = s.makefile("w")
r = s.makefile("r")
for word in ["alpha", "beta", "gamma délta"]:
    w.write(word + "\n")
    w.flush()
    print(repr(r.readline()))
w.close()
s.shutdown(socket.SHUT_WR)
print(repr(r.read()))
r.close()
s.close()
t.join()
srv.close()
