print(dict(a=1), list("ab"), set("aa"), tuple([1]), frozenset("ab") == {"a", "b"}, dict([(1, 2)]), list(range(2)), tuple(), set(), dict(), list())
for f in [lambda: list(1), lambda: tuple(1), lambda: set(1), lambda: dict(1), lambda: frozenset(1), lambda: list(1, 2), lambda: dict([1])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
