from fractions import Fraction
z = 2 + 3j
print(z + True, z * Fraction(1, 2) if False else z * 0.5, z + 10 ** 10, z == complex(2, 3), z != 2, (1j) ** 0.5, abs(1j ** 1000))
print(complex(1, 2) * complex(3, -4), complex(1e308, 1e308) * 0.5, (1 + 2j).__rtruediv__(1), (0.5j).real, complex("1e-3j").imag)
try:
    z + "x"
except TypeError as e:
    print(e)
try:
    10 ** 400 * 1j
except OverflowError as e:
    print(e)
