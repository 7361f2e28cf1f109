s = "naïve café 日本語 😀"
print(len(s), s[6:10], s[-1], s.upper())
print([hex(ord(c)) for c in "é😀"])
print("😀".encode("utf-8"), "é".encode("latin-1"), b"\xc3\xa9".decode("utf-8"))
print("straße".upper(), "STRASSE".lower(), "ǅ".lower(), "ǅ".upper(), "ǆ".title())
print("Ⅻ".isnumeric(), "²".isdigit(), "٣".isdecimal(), int("٣"))
print(sorted(["é", "e", "f", "E"]), "a" < "é")
print("tab\there", repr("\u200b"), "\N{GREEK SMALL LETTER ALPHA}")
print(str(b"bytes", "ascii"), "€".encode("utf-8").hex())
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
