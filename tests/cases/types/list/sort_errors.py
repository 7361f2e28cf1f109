def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: sorted([1, "a"]))
t(lambda: sorted([None, None]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([[1], (1,)]))
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([1, 2], key=lambda x, y: 0))
t(lambda: sorted([1, 2], reverse="x"))
t(lambda: sorted())
t(lambda: sorted(5))
t(lambda: sorted([1, 2], lambda x: x))
t(lambda: [3, 1].sort(key=lambda x: 1 / 0))
t(lambda: sorted([{1}, {2}, {1, 2}]))
t(lambda: sorted([{"a": 1}, {"b": 2}]))
