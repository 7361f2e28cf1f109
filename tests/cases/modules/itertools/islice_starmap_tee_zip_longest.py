from itertools import islice, starmap, tee, zip_longest
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)), list(islice("abc", 10)))
for args in [(-1,), (0, -1), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print(e)
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), len(tee("x", 3)), [list(t) for t in tee("ab", 0)])
print(list(zip_longest("ab", [1, 2, 3])), list(zip_longest("a", "bc", fillvalue="-")), list(zip_longest()))
