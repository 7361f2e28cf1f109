class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented


class B:
    def __radd__(self, other):
        print("B.__radd__")
        return NotImplemented


try:
    A() + B()
except TypeError as e:
    print(e)
try:
    B() + A()
except TypeError as e:
    print(e)
for expr in ("1 + 'a'", "[] - []", "{} * 2", "None < 1", "'a' @ 'b'", "2 ** 'x'", "-'s'", "~1.5"):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
