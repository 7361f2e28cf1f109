class Pair:
    def __iter__(self):
        yield "first"
        yield "second"


a, b = Pair()
print(a, b)
try:
    a, b, c = Pair()
except ValueError as e:
    print(e)
try:
    (a,) = Pair()
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
first, *middle, last = range(6)
print(first, middle, last)
