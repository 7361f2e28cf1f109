print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), () < (0,), (2,) > (1, 100), (1, "a") == (1, "a"), (1, 2) == [1, 2], (1,) == (1.0,), (0, float("nan")) < (1, float("nan")))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]), max([(1, 2), (1, 3)]), min((3, 1), (2, 9)))
for f in [lambda: (1,) < ("a",), lambda: (1,) < [1], lambda: (None,) < (None,)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print((None, 1) < (None, 2) if False else "-", (1, None) == (1, None))
