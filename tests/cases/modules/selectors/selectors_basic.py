# The selectors API: keys, the map, modify and the errors of unknown or repeated objects.
import selectors
import socket

print(selectors.EVENT_READ, selectors.EVENT_WRITE)
sel = selectors.DefaultSelector()
a, b = socket.socketpair()
key = sel.register(a, selectors.EVENT_READ, data="a-data")
print(key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
print(len(sel.get_map()), sel.get_map()[a].data, sel.get_key(a) is key)
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError", "already registered" in str(e))
try:
    sel.register(b, 0)
except ValueError as e:
    print("ValueError", e)
print(sel.select(0))
b.sendall(b"!")
print([(k.data, ev) for k, ev in sel.select(1)])
key2 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
print(key2.events, key2.data)
print(sorted(ev for _, ev in sel.select(0)))
sel.unregister(a)
try:
    sel.get_key(a)
except KeyError as e:
    print("KeyError", "not registered" in str(e))
try:
    sel.unregister(b)
except KeyError as e:
    print("KeyError", "not registered" in str(e))
print(len(sel.get_map()), list(sel.get_map()))
sel.close()
print(sel.get_map())
a.close()
b.close()
with selectors.DefaultSelector() as s2:
    s2.register(b"".__len__() + 0 or socket.socketpair()[0], selectors.EVENT_WRITE)
    print(len(s2.select(0)))
