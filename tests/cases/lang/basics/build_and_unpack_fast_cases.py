# Dict, set and list displays, comprehensions and starred unpacking whose items need no Python
# code (made without the instruction's generator) next to ones that call __hash__/__eq__/__iter__.
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Key) and self.v == other.v


a, *b = [1, 2, 3]
*c, d = (4, 5)
e, *f, g = "xyz"
h, *i, j, k = range(5)
m, *n = [9]
print(a, b, c, d, e, f, g, h, i, j, k, m, n)
for bad in ([], (1,), [1, 2]):
    try:
        p, q, *r, s = bad
    except ValueError as err:
        print(err)
x = "k"
print({"a": 1, "b": 2, "a": 3}, {x: 1, 1: 2, True: 3, 1.0: 4, (1, 2): 5, None: 6})
print({"p": 1, "q": 2, "r": 3}, {1: "x", x: "y", 2.5: "z"})
print([(getattr(k, "v", k), v) for k, v in {Key(1): "a", Key(1): "b", 2: "c"}.items()])
print({1, True, 1.0, 2, "s", (1,)}, len({Key(3), Key(3)}), {x, x, "m"}, {x, 1, True})
print({v % 3 for v in range(10)}, {v: v * v for v in range(5)}, {s: len(s) for s in ["a", "bb", "a"]})
print({Key(v % 2) for v in range(3)} == {Key(0), Key(1)})
print({Key(v % 2): v for v in range(3)}.__len__())
print([*[1, 2], *(3,), *"ab", *range(2), *{7: 8}])
for bad in ([[1]], {"x": [1]}, [{}]):
    try:
        if isinstance(bad, dict):
            {x: 1 for x in bad["x"]}
        elif isinstance(bad[0], list):
            {bad[0]}
        else:
            {bad[0]: 1}
    except TypeError as err:
        print(err)
try:
    {[]: 1}
except TypeError as err:
    print(err)
try:
    {1: 2, "a": 3, (): 4, [1]: 5}
except TypeError as err:
    print(err)
try:
    [*1]
except TypeError as err:
    print(err)
