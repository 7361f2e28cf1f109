# Sets keep a small table inside the object until they outgrow it, then resize by 4x.
import sys

s = set()
steps = []
last = sys.getsizeof(s)
for i in range(500):
    s.add(i)
    n = sys.getsizeof(s)
    if n != last:
        steps.append((len(s), n))
        last = n
print(sys.getsizeof(set()), sys.getsizeof(frozenset()))
print(steps)
print(sys.getsizeof({1, 2, 3, 4}), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(10))))
print(sys.getsizeof(frozenset(range(10))), sys.getsizeof(frozenset({1, 2, 3})), sys.getsizeof(set(s)))
for i in range(400):
    s.discard(i)
print(len(s), sys.getsizeof(s))
