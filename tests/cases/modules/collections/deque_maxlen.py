from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
d.extend("xy")
print(d)
d2 = deque(range(10), 4)
print(d2, d2 + deque([1]), d2 * 2, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
d2[0] = "first"
del d2[1]
print(d2)
try:
    d2.insert(0, "x")
    d2.insert(0, "y")
except IndexError as e:
    print(e)
