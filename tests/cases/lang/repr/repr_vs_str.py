class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "both as str"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only str"


for o in (Both(), OnlyRepr()):
    print(repr(o), str(o), o, [o], f"{o} {o!r}")
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
print(repr("quote's"), repr('both \' and "'), repr("tab\there"), repr("\n"))
print(str(1.0), repr(1.5e300), str(None), repr([None, "a", 1.0]))
print(repr({"k": ("t",)}), repr({1, 2}), repr(frozenset()), repr(set()))
