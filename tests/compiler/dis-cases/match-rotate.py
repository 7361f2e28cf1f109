def f(x):
    match x:
        case (a, b, c) | (c, b, a) | (b, a, c):
            return a, b, c
        case {"x": a, "y": b} | [b, a]:
            return a - b
        case Point(x, y, z=[q, r]):
            return x, y, q, r
        case [1, [2, [3, *rest]]]:
            return rest
        case 0 | -1 | 1.5 | -2j | "s" | b"b" | None | True:
            return "lit"
        case Color.RED | Color.GREEN:
            return "color"
