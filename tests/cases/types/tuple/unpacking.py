t = (1, (2, 3), [4, 5])
a, (b, c), [d, e] = t
print(a, b, c, d, e)
first, *rest = range(5)
*init, last = "abcd"
x, *mid, y = (1, 2)
print(first, rest, init, last, x, mid, y)
for bad in [lambda: [(a, b) for a, b in [(1, 2, 3)]], lambda: [(a, b) for a, b in [(1,)]], lambda: [(a, b) for a, b in [5]]]:
    try:
        bad()
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
