s = {"a"}
s.update({"b": 1, "c": 2})
s.update("de")
s.update(range(2))
print(sorted(s, key=str), len(s))
fs = frozenset({"x": 1})
print(fs, frozenset("hello"), set(b"ab"), set(range(3)) | set("ab") == {0, 1, 2, "a", "b"})
