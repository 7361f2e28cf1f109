print(str([1, "a", 1.5, None, ("t",), {"k": "v"}, {1}]), str(("a",)), str({}), str(set()), str(frozenset({"x"})), str([[]]), str(b"x"), str([b"y"]))
print(str(["é", "\n", "'", '"']), str("é"), repr(["a\tb"]), str({"a": "b'c"}))
