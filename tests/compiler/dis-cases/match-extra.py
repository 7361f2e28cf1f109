def f(p):
    match p:
        case [1, 2, *rest] if rest:
            return rest
        case {"a": 1, "b": [x, y], **kw}:
            return x, y, kw
        case Point(x=0) | Point(y=0):
            return "axis"
        case [Point(x=a), Point(x=b)] as pair:
            return a, b, pair
        case str() | bytes():
            return "text"
        case (1 | 2 | 3) as n:
            return n
        case {1: _, 2: _}:
            return 12
        case [*_]:
            return "seq"
        case _ if p:
            return "truthy"
def g(p):
    match p:
        case [a, b, *_, c, d]:
            return a + d
        case [x] | (x, 0):
            return x
