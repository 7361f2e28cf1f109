import re
for s in ["a.b", "1+1=2", "(x)", "[y]", "{z}", "a|b", "^$", "back\\slash", "tab\t", "space here", "é日", "-_#&~"]:
    e = re.escape(s)
    print(repr(s), repr(e), re.fullmatch(e, s) is not None)
