print(type(int.__dict__["real"]).__name__)
print(type(str.__dict__["upper"]).__name__)
print(type(dict.__dict__["fromkeys"]).__name__)
print(type(object.__dict__["__class__"]).__name__)
print(type("abc".upper).__name__)
print(str.upper("abc"), str.__dict__["upper"]("xyz"))
print(dict.fromkeys("ab"))
print((5).real, (5).imag, int.real.__get__(7))
try:
    (5).real = 6
except AttributeError as e:
    print(e)
