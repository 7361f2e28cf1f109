d = {}
for k in [[1], {1: 2}, {1}, bytearray(b"x"), ([],)]:
    try:
        d[k] = 1
    except TypeError as e:
        print(e)
for f in [lambda: {[1]: 2}, lambda: [] in {}, lambda: d.get([]), lambda: {}.pop({}), lambda: dict.fromkeys([set()]), lambda: {1: 2}.setdefault([])]:
    try:
        print(f())
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
