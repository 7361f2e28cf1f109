def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case True:
            return "True"
        case None:
            return "None"
        case _:
            return "other"


for v in (0, 2, "hello", b"bytes", -1, 1.5, 2j, True, None, 1.0, False, "x"):
    print(repr(v), "->", describe(v))
