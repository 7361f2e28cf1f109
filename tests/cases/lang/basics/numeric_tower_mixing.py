print(1 + 2.0, 1 + 2j, 2.0 * 1j, True + 1.5, 3 // 2.0, 3 / 1)
print(type(1 + 2.0).__name__, type(1 + True).__name__, type(1j * 1j).__name__)
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j).conjugate(), abs(3 + 4j), (2j).real, (2j).imag)
print(complex(1, 2), complex("3+4j"), complex(2), 2**0.5 == 2**0.5)
print(10 == 10.0 == 10 + 0j, hash(10) == hash(10.0) == hash(10 + 0j))
print(int(7.9) + float(2) + complex(0, 1))
try:
    (1 + 2j) < (2 + 1j)
except TypeError as e:
    print(e)
try:
    int(1 + 2j)
except TypeError as e:
    print(e)
print(divmod(7.5, 2), 7.5 // 2, -1 ** 2, (-1) ** 2, 4**0.5, 8 ** (1 / 3))
