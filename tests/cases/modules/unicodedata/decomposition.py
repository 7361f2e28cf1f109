import unicodedata
for ch in "\u00c5\u00e9\u01c4\u1e9b\ufb01\u2126\u212b\u00bd\u2460\uff21\u3300\u1100\uac00\u0344\u0958\U0001d400a":
    print(hex(ord(ch)), repr(unicodedata.decomposition(ch)))
tags = set()
for c in range(0, 0x20000, 3):
    d = unicodedata.decomposition(chr(c))
    if d.startswith("<"):
        tags.add(d.split()[0])
print(sorted(tags))
