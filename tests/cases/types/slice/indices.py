for s in [slice(None), slice(2, None), slice(None, -2), slice(-100, 100), slice(None, None, -1), slice(10, -10, -3), slice(3, 1), slice(1, 8, 100), slice(-1, None, -2)]:
    print(s, s.indices(7), s.indices(0), s.indices(1))
for f in [lambda: slice(None, None, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice("a").indices(3), lambda: slice(1).indices("3")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(slice(10 ** 30, -(10 ** 30)).indices(5))
