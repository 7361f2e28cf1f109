# A lone surrogate never matches half of the astral character a surrogate pair encodes.
astral = "a😀b"
hi, lo = "\ud83d", "\ude00"
print(hi in astral, lo in astral, astral.find(hi), astral.find(lo), astral.count(lo), astral.rfind(hi))
print(astral.startswith("a" + hi), astral.endswith(lo + "b"), repr(astral.split(lo)), repr(astral.partition(hi)))
print(repr(astral.replace(hi, "x")), repr(astral.strip(hi)), repr((hi + "😀" + lo).strip("😀")), repr((hi + "x").strip("😀")))
print(repr((hi + "😀" + lo).replace("😀", "")), len((hi + "😀" + lo).replace("😀", "")))
print(repr((hi + "😀" + lo)[::2]), repr((lo + hi + "😀")[1:]), repr(astral.removeprefix("a" + hi)))
print(("a" + hi) in ("a" + hi + lo), (hi + lo) in astral, "😀" in (hi + lo))
