# Every way a lone high surrogate can come to sit right before a lone low one: the str has
# two code points, never the astral character the pair would encode.
hi, lo = chr(0xD83D), chr(0xDE00)
made = {
    "literal": "\ud83d\ude00",
    "implicit concatenation": "\ud83d" "\ude00",
    "chr +": hi + lo,
    "+=": None,
    "join": "".join([hi, lo]),
    "join with sep": lo.join([hi, hi]),
    "utf-8 surrogatepass": b"\xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogatepass"),
    "utf-32 surrogatepass": b"\x3d\xd8\x00\x00\x00\xde\x00\x00".decode("utf-32-le", "surrogatepass"),
    "unicode_escape": b"\\ud83d\\ude00".decode("unicode_escape"),
    "raw_unicode_escape": b"\\ud83d\\ude00".decode("raw_unicode_escape"),
    "translate": "ab".translate({97: hi, 98: 0xDE00}),
    "replace": (hi + "x" + lo).replace("x", ""),
    "step slice": (hi + "x" + lo)[::2],
    "repeat": (lo + hi) * 2,
    "percent": None,
    "percent c": None,
    "format": "{}{}".format(hi, lo),
    "center": lo.center(3, hi),
    "str()": str(hi + lo),
}
s = hi
s += lo
made["+="] = s
fmt = "%s%s"
made["percent"] = fmt % (hi, lo)
fmt = "%c%c"
made["percent c"] = fmt % (0xD83D, 0xDE00)
for how, v in made.items():
    print(f"{how:24}", repr(v), len(v), type(v).__name__, [hex(ord(c)) for c in v])
print(all(v == made["literal"] for k, v in made.items() if k not in ("join with sep", "repeat", "center")))
# A real astral character stays one code point.
print(len("\U0001F600"), len("😀"), "😀" == "\U0001F600", "😀" == made["literal"])
