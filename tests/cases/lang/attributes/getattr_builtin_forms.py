class C:
    x = 1


c = C()
print(getattr(c, "x"), getattr(c, "y", None), getattr(C, "x"))
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(e)
try:
    getattr()
except TypeError as e:
    print(e)
try:
    hasattr(c)
except TypeError as e:
    print(e)
print(getattr(getattr(c, "__class__"), "__name__"))
print(getattr(5, "bit_length")(), getattr("x", "upper")())
