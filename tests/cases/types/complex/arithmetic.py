a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a == 3 + 4j, a != b)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 1 / a, a - 1.5)
print(a ** 2, a ** 0, a ** -1, a ** 0.5, 1j ** 2, 2 ** 1j, (1 + 1j) ** (1 - 1j))
print((1e300 + 1e300j) * (1e300 + 1e300j), (1 + 1j) / (1e-320 + 1e-320j))
print(1j * 1j, (0 + 1j) * (0 + 1j) == -1, (-1) ** 0.5)
print(a.__add__(1), a.__radd__(1), a.__mul__("x"))
