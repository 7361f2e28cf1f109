keys = ["z", "a", "m", "a", "b", "z"]
d = dict.fromkeys(keys, 0)
print(d, list(d))
print(dict.fromkeys(range(5, 0, -1)), dict.fromkeys(iter("cab"), []), dict.fromkeys({3: 1, 1: 2}))
print(dict.fromkeys("ab", None) == {"a": None, "b": None})
