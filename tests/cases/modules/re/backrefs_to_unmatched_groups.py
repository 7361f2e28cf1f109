import re
# A reference to a group that did not take part in the match fails (it does not match "").
cases = [
    (r"(a)?\1b", ["b", "aab", "ab"]),
    (r"(?:(x)|y)\1z", ["yz xxz yxz"]),
    (r"(a)|b\1", ["ab b"]),
    (r"(?P<q>['\"])?(\w+)(?P=q)", ["'ab' cd \"ef\""]),
    (r"(?i)(a)?\1B", ["AaB ab b"]),
    (r"(?:(a)|(b))+\1\2", ["abab", "aabb", "ba"]),
    (r"((a)|b)*\2", ["aba", "bb"]),
    (r"(?=(a))?a\1", ["aa a"]),
    (r"(?!(a))b\1", ["b ab"]),
    (r"(\w)?(?:\1|-)+", ["aaa--b -x"]),
    (r"^(?:(\d)|x)*\1$", ["1x1", "x", "12x2"]),
]
for p, subjects in cases:
    c = re.compile(p)
    for s in subjects:
        print(p, repr(s), c.findall(s), [m.span() for m in c.finditer(s)], c.match(s) and c.match(s).groups(), c.sub("#", s))
# A repeated group keeps the value of the last iteration that set it.
print(re.match(r"(?:(a)|b)+", "ab").groups(), re.match(r"(?:(a)|(b))*", "abab").groups(), re.match(r"((a)|b)+", "ab").groups())
print(re.match(r"(?:(a)?x)+", "axx").groups(), re.findall(r"(?:(\d)|[a-z])+", "1a b2c 3"), re.sub(r"(?:(x)|y)+", r"<\1>", "xy yy"))
print([m.groups() for m in re.finditer(r"(?:(?P<n>\d)|-)+", "1-2- --")], re.match(r"(?:(a)|b){2,3}", "abb").group(1))
