def f(x):
    match x:
        case 1:
            return "one"
        case "s" | "t":
            return "str"
        case None:
            return None
        case [a, b]:
            return a + b
        case [a, *rest]:
            return rest
        case {"k": v}:
            return v
        case {"k": v, **rest}:
            return rest
        case Point(x=0, y=yy):
            return yy
        case Point(1, 2):
            return 3
        case int() as n if n > 5:
            return n
        case _:
            return 0
