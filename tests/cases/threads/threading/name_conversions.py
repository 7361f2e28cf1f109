import threading

for name in (b"bytes", 3, 0.5, None, "", ("t",), ["l"]):
    t = threading.Thread(target=print, name=name)
    print(repr(name), "->", repr(t.name))
