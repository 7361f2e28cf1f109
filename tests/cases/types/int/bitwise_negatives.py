pairs = [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (2**70, -1), (-(2**70), 2**70 - 1), (-(2**65) - 3, -(2**64) + 5)]
for a, b in pairs:
    print(a & b, a | b, a ^ b)
for n in [0, 1, -1, 2**64, -(2**64), 255]:
    print(~n, ~~n)
print(True & 3, True | 2, True ^ True, False | False)
print(type(True & True).__name__, type(True & 1).__name__)
