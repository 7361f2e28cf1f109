import re
text = "first line\nsecond line\n\nfourth"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M), re.findall(r"\w+$", text, re.M), re.findall(r"\w+\Z", text), re.findall(r"\A\w+", text, re.M))
print(re.search(r"line$", "line\n").span(), re.search(r"line\Z", "line\n"), re.findall(r"^$", text, re.M), re.split(r"\n", text), re.findall(r"(?m)^", "a\nb"))
print(re.sub(r"$", "!", "a\nb\n"), re.sub(r"(?m)$", "!", "a\nb\n"))
