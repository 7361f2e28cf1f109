import re
import threading

def clean(r):
    return re.sub(r" [0-9]+\)>$", " <ident>)>", r)

go = threading.Event()
t = threading.Thread(target=go.wait, name="w")
print(clean(repr(t)))
t.start()
print(clean(repr(t)))
go.set()
t.join()
print(clean(repr(t)))
d = threading.Thread(target=print, name="d", daemon=True)
print(clean(repr(d)))
print(clean(repr(threading.main_thread())))

class Custom(threading.Thread):
    pass

print(clean(repr(Custom(name="c"))))
