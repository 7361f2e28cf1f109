print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max("a", "b", key=str.upper), min([[2], [1, 5]]), max([], default=None), min([], default="empty"), max([1, 2], default=0))
print(max(range(10), key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([2, True, 1]))
print(max([3, 3], key=lambda x: 0), max(iter([4, 9, 2])), max({3: "a", 7: "b"}), min({"z", "y"}))
for f in [lambda: max([]), lambda: min([]), lambda: max(), lambda: max(5), lambda: max(1, 2, default=0), lambda: max([1, "a"]), lambda: min(1), lambda: max([1], key=5), lambda: max(1, 2, foo=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
