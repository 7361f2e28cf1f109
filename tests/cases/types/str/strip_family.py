s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcXcba".strip("abc")), repr("abc".strip("")), repr("abc".strip(None)))
print(repr("\u3000\xa0x\x85\u2028".strip()), repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ips")))
try:
    "a".strip(1)
except TypeError as e:
    print(e)
