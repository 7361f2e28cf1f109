print(list(map(next, [iter([1]), iter([])])))
print(list(map(next, [iter([])])))
def g():
    yield from map(next, [iter([5]), iter([])])
print(list(g()))
print(sorted(map(next, [iter([2]), iter([1])])))
for x in map(next, [iter("a"), iter("")]):
    print(x)
print([*map(getattr, [1], ["real"])], list(map(str.upper, ["a"])), list(map("-".join, [["a", "b"]])))
def stop(x):
    if x == 3:
        raise StopIteration
    return x
print(list(map(stop, range(10))), tuple(filter(stop, range(10))), sum(map(stop, range(10))))
m = map(stop, [1, 3, 4])
print(next(m))
try:
    next(m)
except StopIteration as e:
    print("next raised", repr(e))
print(list(m))
try:
    map(stop, [3]).__next__()
except StopIteration as e:
    print("__next__ raised", repr(e))
def gen():
    r = yield from map(stop, [1, 3])
    print("yield from result", r)
print(list(gen()))
print(dict(zip("ab", map(stop, [1, 3]))), list(enumerate(map(stop, [3]))))
print([x for x in map(stop, [0, 3])], any(map(stop, [0, 3])), min(map(stop, [2, 3])))
