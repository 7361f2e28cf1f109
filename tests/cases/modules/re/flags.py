import re
text = "Line one\nline TWO\nLINE three"
print(re.findall(r"^line", text), re.findall(r"^line", text, re.I | re.M), re.findall(r"one.line", text), re.findall(r"one.line", text, re.S), re.findall(r"two$", text, re.M | re.IGNORECASE))
print(re.findall(r"""\d+  # digits
                      \s*  # space""", "12 34", re.X), re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A), re.findall(rb"\w+", b"ab cd"))
print(re.I, re.M | re.S, int(re.I), re.compile("x", re.I).flags, re.compile("(?m)x").flags & re.M)
print(re.findall(r"(?i:a)b", "Ab AB ab"), re.search(r"(?s).+", "a\nb").group(), re.match(r"\W", "é", re.ASCII) is not None)
