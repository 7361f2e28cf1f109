a = 1
b = a + 2 * 3 - a / 4
c = a // 5 % 6 ** a
d = a << 2 >> 1 | 3 & a ^ 7
e = a @ b
f = -a + +b - ~c
g = not a
