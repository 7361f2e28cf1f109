# list.pop with and without its fast path (no arguments or an int index) gives CPython's results and
# errors, in CPython's order: keyword arguments, argument count, index conversion, empty list.
l = list(range(10))
print(l.pop(), l.pop(0), l.pop(-1), l.pop(3), l.pop(True), l)
for bad in [(), (100,), (-100,), ("x",), (1, 2)]:
    try:
        print([].pop(*bad) if not bad or bad == ("x",) else l.pop(*bad))
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 1
print(l.pop(I()), l)
try:
    l.pop(i=1)
except TypeError as e:
    print(e)
print(l.pop(2**70) if False else "ok")
try: l.pop(2**70)
except Exception as e: print(type(e).__name__, e)

# sys.getsizeof follows list_resize's shrinking on both paths.
import sys
l = list(range(100))
sizes = []
while l:
    l.pop()
    sizes.append(sys.getsizeof(l))
print(sizes)
l = list(range(50))
while l:
    l.pop(0)
    sizes.append(sys.getsizeof(l))
print(sizes[-50:])
