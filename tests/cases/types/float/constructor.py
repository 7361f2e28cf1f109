print(float(), float(0), float(True), float(-5), float(2 ** 63), float(10 ** 20), float(2 ** 1023))
class HasFloat:
    def __float__(self):
        return 1.25
class HasIndex:
    def __index__(self):
        return 7
class BadFloat:
    def __float__(self):
        return "x"
print(float(HasFloat()), float(HasIndex()))
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class F(float):
    pass
f = F(2.5)
print(f, type(f).__name__, type(f + 1).__name__, type(float(f)).__name__, F("1e3"), F(7))
print(float(F(1.5)).__class__.__name__, float.__new__(F, 3).__class__.__name__)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    float(x=1)
except TypeError as e:
    print(e)
