pair = "\ud83d\ude00"
astral = "😀"
print(pair == astral, pair != astral, pair == chr(0xD83D) + chr(0xDE00), pair is not astral)
print(pair < astral, pair > "\ud83d", pair < "\ud83e", pair > "\ud83d\ude00"[:1], pair <= pair, pair >= astral)
print(sorted([astral, pair, "\ud83d", "\ude00", "z", "\ud83d\ude01", "\ud83d\ude00a"]) == [
    "z", "\ud83d", "\ud83d\ude00", "\ud83d\ude00a", "\ud83d\ude01", "\ude00", astral])
print(hash(pair) == hash(chr(0xD83D) + chr(0xDE00)), hash(pair) == hash(astral))
d = {pair: "pair", astral: "astral"}
print(len(d), d[pair], d[astral], d["\ud83d" + "\ude00"], pair in d, "\ud83d" in d)
d2 = {}
for k in ["\ud83d\ude00", chr(0xD83D) + chr(0xDE00), "😀", "\ud83d"]:
    d2[k] = d2.get(k, 0) + 1
print(sorted(d2.values()), len(d2))
st = {pair, astral, chr(0xD83D) + chr(0xDE00)}
print(len(st), pair in st, astral in st, "\ude00" in st)
print((pair, 1) == ("\ud83d\ude00", 1), (pair, 1) < (astral, 0), [pair] == [astral], [pair].index("\ud83d\ude00"))
print(max(pair, astral) == astral, min([astral, pair, "\ud83d"]) == "\ud83d")
print(pair.__eq__(astral), pair.__eq__(pair), pair.__lt__(1), pair.__ne__("x"))
class S(str):
    pass
print(pair == S("\ud83d"), S("\ud83d") < pair, pair > S("\ud83d"), S("😀") == astral)
# Conversions that parse a str: one with lone surrogates never parses.
for conv in (int, float, ord, lambda s: int(s, 16), lambda s: int(s, 99)):
    try:
        conv("\ud83d\ude00")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(str(ValueError("\ud83d\ude00"))), repr(ValueError("\ud83d\ude00")), repr(KeyError("\ud83d\ude00")))
