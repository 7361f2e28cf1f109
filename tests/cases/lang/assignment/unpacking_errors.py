cases = [
    "a, b = [1, 2, 3]",
    "a, b = [1]",
    "a, b = 1",
    "a, b = None",
    "a, *b, c, d = [1, 2]",
    "[a] = []",
    "a, b = 'xyz'",
    "(a, b), c = [1, 2], 3",
    "a, b = {1: 2}",
]
for src in cases:
    try:
        exec(src)
        print(src, "-> ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
