# %, //, &, |, ^, << and >> of ints at the edges of 32 and 53 bits, with every sign, zero
# divisors, negative and large shift counts, in-place forms and bools.
values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**31 - 1, -(2**31), 2**31, 2**32 + 5, -(2**32) - 5,
          2**52, -(2**52), 2**52 + 1, 2**53 - 1, -(2**53) + 1, 2**53, 10**18, True, False]
ops = {
    "%": lambda a, b: a % b,
    "//": lambda a, b: a // b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
}
for name, op in ops.items():
    for a in values:
        row = []
        for b in values:
            try:
                row.append(repr(op(a, b)))
            except ZeroDivisionError as e:
                row.append(f"ZeroDivisionError({e})")
        print(name, repr(a), " ".join(row))

for a in [0, 1, -1, 5, -5, 2**31 - 1, -(2**31), 2**40, -(2**40) - 3]:
    row = []
    for n in [0, 1, 5, 31, 32, 33, 52, 53, 54, 70, -1]:
        for name, op in (("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y)):
            try:
                row.append(f"{name}{n}={op(a, n)}")
            except ValueError as e:
                row.append(f"{name}{n}:ValueError({e})")
    print(repr(a), " ".join(row))

x = 17
x %= 5
y = -17
y //= 5
z = 12
z &= 10
z |= 1
z ^= 255
z <<= 3
z >>= 2
print(x, y, z, type(x % 2), type(True % 2), True & 1, True | False, 0 % -3, -0 // 5)
