print({1, "a", 2.5, (1, 2), None, True, b"x", frozenset({1})} - {None})
print({0, False, 0.0, "", ()} - {()})
s = {3, "x", 1.5}
s.add((1,))
s.add("y")
print(s)
