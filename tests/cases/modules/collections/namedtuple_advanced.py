from collections import namedtuple
P = namedtuple("P", ["x", "y"], defaults=[0], module="geo")
print(P(1), P.__module__, P.__new__.__defaults__, P._field_defaults)
p = P(3, 4)
x, y = p
print(x, y, p._asdict(), P(**{"x": 1, "y": 2}), P._make(range(2)), p.__getnewargs__() if hasattr(p, "__getnewargs__") else "-")
print(p == (3, 4), p < (4, 0), sorted([P(2, 1), P(1, 9)]), max(P(1, 2), P(1, 3)))
print(p.count(3), p.index(4), p + (5,), p * 2, p[::-1], len(p), isinstance(p, tuple))
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
