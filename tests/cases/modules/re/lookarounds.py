import re
print(re.findall(r"\w+(?=!)", "hi! bye. wow!"), re.findall(r"(?<=\$)\d+", "$10 and $20 and 30"), re.findall(r"\b(?!un)\w+", "undo redo unto do"), re.findall(r"(?<!-)\b\d+", "-5 6 -7 8"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.search(r"(?=.*\d)(?=.*[a-z])\w{6,}", "abc123").group(), re.match(r"(?=(a+))a*b\1", "baaabac") is None)
print(re.search(r"(a)?(?(1)b|c)", "c").group(), re.search(r"(a)?(?(1)b|c)", "ab").group())
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print(e)
