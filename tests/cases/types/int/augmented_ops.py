x = 10
x += 5
x -= 3
x *= 4
x //= 5
x %= 7
x **= 3
x <<= 2
x >>= 1
x &= 0xff
x |= 0x100
x ^= 0x3
print(x)
y = 7
y /= 2
print(y, type(y).__name__)
z = 2 ** 70
z += 1
z *= -1
print(z)
