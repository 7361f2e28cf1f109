import unicodedata
count = 0
bad = []
for cp in range(0, 0x30000, 11):
    ch = chr(cp)
    n = unicodedata.name(ch, None)
    if n is not None:
        count += 1
        if unicodedata.lookup(n) != ch:
            bad.append(cp)
print(count, bad[:5])
print(ascii("\N{LATIN SMALL LETTER SHARP S}\N{euro sign}\N{HANGUL SYLLABLE GAG}"))
