# == and != of nested dicts, lists and tuples of built-in values (the shapes json.loads
# builds), with the cases where an item's own __eq__, identity or key equality decides.
nan = float("nan")
a = {"id": 1, "tags": ["x", "y"], "dims": {"w": 1.5, "d": [1, 2, None]}, "ok": True}
b = {"ok": True, "dims": {"d": [1, 2, None], "w": 1.5}, "tags": ["x", "y"], "id": 1}
print(a == b, a != b, [a, b] == [b, a], [a] != [b])
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: True}, [1, 2.0, True] == [1.0, 2, 1])
print([nan] == [nan], [float("nan")] == [float("nan")], {"k": nan} == {"k": nan})
print(["1"] == [1], [None] == [0], [[]] == [()], [{}] == [[]], [(1, [2])] == [(1, [2])])
print([1, [2, [3, [4]]]] == [1, [2, [3, [5]]]], {"a": {"b": {"c": 1}}} == {"a": {"b": {"c": 1.0}}})
print({(1, 2): "t"} == {(1, 2): "t"}, {(1, 2): [1]} == {(1, 2): [2]}, {"x": 1} == {"y": 1})


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v


print([1, {"k": Loud(1)}] == [1, {"k": Loud(1)}], [Loud(2), 3] == [Loud(2), 4])
print([1, 2, Loud(3)] == [1, 5, Loud(3)], {"a": 1, "b": Loud(4)} == {"a": 2, "b": Loud(4)})


class S(str):
    def __eq__(self, other):
        print("S.eq")
        return str.__eq__(self, other)

    __hash__ = str.__hash__


print([S("a")] == ["a"], {"k": S("v")} == {"k": "v"})
deep1 = deep2 = 0
for _ in range(300):
    deep1 = [deep1]
    deep2 = [deep2]
print(deep1 == deep2)
for _ in range(2000):
    deep1 = [deep1]
    deep2 = [deep2]
try:
    print(deep1 == deep2)
except RecursionError as e:
    print("RecursionError", e)
loop = []
loop.append(loop)
print(loop == loop, [loop] == [loop])
