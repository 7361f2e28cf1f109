match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print(rest, type(rest).__name__)
match {"x": 1}:
    case {"x": 1, **rest}:
        print("empty rest:", rest)
match {1: "one", -2: "negative", 1.5: "float key", None: "none key"}:
    case {1: v, -2: w, None: n}:
        print(v, w, n)
try:
    key = "a"

    class K:
        A = "a"

    match {"a": 1}:
        case {K.A: 1, "a": 1}:
            print("duplicate")
except ValueError as e:
    print(e)
