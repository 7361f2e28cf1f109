s = {1, 2}
s.add(3)
s.add(1)
s.update([4, 5], (6,), "a")
print(sorted(s, key=str))
s.discard(99)
s.discard("a")
s.remove(6)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(repr(e))
s.intersection_update([1, 2, 3, 4, 10])
print(s)
s.difference_update({1}, [2])
print(s)
s.symmetric_difference_update({4, 7})
print(s)
s |= {8}
s &= {3, 7, 8}
s -= {3}
s ^= {100}
print(s)
p = s.pop()
print(p, s)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print(e)
