import itertools, operator
def take(n, it):
    return list(itertools.islice(it, n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num_active))
def powerset(s):
    s = list(s)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable):
    seen = set()
    for e in itertools.filterfalse(seen.__contains__, iterable):
        seen.add(e)
        yield e
print(take(5, itertools.count(3, 2)), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(itertools.accumulate(range(1, 6), operator.mul)))
print(list(itertools.chain.from_iterable(itertools.repeat("ab", 2))), [k for k, _ in itertools.groupby(sorted("mississippi"))])
