a = list("abcabcabc")
print(a.index("c"), a.index("c", 3), a.index("c", -4), a.index("a", 1, 4), a.index("b", -100, 100), a.index("c", 3, -1))
for args in [("a", 7), ("a", 1, 3), ("c", -1, -2), ("b", 100)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print(e)
class I:
    def __index__(self):
        return 4
print(a.index("b", I()))
