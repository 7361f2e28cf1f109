import unicodedata
for s in ["abc", "\u00e9", "e\u0301", "\ufb01", "\u212b", "\uac00", "\u1100\u1161", "\u0301e"]:
    print(ascii(s), [unicodedata.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
class S(str):
    pass
s = S("abc")
print(type(unicodedata.normalize("NFC", s)).__name__, type(unicodedata.normalize("NFC", S("e\u0301"))).__name__)
