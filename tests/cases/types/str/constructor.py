print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(b"abc"), str(b"abc", "ascii"), str(b"\xff", "latin-1"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"x"), encoding="utf-8"))
print(str(object=42), str(errors="strict") if False else "-", repr(str(b"\xe9", errors="ignore")))
class WithStr:
    def __str__(self):
        return "custom"
class BadStr:
    def __str__(self):
        return 5
class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(str(WithStr()), str(OnlyRepr()), "%s" % OnlyRepr())
for f in [lambda: str(BadStr()), lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: str(b"a", "nope"), lambda: str(b"\xff", "utf-8")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
