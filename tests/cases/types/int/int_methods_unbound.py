print(int.__add__(1, 2), int.__radd__(1, 2), int.__sub__(1, 2), int.__rsub__(1, 2), int.__mul__(3, 4), int.__floordiv__(7, 2), int.__rfloordiv__(2, 7), int.__mod__(7, 3), int.__pow__(2, 5), int.__pow__(2, 5, 3), int.__rpow__(2, 5))
print(int.__add__(1, 2.0), int.__lt__(1, 2.0), int.__eq__(1, "1"), int.__truediv__(1, 2), int.__neg__(5), int.__bool__(0), int.__index__(7), int.__int__(True), type(int.__int__(True)).__name__)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
