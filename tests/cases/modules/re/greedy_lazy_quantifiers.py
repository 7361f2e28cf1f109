import re
s = "<a><b></b></a>"
print(re.findall(r"<.*>", s), re.findall(r"<.*?>", s), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group(), re.match(r"a+?b", "aaab").group(), re.match(r"(a|ab)(c|bcd)", "abcd").groups())
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{,2}", "aaa"), re.match(r"x{0}", "x").group() == "", re.findall(r"(ab)*", "ababx"), re.findall(r"(?:a|b)+", "abcab"))
