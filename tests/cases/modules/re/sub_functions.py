import re
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.sub("a", "b", "aaa", count=2), re.subn(r"\s+", " ", "a  b   c\n d"), re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
print(re.sub(r"(?P<w>\w+)", lambda m: m["w"][::-1], "hello big world"), re.sub(r"\\", "/", r"a\b\c"), re.sub("a", r"\n", "bab") == "b\nb", re.sub("a", "\\\\", "a"))
print(re.sub(r"^", ">", "l1\nl2", flags=re.M), re.sub("(a)|b", r"[\1]", "ab"), re.escape("a.b*c?d"), re.escape("x y-z"))
for f in [lambda: re.sub("a", lambda m: 5, "a"), lambda: re.sub("(a", "", "a"), lambda: re.sub("a", r"\q", "a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
