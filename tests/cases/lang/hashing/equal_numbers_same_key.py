d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, -0.0}
print(s)
print({1: "a", 1.0: "b"})
print(hash(1) == hash(1.0) == hash(True))
d2 = {(1, 2): "tuple"}
print(d2[(1.0, 2.0)])
print(len({"a", "a", "b"}))
