s = "a😀b𝄞c\U0010ffff"
print(len(s), s[1], s[3], s[-1] == "\U0010ffff", s[1:4], s[::-1] == "\U0010ffffc𝄞b😀a", [hex(ord(c)) for c in s])
print(s.find("b"), s.index("𝄞"), s.count("😀"), "😀" in s, s.upper(), s.encode("utf-8"), len(s.encode("utf-16-le")))
print(repr(s), ascii(s), s.isprintable(), "\U0001d400".isalpha(), "\U0001d400".isupper(), "\U00010428".upper(), "\U00010400".lower())
print(list("😀😀"), "😀".center(5, "*"), max(s), min(s), sorted("z😀a"))
print(chr(0x1F600) == "😀", ord("😀"), "\N{GRINNING FACE}" == "😀", "𝄞" < "\uffff", "\ud83d" < "😀")
