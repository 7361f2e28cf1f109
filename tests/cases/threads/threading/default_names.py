import functools
import threading

def job():
    pass

class Callable:
    def __call__(self):
        pass

a = threading.Thread(target=job)
b = threading.Thread()
c = threading.Thread(target=lambda: None)
d = threading.Thread(target=job, name="worker")
e = threading.Thread(target=functools.partial(job))
f = threading.Thread(target=Callable())
g = threading.Thread(target=job, name="")
h = threading.Thread(target=job, name=0)
for t in (a, b, c, d, e, f, g, h):
    print(repr(t.name))
