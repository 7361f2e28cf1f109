# bytes are 33 + n; a bytearray holds an allocation that grows as bytearray_resize grows it.
import sys

for n in (0, 1, 5, 100):
    print(n, sys.getsizeof(bytes(n)), sys.getsizeof(b"x" * n))
b = bytearray()
sizes = [sys.getsizeof(b)]
for i in range(50):
    b.append(i)
    sizes.append(sys.getsizeof(b))
print(sizes)
print(sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(10)))
c = bytearray(20)
print(sys.getsizeof(c))
c.append(1)
print(sys.getsizeof(c))
