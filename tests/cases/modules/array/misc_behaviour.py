# Odds and ends: buffer_info, the class's names, iteration while growing, copies.
import array

a = array.array("i")
addr, n = a.buffer_info()
print(isinstance(addr, int), n)
a.extend(range(100))
print(a.buffer_info()[1], len(a), a[99])
print(array.array.__module__, array.array.__name__, array.array.__qualname__)
print(type(iter(a)).__name__)
seen = []
b = array.array("h", [1, 2, 3])
for x in b:
    seen.append(x)
    if x == 1:
        b.append(4)
print(seen)
print(sorted(set(array.array("b", [3, 1, 3, 2]))))
print(array.array("i", [1, 2]).__copy__(), array.array("i", [3]).__deepcopy__({}))
