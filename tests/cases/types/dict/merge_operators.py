a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a is c)
c |= [("z", 26)]
c |= {"a": 0}.items()
print(c)
for f in [lambda: a | [("x", 1)], lambda: a | None]:
    try:
        print(f())
    except TypeError as e:
        print(e)
try:
    c |= 5
except TypeError as e:
    print(e)
try:
    c |= [1]
except TypeError as e:
    print(e)
import collections
print(a | collections.OrderedDict(q=1), type(collections.OrderedDict(q=1) | a).__name__)
