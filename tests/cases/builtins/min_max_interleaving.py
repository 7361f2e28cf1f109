# min() and max(): each item is keyed and compared before the next is taken (a generator's output
# interleaves with __lt__/__gt__ and key calls), live iteration of a list a key function grows,
# NaN, mixed numbers, big ints, defaults and the errors.
class V:
    def __init__(self, v): self.v = v
    def __gt__(self, o): print("cmp", self.v, o.v); return self.v > o.v
    def __lt__(self, o): print("cmp", self.v, o.v); return self.v < o.v
def gen():
    for i in (3, 1, 4):
        print("yield", i)
        yield V(i)
print(max(gen()).v)
print(min(gen(), key=lambda x: (print("key", x.v), x.v)[1]).v)
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max([], default=7), min((x for x in []), default=None))
print(max(1, 2.5, 2), min([float("nan"), 1, 2]), max([1, float("nan")]), max([(1, "a"), (1, "b")]))
print(max(["a", 1, "b"][:1]), max([True, 2, False]), min([2**70, 3, -2**80]))
for bad in (lambda: max(), lambda: max(1), lambda: min([]), lambda: max(1, 2, default=3), lambda: max([1, "a"]), lambda: max([1], foo=1)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(max(["aa", "b", "ccc"], key=len), min(range(10), key=lambda x: (x - 5) ** 2))
l = [1, 2, 3]
def k(x):
    if x == 1: l.append(10)
    return x
print(max(l, key=k), l)
