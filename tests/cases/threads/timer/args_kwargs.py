import threading

out = []

def record(*args, **kwargs):
    out.append((args, sorted(kwargs.items())))

timers = [
    threading.Timer(0.01, record),
    threading.Timer(0.01, record, [1, 2]),
    threading.Timer(0.01, record, (3,), {"k": "v"}),
    threading.Timer(0.01, record, kwargs={"only": True}),
]
for t in timers:
    t.start()
    t.join()
for item in out:
    print(item)
print(timers[0].args, timers[0].kwargs, timers[1].interval)
