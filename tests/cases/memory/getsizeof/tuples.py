# Tuples: 40 + 8 per item, whatever the items are.
import sys

print(sys.getsizeof(()))
for n in range(6):
    print(n, sys.getsizeof(tuple(range(n))), sys.getsizeof(tuple("x" * n)))
print(sys.getsizeof((1, [2], "three")), sys.getsizeof(tuple(range(1000))))
