# Which objects the collector tracks: containers, not atoms; dicts only once they hold a
# container; tuples until a collection finds only atoms in them.
import gc

class A:
    pass

def f():
    pass

print([gc.is_tracked(x) for x in (1, 1.5, "s", b"b", None, True, 2**100)])
print([gc.is_tracked(x) for x in ([], {}, set(), frozenset(), A(), A, f, (lambda: 0))])
d = {"a": 1}
print(gc.is_tracked(d))
d["b"] = []
print(gc.is_tracked(d))
t = tuple([1, 2])
u = tuple([[], 2])
print(gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
print(gc.is_tracked(()), gc.is_tracked(iter([])), gc.is_tracked(range(3)))
