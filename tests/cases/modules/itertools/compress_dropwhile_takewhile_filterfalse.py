from itertools import compress, dropwhile, takewhile, filterfalse
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [True])), list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda x: x % 2, range(6))))
