print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, ["", "ab"])))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
print(next(m))
for f in [lambda: map(len), lambda: filter(5), lambda: map(len, 5), lambda: filter(None, 5), lambda: list(map(5, [1]))]:
    try:
        f()
    except TypeError as e:
        print(e)
print(type(map(len, [])).__name__, type(filter(None, [])).__name__)
