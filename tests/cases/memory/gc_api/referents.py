import gc

print(gc.get_referents([1, "two", 3.0, None]))
print(gc.get_referents((1, 2, 3)))
print(gc.get_referents({"a": 1, "b": 2}))
print(sorted(gc.get_referents({1: "x", 2: "y"}), key=str))


class P:
    pass


p = P()
p.x = 10
p.y = "why"
print(gc.get_referents(p) == [10, "why", P])
print(gc.get_referents(1, "s"))
