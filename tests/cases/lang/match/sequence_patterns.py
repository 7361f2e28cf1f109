def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"


for s in ([], [1], (1, 2), [1, 2, 3], list(range(6)), range(3)):
    print(shape(s))
for s in ("ab", b"ab", {1, 2}, {"a": 1}, iter([1])):
    print(repr(s) if not hasattr(s, "__next__") else "iterator", "->", shape(s))
