import itertools
print(list(itertools.accumulate([1.5, 2, 3j])), list(itertools.accumulate(["a", "b", "c"], lambda a, b: b + a)), list(itertools.accumulate([[1], [2]])), list(itertools.accumulate(range(5), min, initial=3)))
print(list(itertools.chain([1], "ab", {"k": 1}, range(2), b"x")), list(itertools.compress(itertools.count(), [0, 1, 1, 0, 1])), list(itertools.dropwhile(str.isdigit, "12ab3")))
