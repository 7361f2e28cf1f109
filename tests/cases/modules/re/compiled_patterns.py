import re
p = re.compile(r"(\d+)-(\d+)")
print(p.pattern, p.groups, p.flags, p.groupindex, p.match("10-20").groups(), p.search("x 1-2").span(), p.findall("1-2 3-4"), p.sub(r"\2-\1", "5-6"), p.split("a1-2b"))
print(p.match("x10-20", 1).group(), p.search("10-20", 0, 3), p.fullmatch("1-2"), p.finditer("1-1 2-2").__class__.__name__)
print(repr(p), repr(re.compile("a", re.I | re.M)), repr(re.compile(b"x")))
print(re.compile("a") == re.compile("a"), re.purge() is None, re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(e)
