# A list over-allocates as it grows by append (list_resize), so its size moves in steps.
import sys

l = []
steps = []
last = sys.getsizeof(l)
for i in range(300):
    l.append(i)
    s = sys.getsizeof(l)
    if s != last:
        steps.append((len(l), s))
        last = s
print(sys.getsizeof([]))
print(steps)
