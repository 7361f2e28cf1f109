e = []
print(e.copy(), e.count(1), e[:], e[::-1], e * 5, e + e, list(reversed(e)), sorted(e), e == [], e < [0], len(e), bool(e))
e.extend([])
e.reverse()
e.sort()
e.clear()
e[:] = []
del e[:]
print(e)
for f in [lambda: e.index(0), lambda: e.remove(0), lambda: e.pop(), lambda: e[0], lambda: e[-1]]:
    try:
        f()
    except (ValueError, IndexError) as err:
        print(type(err).__name__ + ":", err)
