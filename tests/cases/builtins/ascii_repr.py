for v in ["abc", "é", "日本", "😀", "\n", "\x7f", b"\xff", ["é", ("ü",)], {"ключ": 1}, 1.5, None]:
    print(ascii(v), repr(v))
class C:
    def __repr__(self):
        return "Ç<é>"
print(ascii(C()), repr(C()), ascii([C()]))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print(e)
try:
    ascii(Bad())
except TypeError as e:
    print(e)
