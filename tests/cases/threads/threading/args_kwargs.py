import threading

out = []

def job(a, b, *rest, sep="-", **extra):
    out.append(sep.join(map(str, (a, b) + rest)) + " " + repr(sorted(extra.items())))

threads = [
    threading.Thread(target=job, args=(1, 2)),
    threading.Thread(target=job, args=[3, 4, 5], kwargs={"sep": "+"}),
    threading.Thread(target=job, args=(6,), kwargs={"b": 7, "z": 0}),
    threading.Thread(target=job, kwargs={"a": 8, "b": 9, "sep": "*"}),
]
for t in threads:
    t.start()
    t.join()
print("\n".join(out))
