# int sizes grow by 30-bit digits; 0 and bools still have one digit (3.11).
import sys

for v in [0, 1, -1, 255, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, 2**90, 10**100, -(10**100)]:
    print(v.bit_length(), sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(False))
print([sys.getsizeof(1 << k) for k in range(0, 200, 15)])
