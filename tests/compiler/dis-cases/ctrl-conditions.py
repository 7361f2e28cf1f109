def f(a, b, c):
    if a and b or c:
        return 1
    if (a or b) and not c:
        return 2
    if a < b < c:
        return 3
    if not (a < b < c):
        return 4
    while a if b else c:
        a -= 1
    if a is None or b is not None:
        return 5
    x = a and b and c
    y = a or (b and c)
    return x if y else None
