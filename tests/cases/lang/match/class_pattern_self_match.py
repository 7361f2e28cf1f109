class MyInt(int):
    pass


class MyStr(str):
    pass


match MyInt(5):
    case int(v):
        print("subclass of int, self-matched:", v, type(v).__name__)
match MyStr("s"):
    case str(v):
        print("str subclass:", repr(v), type(v).__name__)
match {"k": 1}:
    case dict(d):
        print("dict self:", d)
match frozenset({1}):
    case frozenset(f):
        print("frozenset self:", sorted(f))
match b"x":
    case bytes(b):
        print("bytes self:", b)
