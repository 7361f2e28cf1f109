from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.popleft()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1])
d.append(d)
print(d, len(d))
class MyDeque(deque):
    pass
print(MyDeque([1, 2], 5), repr(MyDeque()), type(MyDeque([1]).copy()).__name__)
z = deque(maxlen=0)
z.append(1)
z.extendleft([2, 3])
print(z, deque("abc", maxlen=2), deque([1, 2, 3, 4]).maxlen)
for bad in [lambda: deque(maxlen=-1), lambda: deque([1]) + [2], lambda: deque([1])["a"], lambda: hash(deque())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = deque(range(5))
e.rotate(7)
print(e, e == deque([3, 4, 0, 1, 2]), e != deque(), e >= deque([3]), 4 in e, e.count(4))
e *= 2
print(e, bool(deque()), list(reversed(e))[:3], e.index(0, 3), deque([1, 2]) * 0)
