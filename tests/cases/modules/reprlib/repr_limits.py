import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr(10 ** 60))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(frozenset()), reprlib.repr(()))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr((1,)), reprlib.repr([]), reprlib.repr(set()))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 8
print(r.repr([1, 2, 3]), r.repr("abcdefghijk"), r.repr(["abcdefghijkl"]))
class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"
print(repr(Node()))
class Tag:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Tag" + repr(self)
print(repr(Tag()), Tag.__repr__.__name__, Tag.__repr__.__qualname__)
