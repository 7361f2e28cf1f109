nan = float("nan")
t = (nan, 1, nan, 1.0, True)
print(t.count(nan), t.count(float("nan")), t.count(1), t.index(1.0), t.index(True), nan in t)
for args in [(nan, 1), (2,), (1, 5, 2)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print(e)
