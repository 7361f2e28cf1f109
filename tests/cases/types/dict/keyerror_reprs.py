d = {}
for k in ["a", 1, (1, 2), None, 1.5, "", "it's", frozenset({1}), (), ("x",), b"b"]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    raise KeyError()
except KeyError as e:
    print(repr(e), repr(str(e)))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(repr(e), str(e))
