# `&` of big and small ints (either order, either sign) and `>>` of ints around the 32-bit and
# safe-integer boundaries, where the arithmetic changes representation.
vals = [0, 1, -1, 5, -5, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 + 7, -(2**32) - 7, 2**53 - 1,
        2**53 + 3, -(2**53) - 3, 2**61 - 12345, -(2**61) + 99, 2**100 + 2**40 + 17, -(2**100) - 5,
        1103515245 * 2147483647 + 12345]
masks = [0, 1, 7, 0xFF, 0x7FFFFFFF, 2**31 - 2, 12345, 2**31, 2**32 - 1, -1, -256]
for v in vals:
    print(v, [v & m for m in masks], [m & v for m in masks])
    print(" ", [v >> k for k in (0, 1, 5, 30, 31, 32, 33, 52, 53, 63, 64, 65, 200)])
state = 2024
total = 0
for i in range(2000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    total += state >> 5 & 7
print(state, total)
