print(complex(), complex(1), complex(1, 2), complex(1.5, -0.5), complex(1j, 1j), complex(1j, 1), complex(1, 1j), complex(real=2, imag=3), complex(True, False))
class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 4.5
class I:
    def __index__(self):
        return 6
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
for args in [("1", 2), (1, "2"), (None,), ([],), ("1j", "1j")]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
class Bad:
    def __complex__(self):
        return 5
try:
    complex(Bad())
except TypeError as e:
    print(e)
class Z(complex):
    pass
z = Z(1, 2)
print(z, type(z).__name__, type(z + 1).__name__, type(complex(z)).__name__)
