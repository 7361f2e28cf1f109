import re
def repl(m):
    return m.group(0)[::-1] if len(m.group(0)) > 3 else m.group(0).upper()
print(re.sub(r"\w+", repl, "the quick brown fox"), re.subn(r"o", "0", "foo boo", count=3), re.sub(r"(?m)^(\w)", lambda m: m[1] * 2, "ab\ncd"))
print(re.sub(r"\s+", "", " a b\tc\n"), re.sub(r"(\d+)", lambda m: f"<{int(m[1]) + 1}>", "x9 y99"), re.sub("a|", "-", "bab"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2024-03 and 1999-12"), re.sub(r"x", r"\\", "axb"), re.sub(r"(x)", r"\1\1", "axb"))
