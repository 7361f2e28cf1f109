from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(step=-1), 3)))
print(list(islice(cycle("ab"), 5)), list(cycle([])), list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(7), 2)))
c = count(5)
next(c)
print(repr(c), repr(count(1.0, 2)), repr(repeat("a", 2)), repr(count(2 ** 70)))
