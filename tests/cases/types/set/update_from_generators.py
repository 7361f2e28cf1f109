# set(), frozenset() and set.update over Python generators: duplicates, equal keys of different types,
# keys whose __hash__/__eq__ run Python code interleaved with the generator, unhashable items.
def gen(xs):
    for x in xs:
        yield x
print(sorted(set(gen([3, 1, 3, "a", (1, 2), 2.0, 2, True, 1.0]))), len(frozenset(x % 7 for x in range(100))))
s = {1}; s.update(gen(range(5)), (x for x in "ab")); print(sorted(map(str, s)))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): print("hash", self.v); return hash(self.v)
    def __eq__(self, o): print("eq", self.v); return isinstance(o, K) and self.v == o.v
def kg():
    for v in (1, 2, 1):
        print("yield", v)
        yield K(v)
print(len(set(kg())))
try: set(gen([[1]]))
except TypeError as e: print(e)
print(set(x for x in []), {x for x in range(3)})
