t = "\ud83d\ude00"
u = "ab" + t + "cd" + t
print(u.find("\ude00"), u.rfind("\ud83d"), u.index(t), u.rindex(t), u.count("\ud83d"), u.count(t), u.count("😀"))
print(u.find("😀"), u.find(t, 3), u.find("\ude00c"), u.startswith(("x", "ab\ud83d")), u.endswith(t), u.endswith("😀"))
print(repr(u.split(t)), repr(u.rsplit("\ude00", 1)), repr(u.partition("\ude00")), repr(u.rpartition("\ud83d")))
print(repr(u.replace("\ude00", "-")), repr(u.replace(t, "😀")), repr(u.replace("c", "", 1)), repr(u.replace("", "|", 2)))
print(repr(u.upper()), repr(u.lower()), repr(u.title()), repr(u.swapcase()), repr(u.capitalize()), repr(u.casefold()))
print(repr(t.center(6, "*")), repr(t.ljust(4, t[1])), repr(t.rjust(3, "\ud83d")), repr(t.zfill(4)), repr(("-" + t).zfill(5)))
print(repr((" " + t + "\t").strip()), repr(t.strip("\ud83d")), repr(t.lstrip("\ude00")), repr(t.rstrip("\ude00")))
print(repr(t.removeprefix("\ud83d")), repr(t.removesuffix("\ude00")), repr(t.removeprefix("😀")))
print(repr(("x" + t + "\n" + t + "\r\n").splitlines()), repr(("x" + t + "\n").splitlines(True)), repr((t + " \t" + t).split()))
print(repr(("\t" + t).expandtabs(4)), repr(t.join(["1", "2", "3"])), repr("-".join([t, t])))
print(repr(t.translate({0xD83D: "A", 0xDE00: None})), repr(t.translate(str.maketrans("\ud83d", "B"))))
print(str.maketrans(t, "xy"), str.maketrans("ab", t), str.maketrans("", "", t))
for m in ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]:
    print(m, getattr(t, m)(), getattr("A" + t, m)())
print(t.__contains__("\ud83d"), "\ud83d" in t, "\ude00" in t, t in "x" + t + "y", "😀" in t, t in "😀", "" in t)
print(repr(t + "z"), repr("z" + t), repr(t * 2), repr(2 * t), repr(t * 0), repr(t.__add__("\ude00")), repr(t.__mul__(2)))
print(t.__getnewargs__() == (t,), repr(t.__str__()), repr(str(t)), str(t) is t, repr(t.__repr__()))
