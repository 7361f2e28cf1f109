# A dict's key table grows as entries are inserted; str-keyed tables have smaller entries.
import sys

def steps(keys):
    d = {}
    out = []
    last = sys.getsizeof(d)
    for k in keys:
        d[k] = None
        s = sys.getsizeof(d)
        if s != last:
            out.append((len(d), s))
            last = s
    return out

print(sys.getsizeof({}))
print(steps([str(i) for i in range(200)]))
print(steps(list(range(200))))
print(steps([(i,) for i in range(50)]))
d = {"a": 1}
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
