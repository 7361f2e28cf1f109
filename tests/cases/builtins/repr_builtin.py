print(repr(1), repr("a'b"), repr('a"b'), repr("a'\"b"), repr([1, "x"]), repr(None), repr(len), repr(int), repr(...), repr(NotImplemented), repr(type), repr(object))
class C:
    pass
r = repr(C())
print(r.startswith("<__main__.C object at 0x"), repr(C).startswith("<class '__main__.C'>"))
import sys
print(repr(sys), repr(print), repr(str.upper), repr(dict.fromkeys)[:40], repr([].append)[:33])
print(repr(property), repr(staticmethod), repr(int.real)[:30] if False else "-", repr(slice(1, 2)), repr(range(3)), repr(frozenset()), repr(b""), repr(bytearray()))
