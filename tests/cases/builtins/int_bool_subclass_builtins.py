class MyInt(int):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
vals = [MyInt(5), MyStr("ab"), MyList([1, 2])]
for v in vals:
    print(type(v).__name__, len(str(v)), repr(v), bool(v), hash(v) == hash(type(v).__mro__[1](v)) if not isinstance(v, list) else "-", isinstance(v, type(v).__mro__[1]))
print(abs(MyInt(-3)), type(abs(MyInt(-3))).__name__, sorted(MyList([3, 1])), max(MyStr("abc")), type(MyStr("a") + "b").__name__, MyInt(3) + MyInt(4), type(MyInt(3) + MyInt(4)).__name__)
