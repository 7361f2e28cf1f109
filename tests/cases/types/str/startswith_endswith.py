s = "hello world"
print(s.startswith("hell"), s.startswith("world", 6), s.startswith(("x", "he")), s.startswith(""), s.startswith("", 20), s.startswith("o", -5), s.startswith("hello", 0, 4))
print(s.endswith("world"), s.endswith(("x", "ld")), s.endswith("lo", 0, 5), s.endswith(""), s.endswith("hello", None, 5), s.endswith(()))
for f in [lambda: s.startswith(["he"]), lambda: s.endswith(1), lambda: s.startswith(("a", 1)), lambda: s.startswith("a", "b")]:
    try:
        f()
    except TypeError as e:
        print(e)
