class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Celsius({float(self)})"


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


print(Celsius(21.5), Celsius(10) + 1, type(Celsius(10) + 1).__name__)
print(Upper("shout"), len(Upper("abc")), isinstance(Upper("x"), str))
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2))
try:
    Celsius(-300)
except ValueError as e:
    print(e)
