from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.extend([5, 6])
d.extendleft("ab")
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.index(3), d.count(3), 3 in d)
d.remove(3)
d.reverse()
print(d, d.copy(), list(reversed(d)))
d.clear()
print(d, repr(deque(maxlen=2)))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5), lambda: deque([1])[5], lambda: deque([1]).index(7)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
