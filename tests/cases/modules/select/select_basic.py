# select.select over a socketpair: readable, writable, timeouts and bad arguments.
import select
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
print(select.select([], [a], [], 0) == ([], [a], []))
b.sendall(b"x")
r, w, x = select.select([a, b], [a, b], [a], 1.5)
print(r == [a], w == [a, b], x)
print(select.select([a.fileno()], [], [], None)[0] == [a.fileno()])
a.recv(1)
print(select.select([a], [], [], 0.01))
b.close()
print(select.select([a], [], [])[0] == [a], a.recv(1))
for args in [([a], [], [], -1), ([a], [], [], "1"), (["x"], [], []), ([-1], [], [], 0), (1, [], [])]:
    try:
        select.select(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.close()
print(select.error is OSError)
