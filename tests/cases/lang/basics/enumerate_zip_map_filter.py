names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, start=10)))
print(list(zip(names, range(5))), list(zip()), list(zip("ab", "cd", "ef")))
print(list(map(str.upper, names)), list(map(lambda x, y: x + y, "ab", "cd")))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(str.isdigit, "a1b2")))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(dict(enumerate("xy")), sum(i * v for i, v in enumerate([1, 2, 3])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
