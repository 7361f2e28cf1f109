print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted({"b", "a"}), sorted(iter([2, 1])), sorted([], reverse=True), sorted(range(5), key=lambda x: -x))
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is not b, sorted(a, key=None), sorted(a, reverse=1))
for f in [lambda: sorted([1], [2]), lambda: sorted(key=len), lambda: sorted([1, 2], key=len), lambda: sorted([1, None])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
