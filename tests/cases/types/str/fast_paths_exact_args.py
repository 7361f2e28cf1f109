# str methods with exact str arguments and int bounds, the same calls with other kinds of
# arguments, and lone surrogates: every answer and every error as CPython's.
S = ["", "a", "abcabc", "h\U0001F600llo w\U0001F600rld", "x\ud800y", "\udc00z\ud800"]
SUBS = ["", "a", "bc", "c", "\U0001F600", "l", "\ud800", "zz"]
BOUNDS = [(), (None,), (1,), (-2,), (10,), (0, 2), (2, 1), (1, -1), (None, 3), (-100, 100), (3, 3), (4,), (True, None)]

class I:
    def __index__(self):
        return 1

def show(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return f"{type(e).__name__}: {e}"

for s in S:
    for sub in SUBS:
        for b in BOUNDS:
            print(repr(s), repr(sub), b, [show(getattr(s, m), sub, *b) for m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith")])
    print(show(s.find, "a", I()), show(s.count, "a", 0, I()), show(s.startswith, ("q", "a", 1)), show(s.startswith, ("a", 1)))
    print(show(s.endswith, ()), show(s.startswith, ("x", "")), show(s.find, 1), show(s.count), show(s.find, "a", 1, 2, 3))
    print(show(s.find, "a", 2**70), show(s.find, "a", -2**70), show(s.count, "a", None, -2**70), show(s.find, sub="a"))

class SS(str):
    pass

for w in [-1, 0, 3, 7, 8, 20]:
    for s in ["", "ab", "-42", "+7", "\U0001F600x", "x\ud800"]:
        print(w, repr(s), repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "\ud800")), repr(s.zfill(w)), repr(s.center(w, "\U0001F600")))
print(show("ab".center, 5, "xy"), show("ab".ljust, 5, ""), show("ab".rjust, "5"), show("ab".zfill, 5.0), show("ab".center, I()), show("ab".center, 5, SS("-")))
print(show("ab".center, width=5), show("ab".zfill), show("ab".ljust, 2**70))

print("-".join(["a", "b", "c"]), "".join(()), ",".join(("x",)), "|".join([SS("s"), "t"]))
print(show("-".join, ["a", 1]), show("-".join, [SS("q")]), show("".join, 5), show("-".join, ("a", b"b")))
print(ascii("".join(["\ud83d", "\ude00"])), ascii("\ud83d".join(["a", "\ude00"])), ascii("x".join(["\ud83d", "\ude00"])))
print(ascii("\ude00".join(["\ud83d", "b"])), ascii("\ud800\udc00".join(["\udc00", "\ud800"])), len("".join(["\ud83d", "\ude00"])))

T = str.maketrans({"a": "1", "b": None, "c": 0x1F600, "d": "xyz", "e": ""})
for s in ["", "abcde", "hello world", "aaaa", "zzz", "caf\u00e9 d", "\U0001F600abc", "a\ud800b"]:
    print(ascii(s.translate(T)), ascii(s.translate({})), ascii(s.translate({ord("a"): "\ud800", ord("b"): "\udc00"})))
print(show("abc".translate, {ord("a"): 1.5}), show("abc".translate, {ord("a"): -1}), show("abc".translate, {ord("a"): 0x110000}))
print(show("abc".translate, {ord("a"): 0xD800}), ascii("abc".translate({97: 0xDC00, 98: 0xD800})), ascii("ab".translate({97: 0xD800, 98: 0xDC00})))
print(show("abc".translate, {"a": "b"}), show("abc".translate, [ord("x")] * 200), show("abc".translate, {ord("a"): SS("q")}))

F = ["", "{}", "{} {}", "{0}{1}{0}", "a{{b}}c{}", "}}{{", "{}{1}", "{1}{}", "{", "}", "{0", "{:>5}", "{!r}", "{x}", "{0.real}", "{00}", "{10}", "x{}y{}z", "{}}", "{{}"]
ARGS = [(), (1,), ("a", 2.5), (True, None, -3), (2**80, "\U0001F600"), ([1],), ("\ud800", "\udc00"), (SS("s"), 1.0)]
for f in F:
    print(repr(f), [show(f.format, *a) for a in ARGS], show(f.format, x=1))
print(ascii("{}{}".format("\ud83d", "\ude00")), ascii("\ud83d{}".format("\ude00")), ascii("{}\ude00".format("\ud83d")))
print("{} {}".format(1e16, 0.1), "{}".format(float("nan")), "{}{}".format(False, 10**20))

# The same calls written out (CALL of a method, not through a helper's f(*a)).
def direct(s, sub, b):
    out = []
    try:
        if len(b) == 0:
            out += [s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub), s.startswith((sub, "q"))]
            out += [s.index(sub)]
            out += [s.rindex(sub)]
        elif len(b) == 1:
            out += [s.find(sub, b[0]), s.rfind(sub, b[0]), s.count(sub, b[0]), s.startswith(sub, b[0]), s.endswith(sub, b[0])]
            out += [s.index(sub, b[0])]
            out += [s.rindex(sub, b[0])]
        else:
            out += [s.find(sub, b[0], b[1]), s.rfind(sub, b[0], b[1]), s.count(sub, b[0], b[1]), s.startswith(sub, b[0], b[1])]
            out += [s.endswith(sub, b[0], b[1]), s.index(sub, b[0], b[1])]
            out += [s.rindex(sub, b[0], b[1])]
    except ValueError as e:
        out.append(f"ValueError: {e} {e.__context__!r} {e.__traceback__.tb_lineno - direct.__code__.co_firstlineno}")
    return out

for s in S:
    for sub in SUBS:
        print(repr(s), repr(sub), [direct(s, sub, b) for b in BOUNDS])
for w in [-1, 0, 5]:
    print(repr("ab".center(w)), repr("ab".ljust(w, "-")), repr("ab".rjust(w)), repr("-1".zfill(w)), "{}:{}".format(w, "x"), "a{0}b{0}".format(w))
print("-".join(["x", "y"]), "".join(("p", "q")), "abc".translate(T), "<{}>".format(None))
try:
    "abc".index("z")
except ValueError as e:
    print("caught", e, e.args, e.__context__, e.__cause__)
def raiser():
    try:
        raise KeyError("k")
    except KeyError:
        return "abc".rindex("z")
try:
    raiser()
except ValueError as e:
    print("context", repr(e.__context__), e.__suppress_context__)
