import re
print(re.split(r",\s*", "a, b,c ,d"), re.split(r"(,)", "a,b,c"), re.split(r"\W+", "Words, words, words."), re.split(r"x", "axbxc", maxsplit=1), re.split(r"\d*", "a1b"), re.split("(?:a)(b)?", "xaybz"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2"), re.findall(r"(\w)\d", "a1b2"), re.findall("", "ab"), re.findall(r"a*", "baaac"))
for m in re.finditer(r"(?P<n>\d+)", "x10y200z3"):
    print(m.group("n"), m.span(), end="; ")
print()
print([m.group() for m in re.finditer(r"\b\w", "hello big world")], list(re.finditer("z", "abc")))
